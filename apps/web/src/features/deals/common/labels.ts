import { enumLabelMap } from '@kehu/domain/labels';
import type {
  ContractAction,
  ContractKind,
  ContractStatus,
  CustomerGrade,
  CustomerType,
  CustomFieldKind,
  DeliveryChannel,
  InvoiceStatus,
  InvoiceType,
  OpportunityStage,
  PaymentPlanStatus,
  ReceiptMethod,
  ReclaimRule,
  ReminderKind,
  Role,
  TaskPriority,
  TaskStatus,
} from '@/gql/schema';
import { ENUM_LABELS, enumLabel, type EnumValues, type Locale } from '@kehu/domain/labels';
import { OPPORTUNITY_STAGES, STAGE_WIN_RATE } from '@kehu/domain/opportunity-stage';
import type { Dict } from '@/i18n/feature';

const STAGE_COLOR: Record<OpportunityStage, string> = {
  INITIAL: 'default',
  NEEDS: 'blue',
  PROPOSAL: 'cyan',
  NEGOTIATION: 'purple',
  WON: 'green',
  LOST: 'red',
};

/** Stages in pipeline order, with their default win rate (both from @kehu/domain, the API's rule) and colour. */
export const STAGES: readonly { stage: OpportunityStage; winRate: number; color: string }[] = OPPORTUNITY_STAGES.map((stage) => ({
  stage,
  winRate: STAGE_WIN_RATE[stage],
  color: STAGE_COLOR[stage],
}));

/** The stages a deal is worked in (not closed), in funnel order. */
export { OPEN_OPPORTUNITY_STAGES as OPEN_STAGES } from '@kehu/domain/opportunity-stage';

/** A label table of one locale from @kehu/domain's (the API's exports and notifications use the same words). */
function domainLabels<K extends 'OpportunityStage' | 'CustomerGrade' | 'CustomerType'>(
  name: K,
  locale: Locale,
): Record<EnumValues[K], string> {
  return Object.fromEntries(Object.keys(ENUM_LABELS[name]).map((v) => [v, enumLabel(name, v, locale)])) as Record<EnumValues[K], string>;
}

export const CONTRACT_STATUS_COLOR: Record<ContractStatus, string> = {
  DRAFT: 'default',
  PENDING: 'orange',
  APPROVED: 'blue',
  SIGNED: 'green',
  COMPLETED: 'cyan',
  TERMINATED: 'red',
};

export const PLAN_STATUS_COLOR: Record<PaymentPlanStatus, string> = {
  PAID: 'green',
  PARTLY_PAID: 'blue',
  PENDING: 'default',
  OVERDUE: 'red',
};

export const PRIORITY_COLOR: Record<TaskPriority, string> = { URGENT: 'red', HIGH: 'orange', NORMAL: 'blue', LOW: 'default' };

interface Labels {
  stage: Record<OpportunityStage, string>;
  contractStatus: Record<ContractStatus, string>;
  contractAction: Record<ContractAction, string>;
  contractKind: Record<ContractKind, string>;
  planStatus: Record<PaymentPlanStatus, string>;
  receiptMethod: Record<ReceiptMethod, string>;
  invoiceType: Record<InvoiceType, string>;
  invoiceStatus: Record<InvoiceStatus, string>;
  reminderKind: Record<ReminderKind, string>;
  taskPriority: Record<TaskPriority, string>;
  taskStatus: Record<TaskStatus, string>;
  grade: Record<CustomerGrade, string>;
  customerType: Record<CustomerType, string>;
  role: Record<Role, string>;
  reclaimRule: Record<ReclaimRule, string>;
  channel: Record<DeliveryChannel, string>;
  fieldKind: Record<CustomFieldKind, string>;
}

export const LABELS: Dict<Labels> = {
  'zh-CN': {
    stage: domainLabels('OpportunityStage', 'zh-CN'),
    contractStatus: enumLabelMap('ContractStatus', 'zh-CN'),
    contractAction: { SUBMIT: '提交审批', APPROVE: '审批通过', REJECT: '驳回', SIGN: '签订', COMPLETE: '完成', TERMINATE: '终止' },
    contractKind: enumLabelMap('ContractKind', 'zh-CN'),
    planStatus: enumLabelMap('PaymentPlanStatus', 'zh-CN'),
    receiptMethod: { BANK_TRANSFER: '银行转账', ALIPAY: '支付宝', WECHAT_PAY: '微信支付', CASH: '现金', CHEQUE: '支票', OTHER: '其他' },
    invoiceType: { VAT_SPECIAL: '增值税专用发票', VAT_NORMAL: '增值税普通发票', E_INVOICE: '电子发票' },
    invoiceStatus: { ISSUED: '已开具', VOIDED: '已作废' },
    reminderKind: {
      FOLLOW_UP_UPCOMING: '跟进提醒',
      FOLLOW_UP_DUE: '跟进到期',
      FOLLOW_UP_LAPSED: '未跟进提醒',
      VISIT_DUE: '回访提醒',
      TASK_DUE: '任务到期',
      TASK_OVERDUE: '任务逾期',
      CONTACT_BIRTHDAY: '生日提醒',
      CONTRACT_EXPIRING: '合同到期',
      PAYMENT_DUE: '回款提醒',
      PAYMENT_OVERDUE: '回款逾期',
      POOL_RECLAIM_WARNING: '公海回收预警',
      NEW_SIGN_IN_LOCATION: '异地登录提醒',
      CHURN_RISK: '流失预警',
    },
    taskPriority: { URGENT: '紧急', HIGH: '高', NORMAL: '普通', LOW: '低' },
    taskStatus: { OPEN: '进行中', DONE: '已完成', CANCELLED: '已取消' },
    grade: domainLabels('CustomerGrade', 'zh-CN'),
    customerType: domainLabels('CustomerType', 'zh-CN'),
    role: { ADMIN: '管理员', MANAGER: '经理', SALES: '销售', SERVICE: '客服' },
    reclaimRule: { NO_FOLLOW_UP: '超期未跟进', NOT_WON: '超期未成交' },
    channel: { EMAIL: '邮件', DINGTALK: '钉钉', WECOM: '企业微信' },
    fieldKind: { TEXT: '文本', NUMBER: '数字', DATE: '日期', SELECT: '单选', MULTI_SELECT: '多选' },
  },
  en: {
    stage: domainLabels('OpportunityStage', 'en'),
    contractStatus: enumLabelMap('ContractStatus', 'en'),
    contractAction: {
      SUBMIT: 'Submitted',
      APPROVE: 'Approved',
      REJECT: 'Rejected',
      SIGN: 'Signed',
      COMPLETE: 'Completed',
      TERMINATE: 'Terminated',
    },
    contractKind: enumLabelMap('ContractKind', 'en'),
    planStatus: enumLabelMap('PaymentPlanStatus', 'en'),
    receiptMethod: {
      BANK_TRANSFER: 'Bank transfer',
      ALIPAY: 'Alipay',
      WECHAT_PAY: 'WeChat Pay',
      CASH: 'Cash',
      CHEQUE: 'Cheque',
      OTHER: 'Other',
    },
    invoiceType: { VAT_SPECIAL: 'VAT special', VAT_NORMAL: 'VAT normal', E_INVOICE: 'E-invoice' },
    invoiceStatus: { ISSUED: 'Issued', VOIDED: 'Voided' },
    reminderKind: {
      FOLLOW_UP_UPCOMING: 'Follow-up soon',
      FOLLOW_UP_DUE: 'Follow-up due',
      FOLLOW_UP_LAPSED: 'Not followed up',
      VISIT_DUE: 'Visit due',
      TASK_DUE: 'Task due',
      TASK_OVERDUE: 'Task overdue',
      CONTACT_BIRTHDAY: 'Birthday',
      CONTRACT_EXPIRING: 'Contract expiring',
      PAYMENT_DUE: 'Payment due',
      PAYMENT_OVERDUE: 'Payment overdue',
      POOL_RECLAIM_WARNING: 'Pool reclaim warning',
      NEW_SIGN_IN_LOCATION: 'New sign-in location',
      CHURN_RISK: 'Churn warning',
    },
    taskPriority: { URGENT: 'Urgent', HIGH: 'High', NORMAL: 'Normal', LOW: 'Low' },
    taskStatus: { OPEN: 'Open', DONE: 'Done', CANCELLED: 'Cancelled' },
    grade: domainLabels('CustomerGrade', 'en'),
    customerType: domainLabels('CustomerType', 'en'),
    role: { ADMIN: 'Admin', MANAGER: 'Manager', SALES: 'Sales', SERVICE: 'Service' },
    reclaimRule: { NO_FOLLOW_UP: 'No follow-up', NOT_WON: 'Not won in time' },
    channel: { EMAIL: 'Email', DINGTALK: 'DingTalk', WECOM: 'WeCom' },
    fieldKind: { TEXT: 'Text', NUMBER: 'Number', DATE: 'Date', SELECT: 'Single choice', MULTI_SELECT: 'Multiple choice' },
  },
};
