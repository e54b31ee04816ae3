import { registerEnumType } from 'type-graphql';

/** What a notification is about; also the unit of the admin's reminder settings. */
export enum ReminderKind {
  FOLLOW_UP_UPCOMING = 'FOLLOW_UP_UPCOMING',
  FOLLOW_UP_DUE = 'FOLLOW_UP_DUE',
  FOLLOW_UP_LAPSED = 'FOLLOW_UP_LAPSED',
  VISIT_DUE = 'VISIT_DUE',
  TASK_DUE = 'TASK_DUE',
  TASK_OVERDUE = 'TASK_OVERDUE',
  CONTACT_BIRTHDAY = 'CONTACT_BIRTHDAY',
  CONTRACT_EXPIRING = 'CONTRACT_EXPIRING',
  PAYMENT_DUE = 'PAYMENT_DUE',
  PAYMENT_OVERDUE = 'PAYMENT_OVERDUE',
  POOL_RECLAIM_WARNING = 'POOL_RECLAIM_WARNING',
  NEW_SIGN_IN_LOCATION = 'NEW_SIGN_IN_LOCATION',
  CHURN_RISK = 'CHURN_RISK',
}

registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description: '提醒类型: what a notification is about',
  valuesConfig: {
    FOLLOW_UP_UPCOMING: { description: '跟进提醒: the next follow-up time is within the lead time (default 1 day before)' },
    FOLLOW_UP_DUE: { description: '跟进到期: the next follow-up time has come' },
    FOLLOW_UP_LAPSED: {
      description: '未跟进提醒: no follow-up for the cadence of the grade (VIP 7, IMPORTANT 15, NORMAL 30, POTENTIAL 90 days)',
    },
    VISIT_DUE: { description: '回访提醒: a planned return visit is within the lead time' },
    TASK_DUE: { description: '任务到期: an open task is due within the lead time' },
    TASK_OVERDUE: { description: '任务逾期: an open task is past its due time' },
    CONTACT_BIRTHDAY: { description: "生日提醒: a contact's birthday is within N days (business time zone)" },
    CONTRACT_EXPIRING: { description: '合同到期: a signed contract ends within N days' },
    PAYMENT_DUE: { description: '回款提醒: a payment plan is due within N days' },
    PAYMENT_OVERDUE: { description: '回款逾期: a payment plan is past its due date and not fully received' },
    POOL_RECLAIM_WARNING: { description: '公海回收预警: a customer will be moved to the public pool soon' },
    NEW_SIGN_IN_LOCATION: {
      description:
        '异地登录提醒 / 账号安全: a sign-in from a new location, or the account locked after repeated wrong passwords (told to its owner only)',
    },
    CHURN_RISK: {
      description:
        "流失预警: a VIP or 重要 customer turned 沉睡, its visit satisfaction dropped, or a receivable is overdue past the set days; to its owner and the owner's manager, once per cause",
    },
  },
});

/** The kind of record a notification links to. */
export enum SubjectType {
  CUSTOMER = 'CUSTOMER',
  FOLLOW_UP = 'FOLLOW_UP',
  VISIT = 'VISIT',
  TASK = 'TASK',
  CONTACT = 'CONTACT',
  CONTRACT = 'CONTRACT',
  PAYMENT_PLAN = 'PAYMENT_PLAN',
  USER = 'USER',
}

registerEnumType(SubjectType, {
  name: 'NotificationSubjectType',
  description: 'The kind of record a notification links to',
  valuesConfig: {
    CUSTOMER: { description: '客户' },
    FOLLOW_UP: { description: '跟进记录' },
    VISIT: { description: '回访' },
    TASK: { description: '任务' },
    CONTACT: { description: '联系人' },
    CONTRACT: { description: '合同' },
    PAYMENT_PLAN: { description: '收款计划' },
    USER: { description: '用户 (account events such as sign-ins)' },
  },
});

/** Outside channels a notification is also sent through; in-app is always on. */
export enum DeliveryChannel {
  EMAIL = 'EMAIL',
  DINGTALK = 'DINGTALK',
  WECOM = 'WECOM',
}

registerEnumType(DeliveryChannel, {
  name: 'DeliveryChannel',
  description: 'An outside channel for notifications (in-app is always on)',
  valuesConfig: {
    EMAIL: { description: '邮件 (SMTP)' },
    DINGTALK: { description: '钉钉群机器人 (DingTalk robot webhook, signed)' },
    WECOM: { description: '企业微信群机器人 (WeCom group robot webhook)' },
  },
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'State of one delivery of a notification through an outside channel',
  valuesConfig: {
    PENDING: { description: '待发送: not yet attempted' },
    SENT: { description: '已发送' },
    FAILED: { description: '发送失败: the last attempt failed; retried with backoff until attempts run out (nextAttemptAt null)' },
  },
});
