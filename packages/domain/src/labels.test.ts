import { CUSTOMER_LIFECYCLES, PURCHASE_TRENDS } from './lifecycle';
import {
  CUSTOMER_GRADES,
  CUSTOMER_INDUSTRIES,
  CUSTOMER_SOURCES,
  CUSTOMER_TYPES,
  FOLLOW_UP_METHODS,
  ROLES,
  SATISFACTIONS,
  VISIT_TYPES,
} from './customer-enums';
import { CONTRACT_ACTIONS, CONTRACT_KINDS, CONTRACT_STATUSES } from './contract-status';
import { CREDIT_RATINGS } from './credit-rating';
import { ENUM_LABELS, EnumName, LOCALES, Locale, enumLabel, enumOptions } from './labels';
import { OPPORTUNITY_STAGES } from './opportunity-stage';

describe('enumLabel', () => {
  it('gives the Chinese labels from the source documents', () => {
    expect(CUSTOMER_TYPES.map((v) => enumLabel('CustomerType', v, 'zh-CN'))).toEqual(['意向', '分配', '成交', '流失']);
    expect(CUSTOMER_GRADES.map((v) => enumLabel('CustomerGrade', v))).toEqual(['VIP', '重要', '普通', '潜在']);
    expect(ROLES.map((v) => enumLabel('Role', v))).toEqual(['管理员', '销售经理', '销售', '客服']);
    expect(FOLLOW_UP_METHODS.map((v) => enumLabel('FollowUpMethod', v))).toEqual(['电话', '微信', '拜访', '邮件', '其他']);
    expect(OPPORTUNITY_STAGES.map((v) => enumLabel('OpportunityStage', v))).toEqual([
      '初步接触',
      '需求分析',
      '方案报价',
      '合同谈判',
      '赢单',
      '输单',
    ]);
    expect(CONTRACT_STATUSES.map((v) => enumLabel('ContractStatus', v))).toEqual([
      '草稿',
      '待审批',
      '已批准',
      '已签署',
      '已完成',
      '已终止',
    ]);
    expect(SATISFACTIONS.map((v) => enumLabel('Satisfaction', v))).toEqual(['非常满意', '满意', '一般', '不满意']);
  });

  it('gives English labels on request', () => {
    expect(enumLabel('CustomerType', 'PROSPECT', 'en')).toBe('Prospect');
    expect(enumLabel('CustomerSource', '转介绍', 'en')).toBe('Referral');
  });

  it('falls back instead of throwing', () => {
    expect(enumLabel('CustomerType', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(enumLabel('CustomerType', 'toString')).toBe('toString');
    expect(enumLabel('CustomerType', 'WON', 'fr' as Locale)).toBe('成交');
  });

  it('covers every value of every enumeration in both locales, in display order', () => {
    const lists: Record<EnumName, readonly string[]> = {
      CustomerType: CUSTOMER_TYPES,
      CustomerGrade: CUSTOMER_GRADES,
      CustomerStatus: ['ACTIVE', 'DEACTIVATED'],
      FollowUpMethod: FOLLOW_UP_METHODS,
      Role: ROLES,
      OpportunityStage: OPPORTUNITY_STAGES,
      ContractStatus: CONTRACT_STATUSES,
      ContractAction: CONTRACT_ACTIONS,
      ContractKind: CONTRACT_KINDS,
      Satisfaction: SATISFACTIONS,
      VisitType: VISIT_TYPES,
      CreditRating: CREDIT_RATINGS,
      CustomerSource: CUSTOMER_SOURCES,
      CustomerIndustry: CUSTOMER_INDUSTRIES,
      PaymentPlanStatus: ['PENDING', 'PARTLY_PAID', 'PAID', 'OVERDUE'],
      CustomerLifecycle: CUSTOMER_LIFECYCLES,
      PurchaseTrend: PURCHASE_TRENDS,
    };
    for (const name of Object.keys(ENUM_LABELS) as EnumName[]) {
      expect(Object.keys(ENUM_LABELS[name])).toEqual(lists[name]);
      for (const value of lists[name]) for (const locale of LOCALES) expect(enumLabel(name, value, locale)).toMatch(/\S/);
    }
  });
});

describe('enumOptions', () => {
  it('lists value/label pairs for selects', () => {
    expect(enumOptions('CustomerStatus')).toEqual([
      { value: 'ACTIVE', label: '正常' },
      { value: 'DEACTIVATED', label: '停用' },
    ]);
    expect(enumOptions('ContractKind', 'en').map((o) => o.label)).toEqual(['Standard', 'Supplementary']);
  });
});
