import { registerEnumType } from 'type-graphql';

export enum VisitType {
  REGULAR = 'REGULAR',
  NEW_CUSTOMER = 'NEW_CUSTOMER',
  ISSUE = 'ISSUE',
}
registerEnumType(VisitType, {
  name: 'VisitType',
  description: '回访类型',
  valuesConfig: {
    REGULAR: { description: '定期回访' },
    NEW_CUSTOMER: { description: '新客户回访' },
    ISSUE: { description: '问题跟进回访' },
  },
});

export enum VisitMethod {
  PHONE = 'PHONE',
  ON_SITE = 'ON_SITE',
  VIDEO = 'VIDEO',
}
registerEnumType(VisitMethod, {
  name: 'VisitMethod',
  description: '回访方式',
  valuesConfig: { PHONE: { description: '电话' }, ON_SITE: { description: '上门' }, VIDEO: { description: '视频' } },
});

export enum Satisfaction {
  VERY_SATISFIED = 'VERY_SATISFIED',
  SATISFIED = 'SATISFIED',
  NEUTRAL = 'NEUTRAL',
  DISSATISFIED = 'DISSATISFIED',
}
registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  description: '满意度',
  valuesConfig: {
    VERY_SATISFIED: { description: '非常满意' },
    SATISFIED: { description: '满意' },
    NEUTRAL: { description: '一般' },
    DISSATISFIED: { description: '不满意' },
  },
});

/** Where a visit stands, by the business calendar: recorded = DONE; otherwise by its planned day against today. */
export enum VisitStatus {
  PLANNED = 'PLANNED',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
}
registerEnumType(VisitStatus, {
  name: 'VisitStatus',
  description: '回访状态 (business time zone days)',
  valuesConfig: {
    PLANNED: { description: '已计划: not recorded, planned after today' },
    DUE: { description: '今日到期: not recorded, planned today' },
    OVERDUE: { description: '已逾期: not recorded, planned before today' },
    DONE: { description: '已完成: recorded' },
  },
});
