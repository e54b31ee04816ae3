import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ContractFilter } from '../contracts/contract.inputs';
import { CustomerFilter } from '../customers/customer.inputs';
import { OpportunityFilter } from '../opportunities/opportunity.inputs';
import { ReceiptFilter } from '../payments/payment.inputs';
import { ReportFilter, TopCustomersBy } from '../reports/report.inputs';

/** What is exported: a filtered list, or a report. */
export const ExportKind = {
  CUSTOMERS: 'CUSTOMERS',
  CONTRACTS: 'CONTRACTS',
  OPPORTUNITIES: 'OPPORTUNITIES',
  RECEIPTS: 'RECEIPTS',
  REPORT: 'REPORT',
} as const;
export type ExportKind = (typeof ExportKind)[keyof typeof ExportKind];
registerEnumType(ExportKind, {
  name: 'ExportKind',
  description: 'What an export contains',
  valuesConfig: {
    CUSTOMERS: { description: '客户列表: the customer list with `customerFilter` applied, within your data scope (XLSX)' },
    CONTRACTS: { description: '合同列表: the contract list with `contractFilter` applied, with received and outstanding amounts (XLSX)' },
    OPPORTUNITIES: { description: '商机列表: the opportunity list with `opportunityFilter` applied (XLSX)' },
    RECEIPTS: { description: '回款列表: the receipt list with `receiptFilter` applied (XLSX)' },
    REPORT: { description: '报表: the report named by `report` with `reportFilter` (XLSX or PDF)' },
  },
});

export const ExportFormat = { XLSX: 'XLSX', PDF: 'PDF' } as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'File format of an export',
  valuesConfig: {
    XLSX: { description: 'Excel workbook (.xlsx); lists stream row by row, so any size works' },
    PDF: { description: "PDF document with the report's figures in tables (reports only)" },
  },
});

/** The reports that can be exported: one per report query. */
export const ReportKind = {
  CUSTOMERS: 'CUSTOMERS',
  OPPORTUNITIES: 'OPPORTUNITIES',
  SALES_PERFORMANCE: 'SALES_PERFORMANCE',
  MONEY: 'MONEY',
  RECEIPTS: 'RECEIPTS',
  TOP_CUSTOMERS: 'TOP_CUSTOMERS',
  SATISFACTION: 'SATISFACTION',
} as const;
export type ReportKind = (typeof ReportKind)[keyof typeof ReportKind];
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'A report, as its query computes it',
  valuesConfig: {
    CUSTOMERS: { description: '客户统计 (customerReport)' },
    OPPORTUNITIES: { description: '商机统计 (opportunityReport)' },
    SALES_PERFORMANCE: { description: '销售业绩 (salesPerformanceReport)' },
    MONEY: { description: '合同与回款 (moneyReport)' },
    RECEIPTS: { description: '回款明细 (receiptReport): every receipt of the range' },
    TOP_CUSTOMERS: { description: '客户排行 (topCustomersReport, top 100)' },
    SATISFACTION: { description: '回访满意度 (satisfactionReport)' },
  },
});

@InputType({ description: "What to export. Give the filter that matches `kind`; the caller's data scope always applies on top." })
export class CreateExportInput {
  @Field(() => ExportKind, { description: 'A list or a report' })
  kind: ExportKind;

  @Field(() => ExportFormat, { defaultValue: 'XLSX', description: 'XLSX (default) or PDF (reports only)' })
  format: ExportFormat;

  @Field(() => CustomerFilter, { nullable: true, description: 'kind CUSTOMERS: the same filter as the customers query' })
  customerFilter?: CustomerFilter | null;

  @Field(() => ContractFilter, { nullable: true, description: 'kind CONTRACTS: the same filter as the contracts query' })
  contractFilter?: ContractFilter | null;

  @Field(() => OpportunityFilter, { nullable: true, description: 'kind OPPORTUNITIES: the same filter as the opportunities query' })
  opportunityFilter?: OpportunityFilter | null;

  @Field(() => ReceiptFilter, { nullable: true, description: 'kind RECEIPTS: the same filter as the receipts query' })
  receiptFilter?: ReceiptFilter | null;

  @Field(() => ReportKind, { nullable: true, description: 'kind REPORT: which report (required)' })
  report?: ReportKind | null;

  @Field(() => ReportFilter, { nullable: true, description: "kind REPORT: the report's filter (range, owners or team, period)" })
  reportFilter?: ReportFilter | null;

  @Field(() => TopCustomersBy, { nullable: true, description: 'report TOP_CUSTOMERS: rank by (default SIGNED)' })
  topCustomersBy?: TopCustomersBy | null;
}

@InputType({ description: 'Filters of the export audit list' })
export class ExportAuditFilter {
  @Field(() => ID, { nullable: true, description: 'Only exports by this user' })
  userId?: string | null;
}
