import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BidirectionalPageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Contract } from '../contracts/contract.entity';
import { contractById } from '../contracts/contract.loaders';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { Invoice, PaymentPlan, Receipt } from './payment.entity';
import {
  InvoiceConnection,
  InvoiceFilter,
  InvoiceInput,
  PaymentOrder,
  PaymentPlanConnection,
  PaymentPlanFilter,
  PaymentPlanInput,
  ReceiptConnection,
  ReceiptFilter,
  ReceiptInput,
  UpdatePaymentPlanInput,
} from './payment.inputs';
import { listInvoices, listPaymentPlans, listReceipts } from './payment.list';
import { planById, receiptsByPlan } from './payment.loaders';
import * as payments from './payment.service';

const ORDER_ARG = { nullable: true, description: 'Sort order (plans: due date ascending; receipts and invoices: newest first)' } as const;

@Resolver(() => PaymentPlan)
export class PaymentPlanResolver {
  @FieldResolver(() => Contract, { description: 'The contract' })
  contract(@Root() p: PaymentPlan, @Ctx() ctx: Context) {
    return ctx.loaders.get(contractById).load(p.contractId);
  }

  @FieldResolver(() => [Receipt], { description: 'Receipts recorded against this plan, oldest first' })
  receipts(@Root() p: PaymentPlan, @Ctx() ctx: Context) {
    return ctx.loaders.get(receiptsByPlan).load(p.id);
  }

  @Query(() => PaymentPlanConnection, { description: '收款计划列表: plans of the contracts of customers you may see' })
  paymentPlans(
    @Arg('filter', () => PaymentPlanFilter, { nullable: true, description: 'Filters; all given must match' })
    filter: PaymentPlanFilter | null,
    @Arg('orderBy', () => PaymentOrder, ORDER_ARG) orderBy: PaymentOrder | null,
    @Args() page: BidirectionalPageArgs,
    @Ctx() ctx: Context,
  ) {
    return listPaymentPlans(ctx, PaymentPlanConnection, { filter, orderBy, ...page });
  }

  @Mutation(() => PaymentPlan, { description: '添加收款计划: refused when the plans would exceed the contract amount' })
  addPaymentPlan(
    @Arg('contractId', () => ID, { description: 'Contract id' }) contractId: string,
    @Arg('input', () => PaymentPlanInput, { description: 'The plan' }) input: PaymentPlanInput,
    @Ctx() ctx: Context,
  ) {
    return payments.addPaymentPlan(ctx, contractId, input);
  }

  @Mutation(() => PaymentPlan, { description: 'Edit a payment plan; the plans still may not exceed the contract amount' })
  updatePaymentPlan(
    @Arg('id', () => ID, { description: 'Plan id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => UpdatePaymentPlanInput, { description: 'Fields to change' }) input: UpdatePaymentPlanInput,
    @Ctx() ctx: Context,
  ) {
    return payments.updatePaymentPlan(ctx, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Delete a payment plan without receipts' })
  deletePaymentPlan(@Arg('id', () => ID, { description: 'Plan id' }) id: string, @Ctx() ctx: Context) {
    return payments.deletePaymentPlan(ctx, id);
  }
}

@Resolver(() => Receipt)
export class ReceiptResolver {
  @FieldResolver(() => Contract, { description: 'The contract' })
  contract(@Root() r: Receipt, @Ctx() ctx: Context) {
    return ctx.loaders.get(contractById).load(r.contractId);
  }

  @FieldResolver(() => PaymentPlan, { nullable: true, description: 'The plan it pays, if any' })
  plan(@Root() r: Receipt, @Ctx() ctx: Context) {
    return r.planId ? ctx.loaders.get(planById).load(r.planId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded it' })
  recordedBy(@Root() r: Receipt, @Ctx() ctx: Context) {
    return r.recordedById ? ctx.loaders.get(userById).load(r.recordedById) : null;
  }

  @Query(() => ReceiptConnection, { description: '回款列表: receipts on contracts of customers you may see' })
  receipts(
    @Arg('filter', () => ReceiptFilter, { nullable: true, description: 'Filters; all given must match' }) filter: ReceiptFilter | null,
    @Arg('orderBy', () => PaymentOrder, ORDER_ARG) orderBy: PaymentOrder | null,
    @Args() page: BidirectionalPageArgs,
    @Ctx() ctx: Context,
  ) {
    return listReceipts(ctx, ReceiptConnection, { filter, orderBy, ...page });
  }

  @Mutation(() => Receipt, {
    description:
      '登记回款 on a signed contract: refused when larger than the outstanding amount (of the contract, and of the plan when given)',
  })
  recordReceipt(
    @Arg('contractId', () => ID, { description: 'Contract id' }) contractId: string,
    @Arg('input', () => ReceiptInput, { description: 'The receipt' }) input: ReceiptInput,
    @Ctx() ctx: Context,
  ) {
    return payments.recordReceipt(ctx, contractId, input);
  }

  @Mutation(() => Boolean, { description: 'Delete a receipt entered by mistake (kept in the change log)' })
  deleteReceipt(@Arg('id', () => ID, { description: 'Receipt id' }) id: string, @Ctx() ctx: Context) {
    return payments.deleteReceipt(ctx, id);
  }
}

@Resolver(() => Invoice)
export class InvoiceResolver {
  @FieldResolver(() => Contract, { description: 'The contract' })
  contract(@Root() i: Invoice, @Ctx() ctx: Context) {
    return ctx.loaders.get(contractById).load(i.contractId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who issued it' })
  issuedBy(@Root() i: Invoice, @Ctx() ctx: Context) {
    return i.issuedById ? ctx.loaders.get(userById).load(i.issuedById) : null;
  }

  @Query(() => InvoiceConnection, { description: '发票列表: invoices on contracts of customers you may see' })
  invoices(
    @Arg('filter', () => InvoiceFilter, { nullable: true, description: 'Filters; all given must match' }) filter: InvoiceFilter | null,
    @Arg('orderBy', () => PaymentOrder, ORDER_ARG) orderBy: PaymentOrder | null,
    @Args() page: BidirectionalPageArgs,
    @Ctx() ctx: Context,
  ) {
    return listInvoices(ctx, InvoiceConnection, { filter, orderBy, ...page });
  }

  @Mutation(() => Invoice, { description: '开票 on a signed contract: refused when the valid invoices would exceed the contract amount' })
  issueInvoice(
    @Arg('contractId', () => ID, { description: 'Contract id' }) contractId: string,
    @Arg('input', () => InvoiceInput, { description: 'The invoice' }) input: InvoiceInput,
    @Ctx() ctx: Context,
  ) {
    return payments.issueInvoice(ctx, contractId, input);
  }

  @Mutation(() => Invoice, { description: '作废发票: void an invoice (its number becomes free again)' })
  voidInvoice(
    @Arg('id', () => ID, { description: 'Invoice id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('reason', () => String, { description: 'Why (required)' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return payments.voidInvoice(ctx, id, version, reason);
  }
}
