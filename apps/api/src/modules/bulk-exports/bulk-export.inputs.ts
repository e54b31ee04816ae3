import { Field, InputType, registerEnumType } from 'type-graphql';
import { ContractFilter } from '../contracts/contract.inputs';
import { CustomerFilter } from '../customers/customer.inputs';
import { OpportunityFilter } from '../opportunities/opportunity.inputs';
import { InvoiceFilter, PaymentPlanFilter, ReceiptFilter } from '../payments/payment.inputs';

/** What a bulk export reads: one list of the API, every page of it. */
export const BulkExportKind = {
  CUSTOMERS: 'CUSTOMERS',
  CONTACTS: 'CONTACTS',
  FOLLOW_UPS: 'FOLLOW_UPS',
  OPPORTUNITIES: 'OPPORTUNITIES',
  CONTRACTS: 'CONTRACTS',
  PAYMENT_PLANS: 'PAYMENT_PLANS',
  RECEIPTS: 'RECEIPTS',
  INVOICES: 'INVOICES',
} as const;
export type BulkExportKind = (typeof BulkExportKind)[keyof typeof BulkExportKind];
registerEnumType(BulkExportKind, {
  name: 'BulkExportKind',
  description: 'Which records a bulk export reads',
  valuesConfig: {
    CUSTOMERS: {
      description: '客户, each line one customer with its `contacts` and `tags` (filter: customerFilter; key scope customers:read)',
    },
    CONTACTS: { description: '联系人 of the customers customerFilter selects (customers:read)' },
    FOLLOW_UPS: { description: '跟进记录 of the customers customerFilter selects, newest first (customers:read)' },
    OPPORTUNITIES: { description: '商机 (filter: opportunityFilter; deals:read)' },
    CONTRACTS: { description: '合同 with received and outstanding amounts (filter: contractFilter; deals:read)' },
    PAYMENT_PLANS: { description: '收款计划 with received, outstanding and status as of today (filter: paymentPlanFilter; deals:read)' },
    RECEIPTS: { description: '回款 (filter: receiptFilter; deals:read)' },
    INVOICES: { description: '发票 (filter: invoiceFilter; deals:read)' },
  },
});

export const BulkExportFormat = { JSONL: 'JSONL', XLSX: 'XLSX' } as const;
export type BulkExportFormat = (typeof BulkExportFormat)[keyof typeof BulkExportFormat];
registerEnumType(BulkExportFormat, {
  name: 'BulkExportFormat',
  description: 'File format of a bulk export',
  valuesConfig: {
    JSONL: {
      description:
        'JSON Lines (one JSON object per line, UTF-8): for programs. Field names as in the GraphQL types, money as decimal strings, times ISO 8601',
    },
    XLSX: {
      description:
        "Excel workbook with the columns of the web app's list export: for people (CUSTOMERS, OPPORTUNITIES, CONTRACTS, RECEIPTS)",
    },
  },
});

export const BulkExportStatus = { QUEUED: 'QUEUED', RUNNING: 'RUNNING', DONE: 'DONE', FAILED: 'FAILED' } as const;
export type BulkExportStatus = (typeof BulkExportStatus)[keyof typeof BulkExportStatus];
registerEnumType(BulkExportStatus, {
  name: 'BulkExportStatus',
  description: 'Where a bulk export is',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a background worker' },
    RUNNING: { description: 'Being written; `processedRows` moves' },
    DONE: { description: 'The file is ready: download it from `url`' },
    FAILED: { description: 'Stopped by an error (`error`); start a new one' },
  },
});

@InputType({
  description:
    "What to read. Give the filter that matches `kind` (the same input as that list's query); your data scope always applies on top.",
})
export class StartBulkExportInput {
  @Field(() => BulkExportKind, { description: 'Which records' })
  kind: BulkExportKind;

  @Field(() => BulkExportFormat, { defaultValue: 'JSONL', description: 'JSONL (default) or XLSX' })
  format: BulkExportFormat;

  @Field(() => CustomerFilter, { nullable: true, description: 'CUSTOMERS, CONTACTS, FOLLOW_UPS: which customers (as in `customers`)' })
  customerFilter?: CustomerFilter | null;

  @Field(() => OpportunityFilter, { nullable: true, description: 'OPPORTUNITIES: as in `opportunities`' })
  opportunityFilter?: OpportunityFilter | null;

  @Field(() => ContractFilter, { nullable: true, description: 'CONTRACTS: as in `contracts`' })
  contractFilter?: ContractFilter | null;

  @Field(() => PaymentPlanFilter, { nullable: true, description: 'PAYMENT_PLANS: as in `paymentPlans`' })
  paymentPlanFilter?: PaymentPlanFilter | null;

  @Field(() => ReceiptFilter, { nullable: true, description: 'RECEIPTS: as in `receipts`' })
  receiptFilter?: ReceiptFilter | null;

  @Field(() => InvoiceFilter, { nullable: true, description: 'INVOICES: as in `invoices`' })
  invoiceFilter?: InvoiceFilter | null;
}
