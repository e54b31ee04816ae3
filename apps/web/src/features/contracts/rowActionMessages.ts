import type { Dict } from '@/i18n/feature';

// Words of the plan and invoice row actions on the contract detail page. Chinese first, English the same shape.
const zhCN = {
  edit: '编辑',
  delete: '删除',
  void: '作废',
  editPlan: '编辑收款计划',
  planSaved: '收款计划已保存',
  deletePlanConfirm: '删除 {date} 的收款计划 {amount}？',
  deletePlanHint: '已有回款的计划不能删除。',
  planDeleted: '收款计划已删除',
  planHasReceipts: '已有回款，不能删除',
  voidInvoice: '作废发票',
  voidConfirm: '作废发票 {number}（{amount}）？作废后发票号码可重新使用，此操作不能撤销。',
  voidReason: '作废原因',
  voidReasonRequired: '请填写作废原因',
  voidReasonPlaceholder: '例如：抬头开错，需重开',
  voided: '发票已作废',
  stale: '数据已被他人修改，已为您刷新，请重新操作',
  confirm: '确定',
  cancel: '取消',
};

export type RowActionMessages = typeof zhCN;

export const ROW_ACTION_MESSAGES: Dict<RowActionMessages> = {
  'zh-CN': zhCN,
  en: {
    edit: 'Edit',
    delete: 'Delete',
    void: 'Void',
    editPlan: 'Edit payment plan',
    planSaved: 'Payment plan saved',
    deletePlanConfirm: 'Delete the payment plan of {amount} due {date}?',
    deletePlanHint: 'A plan with receipts cannot be deleted.',
    planDeleted: 'Payment plan deleted',
    planHasReceipts: 'Has receipts; cannot be deleted',
    voidInvoice: 'Void invoice',
    voidConfirm: 'Void invoice {number} ({amount})? Its number becomes free again; this cannot be undone.',
    voidReason: 'Reason',
    voidReasonRequired: 'Please give a reason',
    voidReasonPlaceholder: 'e.g. Wrong buyer name, to be reissued',
    voided: 'Invoice voided',
    stale: 'Someone else changed this; the page was refreshed, please try again',
    confirm: 'OK',
    cancel: 'Cancel',
  },
};
