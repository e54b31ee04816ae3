import { registerEnumType } from 'type-graphql';

export const PaymentPlanStatus = { PENDING: 'PENDING', PARTLY_PAID: 'PARTLY_PAID', PAID: 'PAID', OVERDUE: 'OVERDUE' } as const;
export type PaymentPlanStatus = (typeof PaymentPlanStatus)[keyof typeof PaymentPlanStatus];
registerEnumType(PaymentPlanStatus, {
  name: 'PaymentPlanStatus',
  description: "State of a payment plan, from its receipts and today's date in the business time zone",
  valuesConfig: {
    PENDING: { description: '待收款: nothing received, not yet due' },
    PARTLY_PAID: { description: '部分收款: part received, not yet due' },
    PAID: { description: '已收款: fully received' },
    OVERDUE: { description: '已逾期: due date passed and not fully received' },
  },
});

export const ReceiptMethod = {
  BANK_TRANSFER: 'BANK_TRANSFER',
  CASH: 'CASH',
  CHEQUE: 'CHEQUE',
  ALIPAY: 'ALIPAY',
  WECHAT_PAY: 'WECHAT_PAY',
  OTHER: 'OTHER',
} as const;
export type ReceiptMethod = (typeof ReceiptMethod)[keyof typeof ReceiptMethod];
registerEnumType(ReceiptMethod, {
  name: 'ReceiptMethod',
  description: '收款方式',
  valuesConfig: {
    BANK_TRANSFER: { description: '银行转账' },
    CASH: { description: '现金' },
    CHEQUE: { description: '支票' },
    ALIPAY: { description: '支付宝' },
    WECHAT_PAY: { description: '微信支付' },
    OTHER: { description: '其他' },
  },
});

export const InvoiceType = { VAT_SPECIAL: 'VAT_SPECIAL', VAT_NORMAL: 'VAT_NORMAL', E_INVOICE: 'E_INVOICE' } as const;
export type InvoiceType = (typeof InvoiceType)[keyof typeof InvoiceType];
registerEnumType(InvoiceType, {
  name: 'InvoiceType',
  description: '发票类型',
  valuesConfig: {
    VAT_SPECIAL: { description: '增值税专用发票' },
    VAT_NORMAL: { description: '增值税普通发票' },
    E_INVOICE: { description: '电子发票' },
  },
});

export const InvoiceStatus = { ISSUED: 'ISSUED', VOIDED: 'VOIDED' } as const;
export type InvoiceStatus = (typeof InvoiceStatus)[keyof typeof InvoiceStatus];
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: '发票状态',
  valuesConfig: { ISSUED: { description: '已开具' }, VOIDED: { description: '已作废 (does not count; its number may be reused)' } },
});

export const PaymentOrderField = { DATE: 'DATE', AMOUNT: 'AMOUNT' } as const;
export type PaymentOrderField = (typeof PaymentOrderField)[keyof typeof PaymentOrderField];
registerEnumType(PaymentOrderField, {
  name: 'PaymentOrderField',
  description: 'Sort keys of payment plan, receipt and invoice lists',
  valuesConfig: {
    DATE: { description: "The record's date: due date, received date or issued date" },
    AMOUNT: { description: 'Amount' },
  },
});
