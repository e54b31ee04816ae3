import type DataLoader from 'dataloader';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { creditRating } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { Contract } from '../contracts/contract.entity';
import { contractsByCustomer } from '../contracts/contract.loaders';
import { nestedLimit } from '../contracts/deal-common';
import { Customer } from '../customers/customer.entity';
import { customerRelation } from '../customers/customer.prefetch';
import { Opportunity } from '../opportunities/opportunity.entity';
import { opportunitiesByCustomer } from '../opportunities/opportunity.loaders';
import { Invoice, PaymentPlan, Receipt, Receivable } from '../payments/payment.entity';
import { invoicesByCustomer, plansByCustomer, receiptsByCustomer, receivableByCustomer } from '../payments/payment.loaders';
import { CreditRating, DealSettings, DealSettingsInput } from './deal-settings.entity';
import { getDealSettings, recomputeGrades, updateDealSettings } from './grading.service';
import { cleanGradeFactors, GradeFactorsInput, GradeFactorsType, loadGradeFactors, saveGradeFactors } from './grading.factors';
import { CustomerGradeInfo, gradeInfo } from './grading.info';

@ArgsType()
class NestedListArgs {
  @Field(() => Int, { nullable: true, description: 'At most this many, 1–100 (default 50)' })
  first?: number | null;
}

// How each relation loads from the customer's id alone, for its field resolver and for customer(id) ahead of it
// (customers/customer.prefetch.ts).
const nestedList = <V>(field: string, list: (ctx: Context, args: { limit: number }) => DataLoader<string, V>) =>
  customerRelation(field, (ctx, id: string, { first }: NestedListArgs) =>
    ctx.loaders.getVariant(list, { limit: nestedLimit(first) }).load(id),
  );
const opportunitiesOf = nestedList('opportunities', opportunitiesByCustomer);
const contractsOf = nestedList('contracts', contractsByCustomer);
const plansOf = nestedList('paymentPlans', plansByCustomer);
const receiptsOf = nestedList('receipts', receiptsByCustomer);
const invoicesOf = nestedList('invoices', invoicesByCustomer);
const receivableOf = customerRelation('receivable', (ctx, id: string) => ctx.loaders.get(receivableByCustomer).load(id));
customerRelation('creditRating', receivableOf);

/**
 * The deal relations of a customer (its 360 tabs). The customer was already checked against the caller's
 * scope; each relation is one batched statement for every customer in the response.
 */
@Resolver(() => Customer)
export class CustomerDealsResolver {
  @FieldResolver(() => [Opportunity], { description: '商机, newest first' })
  opportunities(@Root() c: Customer, @Args() { first }: NestedListArgs, @Ctx() ctx: Context) {
    return opportunitiesOf(ctx, c.id, { first });
  }

  @FieldResolver(() => [Contract], { description: '合同, newest first' })
  contracts(@Root() c: Customer, @Args() { first }: NestedListArgs, @Ctx() ctx: Context) {
    return contractsOf(ctx, c.id, { first });
  }

  @FieldResolver(() => [PaymentPlan], { description: '收款计划 of all its contracts, by due date' })
  paymentPlans(@Root() c: Customer, @Args() { first }: NestedListArgs, @Ctx() ctx: Context) {
    return plansOf(ctx, c.id, { first });
  }

  @FieldResolver(() => [Receipt], { description: '回款, newest first' })
  receipts(@Root() c: Customer, @Args() { first }: NestedListArgs, @Ctx() ctx: Context) {
    return receiptsOf(ctx, c.id, { first });
  }

  @FieldResolver(() => [Invoice], { description: '发票, newest first' })
  invoices(@Root() c: Customer, @Args() { first }: NestedListArgs, @Ctx() ctx: Context) {
    return invoicesOf(ctx, c.id, { first });
  }

  @FieldResolver(() => Receivable, { description: '应收 over its signed contracts, exact to the fen' })
  receivable(@Root() c: Customer, @Ctx() ctx: Context) {
    return receivableOf(ctx, c.id, {});
  }

  @FieldResolver(() => CreditRating, { description: '信用评级 A / B / C from the longest overdue days (none / ≤ 30 / > 30)' })
  async creditRating(@Root() c: Customer, @Ctx() ctx: Context) {
    return creditRating((await receivableOf(ctx, c.id, {})).longestOverdueDays);
  }

  @FieldResolver(() => CustomerGradeInfo, {
    description: '客户等级 with its reason: 12-month amount, tenure and credit by the rule in force, or pinned by hand',
  })
  gradeInfo(@Root() c: Customer, @Ctx() ctx: Context) {
    return gradeInfo(c, ctx);
  }
}

@Resolver(() => DealSettings)
export class DealSettingsResolver {
  @Query(() => DealSettings, { description: 'Deal settings: contract number pattern and grading thresholds' })
  dealSettings(@Ctx() ctx: Context) {
    requireUser(ctx);
    return getDealSettings(ctx.dataSource);
  }

  @Mutation(() => DealSettings, { description: 'Change the deal settings (admins); a stale `version` is a CONFLICT' })
  updateDealSettings(
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => DealSettingsInput, { description: 'Fields to change' }) input: DealSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return updateDealSettings(ctx, version, input);
  }

  @Query(() => GradeFactorsType, { description: '分级因素: tenure and credit beside the amount thresholds (everyone may read them)' })
  gradingFactors(@Ctx() ctx: Context) {
    requireUser(ctx);
    return loadGradeFactors(ctx.dataSource.manager);
  }

  @Mutation(() => GradeFactorsType, {
    description: 'Set the grading factors (admins); they apply at the next regrading (重新分级, or when a contract is signed)',
  })
  async updateGradingFactors(
    @Arg('input', () => GradeFactorsInput, { description: 'Both factors' }) input: GradeFactorsInput,
    @Ctx() ctx: Context,
  ) {
    const user = requireUser(ctx);
    assertCan(user, 'settings.manage');
    const f = cleanGradeFactors(input);
    await saveGradeFactors(ctx.dataSource.manager, f, user.id, ctx.clock.now());
    return f;
  }

  @Mutation(() => Int, {
    description: '重新分级 (admins): apply the thresholds to every customer whose grade is not pinned; returns how many changed',
  })
  recomputeGrades(@Ctx() ctx: Context) {
    const user = requireUser(ctx);
    assertCan(user, 'settings.manage');
    return recomputeGrades(ctx.dataSource, ctx.clock, ctx.config.businessTimeZone, user.id);
  }
}
