/**
 * Display labels (zh-CN first, en available) for every enumeration value, so the API's schema
 * descriptions, exports and notifications and the web's tags and selects say the same thing.
 * Unknown values fall back to the raw value instead of throwing: a label must never break a page.
 */
import type {
  CustomerGrade,
  CustomerIndustry,
  CustomerSource,
  CustomerStatus,
  CustomerType,
  FollowUpMethod,
  Role,
  Satisfaction,
  VisitType,
} from './customer-enums.js';
import type { ContractAction, ContractKind, ContractStatus } from './contract-status.js';
import type { CreditRating } from './credit-rating.js';
import { STAGE_LABELS, type OpportunityStage } from './opportunity-stage.js';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Enumeration name -> its value type. */
export interface EnumValues {
  CustomerType: CustomerType;
  CustomerGrade: CustomerGrade;
  CustomerStatus: CustomerStatus;
  FollowUpMethod: FollowUpMethod;
  Role: Role;
  OpportunityStage: OpportunityStage;
  ContractStatus: ContractStatus;
  ContractAction: ContractAction;
  ContractKind: ContractKind;
  Satisfaction: Satisfaction;
  VisitType: VisitType;
  CreditRating: CreditRating;
  CustomerSource: CustomerSource;
  CustomerIndustry: CustomerIndustry;
}
export type EnumName = keyof EnumValues;

type Label = Record<Locale, string>;
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** Every label, per enumeration, in display order. */
export const ENUM_LABELS: { readonly [K in EnumName]: Readonly<Record<EnumValues[K], Label>> } = {
  CustomerType: { PROSPECT: l('意向', 'Prospect'), ASSIGNED: l('分配', 'Assigned'), WON: l('成交', 'Won'), LOST: l('流失', 'Lost') },
  CustomerGrade: { VIP: l('VIP', 'VIP'), IMPORTANT: l('重要', 'Important'), NORMAL: l('普通', 'Normal'), POTENTIAL: l('潜在', 'Potential') },
  CustomerStatus: { ACTIVE: l('正常', 'Active'), DEACTIVATED: l('停用', 'Deactivated') },
  FollowUpMethod: {
    PHONE: l('电话', 'Phone'),
    WECHAT: l('微信', 'WeChat'),
    VISIT: l('拜访', 'Visit'),
    EMAIL: l('邮件', 'Email'),
    OTHER: l('其他', 'Other'),
  },
  Role: { ADMIN: l('管理员', 'Administrator'), MANAGER: l('销售经理', 'Sales manager'), SALES: l('销售', 'Sales'), SERVICE: l('客服', 'Customer service') },
  OpportunityStage: {
    INITIAL: l(STAGE_LABELS.INITIAL, 'Initial contact'),
    NEEDS: l(STAGE_LABELS.NEEDS, 'Needs analysis'),
    PROPOSAL: l(STAGE_LABELS.PROPOSAL, 'Proposal'),
    NEGOTIATION: l(STAGE_LABELS.NEGOTIATION, 'Negotiation'),
    WON: l(STAGE_LABELS.WON, 'Won'),
    LOST: l(STAGE_LABELS.LOST, 'Lost'),
  },
  ContractStatus: {
    DRAFT: l('草稿', 'Draft'),
    PENDING: l('待审批', 'Pending approval'),
    APPROVED: l('已批准', 'Approved'),
    SIGNED: l('已签署', 'Signed'),
    COMPLETED: l('已完成', 'Completed'),
    TERMINATED: l('已终止', 'Terminated'),
  },
  ContractAction: {
    SUBMIT: l('提交审批', 'Submit for approval'),
    APPROVE: l('审批通过', 'Approve'),
    REJECT: l('驳回', 'Reject'),
    SIGN: l('签署', 'Sign'),
    COMPLETE: l('完成', 'Complete'),
    TERMINATE: l('终止', 'Terminate'),
  },
  ContractKind: { STANDARD: l('标准合同', 'Standard'), SUPPLEMENTARY: l('补充协议', 'Supplementary') },
  Satisfaction: {
    VERY_SATISFIED: l('非常满意', 'Very satisfied'),
    SATISFIED: l('满意', 'Satisfied'),
    NEUTRAL: l('一般', 'Neutral'),
    DISSATISFIED: l('不满意', 'Dissatisfied'),
  },
  VisitType: { REGULAR: l('定期回访', 'Regular visit'), NEW_CUSTOMER: l('新客户回访', 'New customer visit'), ISSUE: l('问题回访', 'Issue visit') },
  CreditRating: { A: l('A 级', 'A'), B: l('B 级', 'B'), C: l('C 级', 'C') },
  CustomerSource: {
    网站咨询: l('网站咨询', 'Website inquiry'),
    电话咨询: l('电话咨询', 'Phone inquiry'),
    展会: l('展会', 'Trade show'),
    转介绍: l('转介绍', 'Referral'),
    广告: l('广告', 'Advertising'),
    其他: l('其他', 'Other'),
  },
  CustomerIndustry: {
    制造业: l('制造业', 'Manufacturing'),
    零售业: l('零售业', 'Retail'),
    服务业: l('服务业', 'Services'),
    'IT/互联网': l('IT/互联网', 'IT / Internet'),
    金融: l('金融', 'Finance'),
    教育: l('教育', 'Education'),
    医疗: l('医疗', 'Healthcare'),
    建筑: l('建筑', 'Construction'),
    物流: l('物流', 'Logistics'),
    其他: l('其他', 'Other'),
  },
};

/**
 * The label of an enumeration value: enumLabel('CustomerType', 'PROSPECT') === '意向',
 * enumLabel('CustomerType', 'PROSPECT', 'en') === 'Prospect'. Accepts plain strings (e.g. values from
 * generated GraphQL types); an unknown value is returned as is, an unknown locale falls back to zh-CN.
 */
export function enumLabel<K extends EnumName>(name: K, value: EnumValues[K] | string, locale: Locale = DEFAULT_LOCALE): string {
  const table = ENUM_LABELS[name] as Record<string, Label> | undefined;
  if (!table || !Object.prototype.hasOwnProperty.call(table, value)) return value;
  const label = table[value];
  return label[locale] ?? label[DEFAULT_LOCALE];
}

/** `{ value, label }` pairs in display order, ready for a select or a filter. */
export function enumOptions<K extends EnumName>(name: K, locale: Locale = DEFAULT_LOCALE): { value: EnumValues[K]; label: string }[] {
  return (Object.keys(ENUM_LABELS[name]) as EnumValues[K][]).map((value) => ({ value, label: enumLabel(name, value, locale) }));
}
