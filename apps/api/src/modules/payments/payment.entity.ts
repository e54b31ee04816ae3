import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { InvoiceStatus, InvoiceType, PaymentPlanStatus, ReceiptMethod } from './payment.enums';

@ObjectType({
  implements: Node,
  description: '收款计划: an amount expected by a due date; the plans of a contract never exceed its amount',
})
@Entity('payment_plans')
export class PaymentPlan {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @Field(() => LocalDateScalar, { description: '计划收款日期' })
  @Column({ type: 'date' })
  dueDate: string;

  @Field(() => MoneyScalar, { description: '计划金额' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;

  @Field(() => String, { nullable: true, description: '备注' })
  @Column({ type: 'text', nullable: true })
  remark: string | null;

  @Field({ description: 'When created' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field({ description: 'When last changed' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version, for updatePaymentPlan' })
  @Column({ type: 'int', default: 1 })
  version: number;

  /** Computed in SQL with every read (payment.sql.ts). */
  @Field(() => MoneyScalar, { description: '已收金额: receipts recorded against this plan' })
  receivedAmount: string;

  @Field(() => MoneyScalar, { description: '未收金额 = amount − receivedAmount' })
  outstandingAmount: string;

  @Field(() => PaymentPlanStatus, { description: 'PAID / PARTLY_PAID / OVERDUE / PENDING as of today (business time zone)' })
  status: PaymentPlanStatus;

  @Field(() => Int, { description: 'Days past the due date while not fully received (0 otherwise)' })
  overdueDays: number;
}

@ObjectType({ implements: Node, description: '回款: money received on a contract, optionally against one of its payment plans' })
@Entity('receipts')
export class Receipt {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @Column({ type: 'uuid', nullable: true })
  planId: string | null;

  @Field(() => MoneyScalar, { description: '回款金额' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;

  @Field(() => LocalDateScalar, { description: '回款日期' })
  @Column({ type: 'date' })
  receivedDate: string;

  @Field(() => ReceiptMethod, { description: '收款方式' })
  @Column({ type: 'varchar', length: 16 })
  method: ReceiptMethod;

  @Field(() => String, { nullable: true, description: '备注' })
  @Column({ type: 'text', nullable: true })
  remark: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @Field({ description: 'When recorded' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

@ObjectType({ implements: Node, description: '发票: an invoice issued on a contract' })
@Entity('invoices')
export class Invoice {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @Field({ description: '发票号码, unique among valid invoices' })
  @Column({ type: 'varchar', length: 40 })
  number: string;

  @Field(() => InvoiceType, { description: '发票类型' })
  @Column({ type: 'varchar', length: 16 })
  type: InvoiceType;

  @Field(() => MoneyScalar, { description: '发票金额 (valid invoices of a contract never exceed its amount)' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;

  @Field(() => LocalDateScalar, { description: '开票日期' })
  @Column({ type: 'date' })
  issuedDate: string;

  @Field(() => InvoiceStatus, { description: '发票状态' })
  @Column({ type: 'varchar', length: 16 })
  status: InvoiceStatus;

  @Field(() => String, { nullable: true, description: '备注 (and the reason when voided)' })
  @Column({ type: 'text', nullable: true })
  remark: string | null;

  @Column({ type: 'uuid', nullable: true })
  issuedById: string | null;

  @Field({ description: 'When recorded' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field({ description: 'When last changed' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version, for voidInvoice' })
  @Column({ type: 'int', default: 1 })
  version: number;
}

@ObjectType({ description: '应收: money of signed contracts, computed in SQL to the fen' })
export class Receivable {
  @Field(() => MoneyScalar, { description: '合同金额 of signed and completed contracts' })
  contracted: string;

  @Field(() => MoneyScalar, { description: '已回款 on those contracts' })
  received: string;

  @Field(() => MoneyScalar, { description: '未回款 = contracted − received' })
  outstanding: string;

  @Field(() => MoneyScalar, { description: '逾期未收: the unreceived part of payment plans whose due date has passed' })
  overdue: string;

  @Field(() => Int, { description: 'Longest overdue days among the unpaid plans (0 when none); drives the credit rating' })
  longestOverdueDays: number;
}
