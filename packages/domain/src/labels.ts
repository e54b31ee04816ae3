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
import type { CustomerLifecycle, PurchaseTrend } from './lifecycle.js';

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
  PaymentPlanStatus: PaymentPlanStatus;
  CustomerLifecycle: CustomerLifecycle;
  PurchaseTrend: PurchaseTrend;
}

/** 收款计划 status (computed by the API from receipts and the due date). */
export type PaymentPlanStatus = 'PENDING' | 'PARTLY_PAID' | 'PAID' | 'OVERDUE';
export type EnumName = keyof EnumValues;

type Label = Record<Locale, string>;
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** Every label, per enumeration, in display order. */
export const ENUM_LABELS: { readonly [K in EnumName]: Readonly<Record<EnumValues[K], Label>> } = {
  CustomerType: { PROSPECT: l('意向', 'Prospect'), ASSIGNED: l('分配', 'Assigned'), WON: l('成交', 'Won'), LOST: l('流失', 'Lost') },
  CustomerGrade: {
    VIP: l('VIP', 'VIP'),
    IMPORTANT: l('重要', 'Important'),
    NORMAL: l('普通', 'Normal'),
    POTENTIAL: l('潜在', 'Potential'),
  },
  CustomerStatus: { ACTIVE: l('正常', 'Active'), DEACTIVATED: l('停用', 'Deactivated') },
  FollowUpMethod: {
    PHONE: l('电话', 'Phone'),
    WECHAT: l('微信', 'WeChat'),
    VISIT: l('拜访', 'Visit'),
    EMAIL: l('邮件', 'Email'),
    OTHER: l('其他', 'Other'),
  },
  Role: {
    ADMIN: l('管理员', 'Administrator'),
    MANAGER: l('销售经理', 'Sales manager'),
    SALES: l('销售', 'Sales'),
    SERVICE: l('客服', 'Customer service'),
  },
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
  VisitType: {
    REGULAR: l('定期回访', 'Regular visit'),
    NEW_CUSTOMER: l('新客户回访', 'New customer visit'),
    ISSUE: l('问题回访', 'Issue visit'),
  },
  CreditRating: { A: l('A 级', 'A'), B: l('B 级', 'B'), C: l('C 级', 'C') },
  CustomerSource: {
    网站咨询: l('网站咨询', 'Website inquiry'),
    电话咨询: l('电话咨询', 'Phone inquiry'),
    展会: l('展会', 'Trade show'),
    转介绍: l('转介绍', 'Referral'),
    广告: l('广告', 'Advertising'),
    其他: l('其他', 'Other'),
  },
  PaymentPlanStatus: {
    PENDING: l('待收款', 'Pending'),
    PARTLY_PAID: l('部分收款', 'Partly paid'),
    PAID: l('已收款', 'Paid'),
    OVERDUE: l('已逾期', 'Overdue'),
  },
  CustomerLifecycle: {
    ACQUISITION: l('获取期', 'Acquisition'),
    GROWTH: l('提升期', 'Growth'),
    MATURITY: l('成熟期', 'Maturity'),
    DECLINE: l('衰退期', 'Decline'),
    EXIT: l('离开期', 'Exit'),
  },
  PurchaseTrend: {
    NONE: l('无下单', 'No orders'),
    RISING: l('上升', 'Rising'),
    STEADY: l('平稳', 'Steady'),
    FALLING: l('下降', 'Falling'),
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

/** Record types (what a message, a change log entry or a notification is about), zh-CN and en, once. */
export const RECORD_TYPE_LABELS = {
  customer: l('客户', 'Customer'),
  contact: l('联系人', 'Contact'),
  followUp: l('跟进记录', 'Follow-up'),
  opportunity: l('商机', 'Opportunity'),
  contract: l('合同', 'Contract'),
  contractLine: l('合同明细', 'Contract line'),
  paymentPlan: l('收款计划', 'Payment plan'),
  receipt: l('回款', 'Receipt'),
  invoice: l('发票', 'Invoice'),
  visit: l('回访', 'Visit'),
  task: l('任务', 'Task'),
  tag: l('标签', 'Tag'),
  customField: l('自定义字段', 'Custom field'),
  product: l('商品', 'Product'),
  user: l('用户', 'User'),
  setting: l('设置', 'Setting'),
  attachment: l('附件', 'Attachment'),
  importJob: l('导入任务', 'Import'),
  exportJob: l('导出任务', 'Export'),
  apiKey: l('API 密钥', 'API key'),
  webhookEndpoint: l('Webhook 端点', 'Webhook endpoint'),
  webhookDelivery: l('Webhook 投递', 'Webhook delivery'),
  delivery: l('投递记录', 'Delivery'),
  notification: l('通知', 'Notification'),
  reminder: l('提醒', 'Reminder'),
  changeLog: l('变更日志', 'Change log'),
  share: l('共享', 'Share'),
} as const satisfies Record<string, Label>;
export type RecordType = keyof typeof RECORD_TYPE_LABELS;

export function isRecordType(value: string): value is RecordType {
  return Object.prototype.hasOwnProperty.call(RECORD_TYPE_LABELS, value);
}

/** recordTypeLabel('contract', 'en') === 'Contract'; an unknown type is returned as is. */
export function recordTypeLabel(type: RecordType | string, locale: Locale = DEFAULT_LOCALE): string {
  return isRecordType(type) ? RECORD_TYPE_LABELS[type][locale] : type;
}

/** The record type whose Chinese label is `zh` ('客户' -> 'customer'), for callers that still name records in Chinese. */
export function recordTypeByZh(zh: string): RecordType | undefined {
  return (Object.keys(RECORD_TYPE_LABELS) as RecordType[]).find((k) => RECORD_TYPE_LABELS[k]['zh-CN'] === zh);
}

/**
 * Field labels of the product's records, zh-CN and en, once (the change log, merge preview, exports, input errors).
 * Keyed `record.field`; custom fields carry their own label (one language, as the admin typed it).
 */
export const FIELD_LABELS = {
  'customer.name': l('客户名称', 'Customer name'),
  'customer.type': l('客户类型', 'Customer type'),
  'customer.grade': l('客户等级', 'Grade'),
  'customer.gradePinned': l('手动设置等级', 'Grade set by hand'),
  'customer.source': l('客户来源', 'Source'),
  'customer.industry': l('所属行业', 'Industry'),
  'customer.province': l('省份', 'Province'),
  'customer.city': l('城市', 'City'),
  'customer.regionCode': l('区域编码', 'Region code'),
  'customer.address': l('地址', 'Address'),
  'customer.website': l('网址', 'Website'),
  'customer.email': l('公司邮箱', 'Company email'),
  'customer.phone': l('电话', 'Phone'),
  'customer.annualBudget': l('年预算', 'Annual budget'),
  'customer.firstContactDate': l('首次接触日期', 'First contact date'),
  'customer.remark': l('备注', 'Notes'),
  'customer.ownerId': l('负责人', 'Owner'),
  'customer.status': l('状态', 'Status'),
  'customer.tags': l('标签', 'Tags'),
  'customer.customFields': l('自定义字段', 'Custom fields'),
  'customer.lostReason': l('流失原因', 'Reason lost'),
  'customer.lifecycle': l('生命周期', 'Lifecycle stage'),
  'customer.deletedAt': l('删除时间', 'Deleted at'),
  'customer.mergedCustomerIds': l('合并的客户', 'Customers merged in'),
  'customer.primaryContactId': l('首要联系人', 'Primary contact'),
  'customer.shares': l('共享给', 'Shared with'),
  'contact.name': l('联系人姓名', 'Contact name'),
  'contact.title': l('职务', 'Title'),
  'contact.mobile': l('手机', 'Mobile'),
  'contact.phone': l('电话', 'Phone'),
  'contact.email': l('联系人邮箱', 'Contact email'),
  'contact.birthday': l('生日', 'Birthday'),
  'contact.isPrimary': l('首要联系人', 'Primary contact'),
  'contact.wechat': l('微信', 'WeChat'),
  'contact.remark': l('备注', 'Notes'),
  'followUp.at': l('跟进时间', 'Follow-up time'),
  'followUp.method': l('跟进方式', 'Method'),
  'followUp.content': l('跟进内容', 'Content'),
  'followUp.feedback': l('客户反馈', 'Customer feedback'),
  'followUp.nextAt': l('下次跟进时间', 'Next follow-up'),
  'followUp.nextPlan': l('下次跟进计划', 'Next plan'),
  'followUp.subject': l('跟进主题', 'Subject'),
  'followUp.remind': l('提醒', 'Remind me'),
  'followUp.contactId': l('跟进联系人', 'Contact'),
  'followUp.opportunityId': l('关联商机', 'Opportunity'),
  'opportunity.name': l('商机名称', 'Opportunity name'),
  'opportunity.amount': l('金额', 'Amount'),
  'opportunity.stage': l('阶段', 'Stage'),
  'opportunity.winRate': l('赢率', 'Win rate'),
  'opportunity.expectedCloseDate': l('预计成交日期', 'Expected close date'),
  'opportunity.lostReason': l('输单原因', 'Reason lost'),
  'opportunity.remark': l('备注', 'Notes'),
  'opportunity.ownerId': l('负责人', 'Owner'),
  'opportunity.lines': l('商机明细', 'Opportunity lines'),
  'contract.number': l('合同编号', 'Contract number'),
  'contract.title': l('合同名称', 'Contract title'),
  'contract.amount': l('合同金额', 'Contract amount'),
  'contract.status': l('合同状态', 'Contract status'),
  'contract.kind': l('合同类型', 'Contract kind'),
  'contract.signedAt': l('签订日期', 'Signed on'),
  'contract.startDate': l('开始日期', 'Start date'),
  'contract.endDate': l('结束日期', 'End date'),
  'contract.lines': l('合同明细', 'Contract lines'),
  'contract.remark': l('备注', 'Notes'),
  'contract.ownerId': l('负责人', 'Owner'),
  'contract.opportunityId': l('关联商机', 'Opportunity'),
  'contract.parentId': l('主合同', 'Parent contract'),
  'product.name': l('商品名称', 'Product name'),
  'product.code': l('商品编码', 'Product code'),
  'product.unit': l('单位', 'Unit'),
  'product.listPrice': l('标准价', 'List price'),
  'paymentPlan.dueDate': l('计划收款日期', 'Due date'),
  'paymentPlan.amount': l('计划金额', 'Planned amount'),
  'paymentPlan.remark': l('备注', 'Notes'),
  'receipt.method': l('收款方式', 'Payment method'),
  'receipt.planId': l('对应收款计划', 'Payment plan'),
  'invoice.status': l('发票状态', 'Invoice status'),
  'receipt.amount': l('回款金额', 'Amount received'),
  'receipt.receivedDate': l('回款日期', 'Received on'),
  'invoice.number': l('发票号码', 'Invoice number'),
  'invoice.amount': l('开票金额', 'Invoice amount'),
  'invoice.issuedDate': l('开票日期', 'Issued on'),
  'invoice.voidReason': l('作废原因', 'Reason voided'),
  'visit.subject': l('回访主题', 'Visit subject'),
  'visit.content': l('回访内容', 'Visit notes'),
  'visit.problems': l('发现的问题', 'Problems found'),
  'visit.actions': l('后续措施', 'Follow-up actions'),
  'visit.satisfaction': l('满意度', 'Satisfaction'),
  'task.title': l('标题', 'Title'),
  'task.completionNote': l('完成说明', 'Completion note'),
  'task.description': l('描述', 'Description'),
  'user.name': l('姓名', 'Name'),
  'user.email': l('邮箱', 'Email'),
  'user.phone': l('手机', 'Mobile'),
  'user.role': l('角色', 'Role'),
  'user.managerId': l('上级', 'Manager'),
  'user.active': l('在职', 'Active'),
  'user.canExport': l('可导出', 'May export'),
  'common.name': l('名称', 'Name'),
  'common.subject': l('主题', 'Subject'),
  'common.fileName': l('文件名', 'File name'),
  'common.tag': l('标签', 'Tag'),
  'common.fieldLabel': l('字段名称', 'Field label'),
  'common.level': l('级别', 'Level'),
  'common.gradeVip': l('VIP 阈值', 'VIP threshold'),
  'common.gradeImportant': l('重要客户阈值', 'Important threshold'),
  'common.gradeNormal': l('普通客户阈值', 'Normal threshold'),
} as const satisfies Record<string, Label>;
export type FieldKey = keyof typeof FIELD_LABELS;

export function fieldLabel(key: FieldKey | string, locale: Locale = DEFAULT_LOCALE): string | undefined {
  const table = FIELD_LABELS as Record<string, Label>;
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key][locale] : undefined;
}

/** The English label of a Chinese field label ('合同编号' -> 'Contract number'), when the catalogue has it. */
export function fieldLabelEnByZh(zh: string): string | undefined {
  for (const v of Object.values(FIELD_LABELS) as Label[]) if (v['zh-CN'] === zh) return v.en;
  for (const v of Object.values(RECORD_TYPE_LABELS) as Label[]) if (v['zh-CN'] === zh) return v.en;
  return undefined;
}

/** value -> label for one enumeration in one language (for label tables that index by value). */
export function enumLabelMap<K extends EnumName>(name: K, locale: Locale = DEFAULT_LOCALE): Record<EnumValues[K], string> {
  const out = {} as Record<EnumValues[K], string>;
  for (const value of Object.keys(ENUM_LABELS[name]) as EnumValues[K][]) out[value] = enumLabel(name, value, locale);
  return out;
}
