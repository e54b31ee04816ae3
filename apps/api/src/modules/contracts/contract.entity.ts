import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { ContractAction, ContractKind, ContractStatus, DecimalScalar } from './contract.enums';

/** One item of a contract's review checklist as stored (contracts.review_checklist). */
export interface StoredChecklistItem {
  item: string;
  checkedById: string | null;
  checkedAt: string | null;
}

@ObjectType({ description: "审核项: a clause of the template's review checklist, confirmed or not" })
export class ContractChecklistItem {
  @Field({ description: 'The clause to confirm, e.g. 付款条件已确认' })
  item: string;

  @Field({ description: 'Whether it has been confirmed' })
  checked: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was confirmed' })
  checkedAt: Date | null;

  /** Who confirmed it (resolved as `checkedBy`). */
  checkedById: string | null;
}

@ObjectType({ implements: Node, description: '合同: a sales contract with its lines, approval flow, payment plans, receipts and invoices' })
@Entity('contracts')
export class Contract {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid', nullable: true })
  opportunityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Field({ description: '合同编号, unique; generated from the configured pattern (e.g. HT-2026-0001), editable until signed' })
  @Column({ type: 'varchar', length: 40 })
  number: string;

  @Field({ description: '合同名称' })
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Field(() => ContractKind, { description: 'STANDARD or SUPPLEMENTARY (with a parent)' })
  @Column({ type: 'varchar', length: 16 })
  kind: ContractKind;

  @Field(() => ContractStatus, { description: '合同状态' })
  @Column({ type: 'varchar', length: 16 })
  status: ContractStatus;

  @Field(() => MoneyScalar, { description: '合同金额: the sum of the lines, computed in SQL' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '签订日期 (set by signContract)' })
  @Column({ type: 'date', nullable: true })
  signedAt: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '开始日期' })
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '结束日期 (drives the expiry reminder)' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  @Column({ type: 'text', nullable: true })
  remark: string | null;

  /** The template its document was last generated from (its checklist is `reviewChecklist`). */
  @Column({ type: 'uuid', nullable: true })
  templateId: string | null;

  /** Stored checklist; GraphQL reads it through `reviewChecklist`. */
  @Column({ type: 'jsonb', default: [] })
  reviewChecklist: StoredChecklistItem[];

  @Field(() => Date, {
    nullable: true,
    description: '归档时间: set when the signed scan (SIGNED_SCAN) of a signed contract is uploaded; non-null means 已归档',
  })
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => String, { nullable: true, description: '终止原因 (when TERMINATED)' })
  @Column({ type: 'text', nullable: true })
  terminationReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field({ description: 'When drafted' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field({ description: 'When last changed' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version: send it with every contract mutation' })
  @Column({ type: 'int', default: 1 })
  version: number;
}

@ObjectType({ implements: Node, description: '合同明细: one line of a contract' })
@Entity('contract_lines')
export class ContractLine {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @Field(() => Int, { description: 'Position on the contract, from 1' })
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'uuid', nullable: true })
  productId: string | null;

  @Field({ description: 'What is sold (the product name unless given)' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: '单位' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  unit: string | null;

  @Field(() => DecimalScalar, { description: '数量' })
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  quantity: string;

  @Field(() => MoneyScalar, { description: '单价' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  unitPrice: string;

  @Field(() => DecimalScalar, { description: '折扣 in percent off, 0–100 (e.g. "10" = 九折)' })
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  discountPercent: string;

  @Field(() => MoneyScalar, {
    description: '金额 = round(quantity × unitPrice × (100 − discountPercent) / 100, 2), computed by PostgreSQL',
  })
  @Column({ type: 'numeric', precision: 14, scale: 2, insert: false, update: false })
  amount: string;
}

@ObjectType({ implements: Node, description: "审批记录: one step of a contract's approval flow, with who, when and comment" })
@Entity('contract_approvals')
export class ContractApproval {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @Field(() => ContractAction, { description: 'What was done' })
  @Column({ type: 'varchar', length: 16 })
  action: ContractAction;

  @Field(() => ContractStatus, { description: 'Status before' })
  @Column({ type: 'varchar', length: 16 })
  fromStatus: ContractStatus;

  @Field(() => ContractStatus, { description: 'Status after' })
  @Column({ type: 'varchar', length: 16 })
  toStatus: ContractStatus;

  @Column({ type: 'uuid' })
  actorId: string;

  @Field(() => String, { nullable: true, description: '审批意见 / comment' })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field({ description: 'When' })
  @Column({ type: 'timestamptz' })
  at: Date;
}

@ObjectType({ description: '审核意见: a comment a reviewer left on a contract; kept with it' })
@Entity('contract_review_comments')
export class ContractReviewComment {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Field({ description: 'The comment' })
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'When' })
  @Column({ type: 'timestamptz' })
  at: Date;
}
