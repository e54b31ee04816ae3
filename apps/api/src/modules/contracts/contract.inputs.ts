import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { SortDirection } from '../customers/customer.inputs';
import { Contract } from './contract.entity';
import { ContractKind, ContractOrderField, ContractStatus, DecimalScalar } from './contract.enums';

@InputType({ description: 'A contract line: a product (or a free-text item) with quantity, unit price and discount' })
export class ContractLineInput {
  @Field(() => ID, { nullable: true, description: 'Product (an active one); name, unit and price default from it' })
  productId?: string | null;

  @Field(() => String, { nullable: true, description: 'Item name (required without a product)' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '单位' })
  unit?: string | null;

  @Field(() => DecimalScalar, { description: '数量 (> 0)' })
  quantity: string;

  @Field(() => MoneyScalar, { nullable: true, description: "单价 (≥ 0; default: the product's list price)" })
  unitPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '折扣 in percent off, 0–100 (default 0)' })
  discountPercent?: string | null;
}

@InputType({ description: 'Fields of a contract that are edited while it is a draft' })
export class ContractFieldsInput {
  @Field(() => String, { nullable: true, description: '合同编号: leave empty to generate one from the pattern' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: '合同名称 (1–100 characters)' })
  title?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '开始日期' })
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '结束日期 (not before the start)' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  remark?: string | null;

  @Field(() => [ContractLineInput], { nullable: true, description: 'Lines (replaces all lines); the amount is their sum' })
  lines?: ContractLineInput[] | null;
}

@InputType({ description: 'A new contract (a DRAFT)' })
export class CreateContractInput extends ContractFieldsInput {
  @Field(() => ID, { description: 'Customer' })
  customerId: string;

  @Field(() => ID, { nullable: true, description: 'The opportunity it comes from (of the same customer); signing wins it' })
  opportunityId?: string | null;

  @Field(() => ContractKind, { nullable: true, description: 'STANDARD (default) or SUPPLEMENTARY' })
  kind?: ContractKind | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The contract a SUPPLEMENTARY contract amends (a STANDARD contract of the same customer)',
  })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Owner (default: the customer's owner)" })
  ownerId?: string | null;
}

@InputType({ description: 'Changes to a contract: everything while DRAFT; only the number until it is signed' })
export class UpdateContractInput extends ContractFieldsInput {}

@InputType({ description: 'Filters of the contract list; all given must match' })
export class ContractFilter {
  @Field(() => ID, { nullable: true, description: 'Of this customer' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'From this opportunity' })
  opportunityId?: string | null;

  @Field(() => [ContractStatus], { nullable: true, description: 'In any of these statuses' })
  statuses?: ContractStatus[] | null;

  @Field(() => ContractKind, { nullable: true, description: 'Of this kind' })
  kind?: ContractKind | null;

  @Field(() => [ID], { nullable: true, description: 'Owned by any of these users' })
  ownerIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Number or title contains this text' })
  search?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Signed on or after' })
  signedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Signed on or before' })
  signedTo?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Ending on or before (expiring contracts)' })
  endsBy?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Waiting for my approval (PENDING, owned by someone below me; any for admins)' })
  awaitingMyApproval?: boolean | null;
}

@InputType({ description: 'Sort order of the contract list' })
export class ContractOrder {
  @Field(() => ContractOrderField, { description: 'Sort key' })
  field: ContractOrderField;

  @Field(() => SortDirection, { nullable: true, description: 'ASC or DESC (default DESC)' })
  direction?: SortDirection | null;
}

@ObjectType({ description: 'A page of contracts' })
export class ContractConnection extends Connection(Contract, 'Contract') {}
