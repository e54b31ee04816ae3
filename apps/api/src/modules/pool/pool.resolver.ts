import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { BidirectionalPageArgs, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { Customer } from '../customers/customer.entity';
import { CustomerFilter, CustomerOrder } from '../customers/customer.inputs';
import { listCustomers } from '../customers/customer.list';
import { getCustomer } from '../customers/customer.service';
import { CustomerConnection } from '../customers/customer.types';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { cleanPoolRules, loadPoolRules, PoolRules, PoolRulesInput, savePoolRules } from './pool.rules';
import { readableCustomerById } from './pool.loaders';
import * as pool from './pool.service';
import { reclaimReason, type ReclaimCandidate } from './pool.service';

export const ReclaimRule = { NO_FOLLOW_UP: 'NO_FOLLOW_UP', NOT_WON: 'NOT_WON' } as const;
registerEnumType(ReclaimRule, {
  name: 'ReclaimRule',
  description: 'Why a customer goes back to the pool',
  valuesConfig: {
    NO_FOLLOW_UP: { description: '超期未跟进: not followed up for the configured days' },
    NOT_WON: { description: '超期未成交: not won within the configured days of assignment' },
  },
});

@ObjectType({ description: 'A customer the pool rules reclaim (or will reclaim), and why' })
export class PoolReclaimItem {
  @Field(() => ID, { description: 'Customer id' })
  customerId: string;

  @Field(() => ReclaimRule, { description: 'The rule that fires first' })
  rule: ReclaimCandidate['rule'];

  @Field({ description: 'When the rule makes it due (past for a reclaim that ran)' })
  dueAt: Date;

  @Field({ description: 'The reason written to the change log' })
  reason: string;

  ownerId: string;
  days: number;
}

const toItems = (rows: ReclaimCandidate[]): PoolReclaimItem[] =>
  rows.map((r) => Object.assign(new PoolReclaimItem(), { ...r, reason: reclaimReason(r.rule, r.days) }));

@Resolver(() => PoolReclaimItem)
export class PoolReclaimItemResolver {
  @FieldResolver(() => Customer, { nullable: true, description: 'The customer (null if you may no longer see it)' })
  async customer(@Root() item: PoolReclaimItem, @Ctx() ctx: Context) {
    return ctx.loaders.get(readableCustomerById).load(item.customerId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Its owner before the reclaim' })
  owner(@Root() item: PoolReclaimItem, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(item.ownerId);
  }
}

@Resolver()
export class PoolResolver {
  @Query(() => CustomerConnection, { description: '公海: customers nobody owns; any salesperson may claim them' })
  poolCustomers(
    @Arg('filter', () => CustomerFilter, { nullable: true, description: 'Filters (ownership is ignored: always the pool)' })
    filter: CustomerFilter | null,
    @Arg('orderBy', () => CustomerOrder, { nullable: true, description: 'Sort order (default: newest first)' })
    orderBy: CustomerOrder | null,
    @Args() page: BidirectionalPageArgs,
    @Ctx() ctx: Context,
  ) {
    return listCustomers(ctx, CustomerConnection, { filter: { ...(filter ?? {}), ownership: 'POOL' }, orderBy, ...page });
  }

  @Query(() => PoolRules, { description: '公海规则: the rules in force (everyone may read them)' })
  poolRules(@Ctx() ctx: Context) {
    requireUser(ctx);
    return loadPoolRules(ctx.dataSource.manager);
  }

  @Query(() => [PoolReclaimItem], {
    description:
      "What the pool rules would reclaim within the coming `days`, by which rule, changing nothing: your own customers, your team's for managers, all for admins",
  })
  async poolReclaimPreview(
    @Arg('days', () => Int, { description: 'Look ahead this many days (0–365; 0: due now)' }) days: number,
    @Ctx() ctx: Context,
  ) {
    return toItems(await pool.poolReclaimPreview(ctx, days));
  }

  @Mutation(() => Customer, {
    description:
      '领取: take a pool customer. Exactly one of simultaneous claims wins; the others get CONFLICT. The cap and cool-down of the pool rules apply (FORBIDDEN).',
  })
  async claimCustomer(@Arg('id', () => ID, { description: 'Customer id' }) id: string, @Ctx() ctx: Context) {
    await pool.claimCustomer(ctx, id);
    return getCustomer(ctx, id);
  }

  @Mutation(() => Customer, { description: '退回公海: give a customer up to the pool, with a reason (recorded in the change log)' })
  async releaseCustomer(
    @Arg('id', () => ID, { description: 'Customer id' }) id: string,
    @Arg('reason', { description: 'Why (1–200 characters)' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    await pool.releaseCustomer(ctx, id, reason);
    return getCustomer(ctx, id);
  }

  @Mutation(() => PoolRules, { description: 'Set the pool rules (admins); replaces them as a whole' })
  async updatePoolRules(@Arg('input', () => PoolRulesInput, { description: 'The new rules' }) input: PoolRulesInput, @Ctx() ctx: Context) {
    const user = requireUser(ctx);
    assertCan(user, 'pool.configure');
    const rules = cleanPoolRules(input);
    await savePoolRules(ctx.dataSource.manager, rules, user.id, ctx.clock.now());
    return rules;
  }

  @Mutation(() => [PoolReclaimItem], {
    description: 'Run the pool reclaim now (admins; normally a scheduled job): returns what went back to the pool',
  })
  async runPoolReclaim(@Ctx() ctx: Context) {
    return toItems(await pool.runPoolReclaim(ctx));
  }
}
