import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { SortDirection } from '../customers/customer.inputs';
import { FunnelStage } from '../reports/report.types';
import { Opportunity } from './opportunity.entity';
import { DecimalScalar } from '../contracts/contract.enums';
import { OpportunityOrderField, OpportunityStage } from './opportunity.enums';

@InputType({ description: '商机产品: a catalogue product with quantity and unit price' })
export class OpportunityLineInput {
  @Field(() => ID, { description: 'Product (an active one); name and unit are copied from it' })
  productId: string;

  @Field(() => DecimalScalar, { description: '数量 (> 0)' })
  quantity: string;

  @Field(() => MoneyScalar, { nullable: true, description: "单价 (≥ 0; default: the product's list price)" })
  unitPrice?: string | null;
}

@InputType({ description: 'A new opportunity' })
export class CreateOpportunityInput {
  @Field({ description: '商机名称 (1–100 characters)' })
  name: string;

  @Field(() => MoneyScalar, { nullable: true, description: "商机金额 (≥ 0; default: the lines' sum, or 0 without lines)" })
  amount?: string | null;

  @Field(() => [OpportunityLineInput], { nullable: true, description: '商机产品 (the amount defaults to their sum)' })
  lines?: OpportunityLineInput[] | null;

  @Field(() => OpportunityStage, { nullable: true, description: 'Starting stage (default INITIAL; not WON or LOST)' })
  stage?: OpportunityStage | null;

  @Field(() => Int, { nullable: true, description: "赢率 0–100 (default: the stage's)" })
  winRate?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '预计成交日期' })
  expectedCloseDate?: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  remark?: string | null;

  @Field(() => ID, { nullable: true, description: "Owner (default: the customer's owner, or you for a pool customer)" })
  ownerId?: string | null;
}

@InputType({ description: 'Changes to an opportunity; the stage changes only through advanceOpportunity' })
export class UpdateOpportunityInput {
  @Field(() => String, { nullable: true, description: '商机名称' })
  name?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '商机金额 (kept as given: changing the lines does not rewrite it)' })
  amount?: string | null;

  @Field(() => [OpportunityLineInput], { nullable: true, description: '商机产品: replaces all lines (null or [] removes them)' })
  lines?: OpportunityLineInput[] | null;

  @Field(() => Int, { nullable: true, description: '赢率 0–100' })
  winRate?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '预计成交日期 (null clears it)' })
  expectedCloseDate?: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  remark?: string | null;
}

@InputType({ description: 'Filters of the opportunity list; all given must match' })
export class OpportunityFilter {
  @Field(() => ID, { nullable: true, description: 'Of this customer' })
  customerId?: string | null;

  @Field(() => [OpportunityStage], { nullable: true, description: 'In any of these stages' })
  stages?: OpportunityStage[] | null;

  @Field(() => [ID], { nullable: true, description: 'Owned by any of these users' })
  ownerIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text' })
  search?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Expected to close on or after' })
  expectedCloseFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Expected to close on or before' })
  expectedCloseTo?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Closed (won or lost) on or after this business date' })
  closedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Closed (won or lost) on or before this business date' })
  closedTo?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only opportunities owned by this user or anyone below them (a team)' })
  teamOf?: string | null;
}

@InputType({ description: 'Sort order of the opportunity list' })
export class OpportunityOrder {
  @Field(() => OpportunityOrderField, { description: 'Sort key' })
  field: OpportunityOrderField;

  @Field(() => SortDirection, { nullable: true, description: 'ASC or DESC (default DESC)' })
  direction?: SortDirection | null;
}

@ObjectType({ description: 'A page of opportunities' })
export class OpportunityConnection extends Connection(Opportunity, 'Opportunity') {
  /** Computed only when the client asks for it (like totalCount). */
  totalsByStage: () => Promise<FunnelStage[]>;

  @Field(() => [FunnelStage], {
    description:
      'Count, amount and weighted amount of each stage over the whole list (all pages), with the same filter: the kanban column totals',
  })
  stageTotals(): Promise<FunnelStage[]> {
    return this.totalsByStage();
  }
}
