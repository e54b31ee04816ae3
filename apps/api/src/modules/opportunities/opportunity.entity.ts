import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { DecimalScalar } from '../contracts/contract.enums';
import { OpportunityStage } from './opportunity.enums';

@ObjectType({ implements: Node, description: '商机: a sales opportunity with a customer, moving through stages to WON or LOST' })
@Entity('opportunities')
export class Opportunity {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Field({ description: '商机名称, e.g. XX 公司 ERP 系统采购' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => MoneyScalar, { description: '商机金额: the expected deal amount' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;

  @Field(() => OpportunityStage, { description: '商机阶段; change it with advanceOpportunity' })
  @Column({ type: 'varchar', length: 16 })
  stage: OpportunityStage;

  @Field(() => Int, { description: "赢率 in percent: the stage's default unless edited" })
  @Column({ type: 'int' })
  winRate: number;

  @Field(() => LocalDateScalar, { nullable: true, description: '预计成交日期' })
  @Column({ type: 'date', nullable: true })
  expectedCloseDate: string | null;

  @Field(() => String, { nullable: true, description: '输单原因 (when LOST)' })
  @Column({ type: 'text', nullable: true })
  lostReason: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  @Column({ type: 'text', nullable: true })
  remark: string | null;

  @Field(() => Date, { nullable: true, description: 'When it reached WON or LOST' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field({ description: 'When created' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field({ description: 'When last changed' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version, for updateOpportunity and advanceOpportunity' })
  @Column({ type: 'int', default: 1 })
  version: number;
}

@ObjectType({ implements: Node, description: 'One stage change of an opportunity: from, to, note, who and when' })
@Entity('opportunity_stage_changes')
export class OpportunityStageChange {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid' })
  opportunityId: string;

  @Field(() => OpportunityStage, { nullable: true, description: 'Stage before (null when the opportunity was created)' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStage: OpportunityStage | null;

  @Field(() => OpportunityStage, { description: 'Stage after' })
  @Column({ type: 'varchar', length: 16 })
  toStage: OpportunityStage;

  @Field(() => String, { nullable: true, description: 'Why, as noted by whoever moved it' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'When' })
  @Column({ type: 'timestamptz' })
  at: Date;
}

@ObjectType({ implements: Node, description: '商机产品: one product of an opportunity, with quantity and unit price' })
@Entity('opportunity_lines')
export class OpportunityLine {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid' })
  opportunityId: string;

  @Field(() => Int, { description: 'Position on the opportunity, from 1' })
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'uuid' })
  productId: string;

  @Field({ description: 'The product name when the line was written' })
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

  @Field(() => MoneyScalar, { description: '金额 = round(quantity × unitPrice, 2), computed by PostgreSQL' })
  @Column({ type: 'numeric', precision: 14, scale: 2, insert: false, update: false })
  amount: string;
}
