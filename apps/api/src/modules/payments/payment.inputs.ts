import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { SortDirection } from '../customers/customer.inputs';
import { Invoice, PaymentPlan, Receipt } from './payment.entity';
import { InvoiceStatus, InvoiceType, PaymentOrderField, PaymentPlanStatus, ReceiptMethod } from './payment.enums';

@InputType({ description: 'A payment plan of a contract' })
export class PaymentPlanInput {
  @Field(() => LocalDateScalar, { description: '计划收款日期' })
  dueDate: string;

  @Field(() => MoneyScalar, { description: '计划金额 (> 0; all plans together ≤ the contract amount)' })
  amount: string;

  @Field(() => String, { nullable: true, description: '备注, e.g. 首付款 30%' })
  remark?: string | null;
}

@InputType({ description: 'Changes to a payment plan; omitted fields stay' })
export class UpdatePaymentPlanInput {
  @Field(() => LocalDateScalar, { nullable: true, description: '计划收款日期' })
  dueDate?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '计划金额 (not below what was received against it)' })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  remark?: string | null;
}

@InputType({ description: 'Money received on a signed contract' })
export class ReceiptInput {
  @Field(() => ID, { nullable: true, description: 'The payment plan it pays (of the same contract)' })
  planId?: string | null;

  @Field(() => MoneyScalar, { description: "回款金额 (> 0, ≤ the contract's outstanding amount and the plan's)" })
  amount: string;

  @Field(() => LocalDateScalar, { description: '回款日期 (not in the future)' })
  receivedDate: string;

  @Field(() => ReceiptMethod, { description: '收款方式' })
  method: ReceiptMethod;

  @Field(() => String, { nullable: true, description: '备注' })
  remark?: string | null;
}

@InputType({ description: 'An invoice issued on a signed contract' })
export class InvoiceInput {
  @Field({ description: '发票号码 (unique among valid invoices)' })
  number: string;

  @Field(() => InvoiceType, { description: '发票类型' })
  type: InvoiceType;

  @Field(() => MoneyScalar, { description: '发票金额 (> 0; valid invoices together ≤ the contract amount)' })
  amount: string;

  @Field(() => LocalDateScalar, { description: '开票日期 (not in the future)' })
  issuedDate: string;

  @Field(() => String, { nullable: true, description: '备注' })
  remark?: string | null;
}

@InputType({ description: 'Filters shared by the payment plan, receipt and invoice lists; all given must match' })
export class PaymentFilter {
  @Field(() => ID, { nullable: true, description: 'Of this customer' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this contract' })
  contractId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Dated on or after (due / received / issued date)' })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Dated on or before' })
  to?: string | null;
}

@InputType({ description: 'Filters of the payment plan list' })
export class PaymentPlanFilter extends PaymentFilter {
  @Field(() => [PaymentPlanStatus], { nullable: true, description: 'In any of these states (as of today)' })
  statuses?: PaymentPlanStatus[] | null;
}

@InputType({ description: 'Filters of the receipt list' })
export class ReceiptFilter extends PaymentFilter {
  @Field(() => [ReceiptMethod], { nullable: true, description: 'Paid in any of these ways' })
  methods?: ReceiptMethod[] | null;
}

@InputType({ description: 'Filters of the invoice list' })
export class InvoiceFilter extends PaymentFilter {
  @Field(() => [InvoiceStatus], { nullable: true, description: 'In any of these statuses' })
  statuses?: InvoiceStatus[] | null;

  @Field(() => [InvoiceType], { nullable: true, description: 'Of any of these types' })
  types?: InvoiceType[] | null;
}

@InputType({ description: 'Sort order of payment plans, receipts and invoices' })
export class PaymentOrder {
  @Field(() => PaymentOrderField, { description: 'Sort key' })
  field: PaymentOrderField;

  @Field(() => SortDirection, { nullable: true, description: 'ASC or DESC (default: ASC for plans, DESC otherwise)' })
  direction?: SortDirection | null;
}

@ObjectType({ description: 'A page of payment plans' })
export class PaymentPlanConnection extends Connection(PaymentPlan, 'PaymentPlan') {}

@ObjectType({ description: 'A page of receipts' })
export class ReceiptConnection extends Connection(Receipt, 'Receipt') {}

@ObjectType({ description: 'A page of invoices' })
export class InvoiceConnection extends Connection(Invoice, 'Invoice') {}
