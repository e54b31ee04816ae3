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
import type { Dict } from './i18n';

/** Stages in pipeline order, with their default win rate. */
export const STAGES: readonly { stage: OpportunityStage; winRate: number; color: string }[] = [
  { stage: 'INITIAL', winRate: 20, color: 'default' },
  { stage: 'NEEDS', winRate: 40, color: 'blue' },
  { stage: 'PROPOSAL', winRate: 60, color: 'cyan' },
  { stage: 'NEGOTIATION', winRate: 80, color: 'purple' },
  { stage: 'WON', winRate: 100, color: 'green' },
  { stage: 'LOST', winRate: 0, color: 'red' },
];

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
    stage: { INITIAL: '初步接触', NEEDS: '需求分析', PROPOSAL: '方案报价', NEGOTIATION: '合同谈判', WON: '赢单', LOST: '输单' },
    contractStatus: { DRAFT: '草稿', PENDING: '待审批', APPROVED: '已审批', SIGNED: '已签订', COMPLETED: '已完成', TERMINATED: '已终止' },
    contractAction: { SUBMIT: '提交审批', APPROVE: '审批通过', REJECT: '驳回', SIGN: '签订', COMPLETE: '完成', TERMINATE: '终止' },
    contractKind: { STANDARD: '标准合同', SUPPLEMENTARY: '补充合同' },
    planStatus: { PAID: '已收款', PARTLY_PAID: '部分收款', PENDING: '待收款', OVERDUE: '已逾期' },
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
    grade: { VIP: 'VIP', IMPORTANT: '重要', NORMAL: '普通', POTENTIAL: '潜在' },
    customerType: { PROSPECT: '意向', ASSIGNED: '分配', WON: '成交', LOST: '流失' },
    role: { ADMIN: '管理员', MANAGER: '经理', SALES: '销售', SERVICE: '客服' },
    reclaimRule: { NO_FOLLOW_UP: '超期未跟进', NOT_WON: '超期未成交' },
    channel: { EMAIL: '邮件', DINGTALK: '钉钉', WECOM: '企业微信' },
    fieldKind: { TEXT: '文本', NUMBER: '数字', DATE: '日期', SELECT: '单选', MULTI_SELECT: '多选' },
  },
  en: {
    stage: { INITIAL: 'Initial contact', NEEDS: 'Needs analysis', PROPOSAL: 'Proposal', NEGOTIATION: 'Negotiation', WON: 'Won', LOST: 'Lost' },
    contractStatus: { DRAFT: 'Draft', PENDING: 'Pending approval', APPROVED: 'Approved', SIGNED: 'Signed', COMPLETED: 'Completed', TERMINATED: 'Terminated' },
    contractAction: { SUBMIT: 'Submitted', APPROVE: 'Approved', REJECT: 'Rejected', SIGN: 'Signed', COMPLETE: 'Completed', TERMINATE: 'Terminated' },
    contractKind: { STANDARD: 'Standard', SUPPLEMENTARY: 'Supplementary' },
    planStatus: { PAID: 'Paid', PARTLY_PAID: 'Partly paid', PENDING: 'Pending', OVERDUE: 'Overdue' },
    receiptMethod: { BANK_TRANSFER: 'Bank transfer', ALIPAY: 'Alipay', WECHAT_PAY: 'WeChat Pay', CASH: 'Cash', CHEQUE: 'Cheque', OTHER: 'Other' },
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
    grade: { VIP: 'VIP', IMPORTANT: 'Important', NORMAL: 'Normal', POTENTIAL: 'Potential' },
    customerType: { PROSPECT: 'Prospect', ASSIGNED: 'Assigned', WON: 'Won', LOST: 'Lost' },
    role: { ADMIN: 'Admin', MANAGER: 'Manager', SALES: 'Sales', SERVICE: 'Service' },
    reclaimRule: { NO_FOLLOW_UP: 'No follow-up', NOT_WON: 'Not won in time' },
    channel: { EMAIL: 'Email', DINGTALK: 'DingTalk', WECOM: 'WeCom' },
    fieldKind: { TEXT: 'Text', NUMBER: 'Number', DATE: 'Date', SELECT: 'Single choice', MULTI_SELECT: 'Multiple choice' },
  },
};
