import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BidirectionalPageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { LocalDateScalar } from '../../graphql/scalars';
import { Customer } from '../customers/customer.entity';
import { customerById } from '../customers/customer.loaders';
import { Opportunity } from '../opportunities/opportunity.entity';
import { opportunityById } from '../opportunities/opportunity.loaders';
import { Invoice, PaymentPlan, Receipt, Receivable } from '../payments/payment.entity';
import { invoicesByContract, plansByContract, receiptsByContract, receivableByContract } from '../payments/payment.loaders';
import { Product } from '../products/product.entity';
import { productById } from '../products/product.service';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { Contract, ContractApproval, ContractLine } from './contract.entity';
import * as flow from './contract.flow';
import { ContractConnection, ContractFilter, ContractOrder, CreateContractInput, UpdateContractInput } from './contract.inputs';
import { getContract, listContracts } from './contract.list';
import { approvalsByContract, contractById, linesByContract, supplementsByParent } from './contract.loaders';
import * as contracts from './contract.service';

const ID_ARG = { description: 'Contract id' } as const;
const VERSION_ARG = { description: 'The version you read; a stale one is a CONFLICT' } as const;

@Resolver(() => Contract)
export class ContractResolver {
  @FieldResolver(() => Customer, { description: 'The customer' })
  customer(@Root() k: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.get(customerById).load(k.customerId);
  }

  @FieldResolver(() => Opportunity, { nullable: true, description: 'The opportunity it comes from' })
  opportunity(@Root() k: Contract, @Ctx() ctx: Context) {
    return k.opportunityId ? ctx.loaders.get(opportunityById).load(k.opportunityId) : null;
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract a supplementary contract amends' })
  parent(@Root() k: Contract, @Ctx() ctx: Context) {
    return k.parentId ? ctx.loaders.get(contractById).load(k.parentId) : null;
  }

  @FieldResolver(() => [Contract], { description: 'Supplementary contracts amending this one' })
  supplements(@Root() k: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.get(supplementsByParent).load(k.id);
  }

  @FieldResolver(() => User, { description: '负责人' })
  owner(@Root() k: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(k.ownerId);
  }

  @FieldResolver(() => [ContractLine], { description: '合同明细, in order' })
  lines(@Root() k: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.get(linesByContract).load(k.id);
  }

  @FieldResolver(() => [ContractApproval], { description: '审批记录: every step of the flow, oldest first' })
  approvals(@Root() k: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.get(approvalsByContract).load(k.id);
  }

  @FieldResolver(() => [PaymentPlan], { description: '收款计划, by due date' })
  paymentPlans(@Root() k: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.get(plansByContract).load(k.id);
  }

  @FieldResolver(() => [Receipt], { description: '回款, newest first' })
  receipts(@Root() k: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.get(receiptsByContract).load(k.id);
  }

  @FieldResolver(() => [Invoice], { description: '发票, newest first' })
  invoices(@Root() k: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.get(invoicesByContract).load(k.id);
  }

  @FieldResolver(() => Receivable, { description: '应收: contracted, received, outstanding and overdue (zero until signed)' })
  receivable(@Root() k: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.get(receivableByContract).load(k.id);
  }

  @Query(() => ContractConnection, { description: '合同列表: contracts of customers you may see, filtered, sorted and paged' })
  contracts(
    @Arg('filter', () => ContractFilter, { nullable: true, description: 'Filters; all given must match' }) filter: ContractFilter | null,
    @Arg('orderBy', () => ContractOrder, { nullable: true, description: 'Sort order (default: newest first)' })
    orderBy: ContractOrder | null,
    @Args() page: BidirectionalPageArgs,
    @Ctx() ctx: Context,
  ) {
    return listContracts(ctx, ContractConnection, { filter, orderBy, ...page });
  }

  @Query(() => Contract, {
    nullable: true,
    description: 'One contract by id, or null when it does not exist or you may not see its customer',
  })
  contract(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: Context) {
    return getContract(ctx, id);
  }

  @Mutation(() => Contract, { description: '起草合同: a new DRAFT; the number is generated from the pattern unless given' })
  createContract(
    @Arg('input', () => CreateContractInput, { description: 'The contract' }) input: CreateContractInput,
    @Ctx() ctx: Context,
  ) {
    return contracts.createContract(ctx, input);
  }

  @Mutation(() => Contract, { description: 'Edit a DRAFT contract (lines replace all lines); only the number may change until signing' })
  updateContract(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => UpdateContractInput, { description: 'Fields to change' }) input: UpdateContractInput,
    @Ctx() ctx: Context,
  ) {
    return contracts.updateContract(ctx, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Delete a DRAFT contract' })
  deleteContract(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: Context) {
    return contracts.deleteContract(ctx, id);
  }

  @Mutation(() => Contract, { description: '提交审批: DRAFT → PENDING (needs at least one line)' })
  submitContract(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('comment', () => String, { nullable: true, description: 'Note for the reviewer' }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return flow.submitContract(ctx, id, version, comment);
  }

  @Mutation(() => Contract, { description: '审批通过: PENDING → APPROVED, by a manager above the owner or an admin, never your own' })
  approveContract(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('comment', () => String, { nullable: true, description: '审批意见' }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return flow.approveContract(ctx, id, version, comment);
  }

  @Mutation(() => Contract, { description: '驳回: PENDING → DRAFT with a required comment, by a manager above the owner or an admin' })
  rejectContract(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('comment', () => String, { description: '驳回意见 (required)' }) comment: string,
    @Ctx() ctx: Context,
  ) {
    return flow.rejectContract(ctx, id, version, comment);
  }

  @Mutation(() => Contract, {
    description: '签订: APPROVED → SIGNED; the customer becomes WON and the opportunity WON in the same transaction',
  })
  signContract(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('signedAt', () => LocalDateScalar, { description: '签订日期 (not in the future)' }) signedAt: string,
    @Arg('comment', () => String, { nullable: true, description: 'Note' }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return flow.signContract(ctx, id, version, signedAt, comment);
  }

  @Mutation(() => Contract, { description: '完成: SIGNED → COMPLETED' })
  completeContract(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('comment', () => String, { nullable: true, description: 'Note' }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return flow.completeContract(ctx, id, version, comment);
  }

  @Mutation(() => Contract, { description: '终止: SIGNED → TERMINATED with a required reason' })
  terminateContract(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('reason', () => String, { description: '终止原因 (required)' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return flow.terminateContract(ctx, id, version, reason);
  }
}

@Resolver(() => ContractLine)
export class ContractLineResolver {
  @FieldResolver(() => Product, { nullable: true, description: 'The product, when the line was picked from the catalogue' })
  product(@Root() l: ContractLine, @Ctx() ctx: Context) {
    return l.productId ? ctx.loaders.get(productById).load(l.productId) : null;
  }
}

@Resolver(() => ContractApproval)
export class ContractApprovalResolver {
  @FieldResolver(() => User, { description: 'Who did it' })
  actor(@Root() a: ContractApproval, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(a.actorId);
  }
}
