import {
  activityFor,
  activityReason,
  businessDate,
  idleDays,
  lifecycleFor,
  lifecycleReason,
  type CustomerActivity,
  type CustomerLifecycle,
  type LifecycleFacts,
} from '@kehu/domain';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SqlParams } from '../../db/sql';
import { badInput, msg } from '../../graphql/errors';
import { readableCustomerSql } from '../access/customer-scope';
import { customerById } from '../customers/customer.loaders';
import { causeText, churnCauses } from './churn';
import { ChurnRiskList } from './churn.types';
import { ChurnSettings, ChurnSettingsInput, cleanChurnSettings, loadChurnSettings, saveChurnSettings } from './churn.settings';
import type { Context } from '../../graphql/context';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { Customer } from '../customers/customer.entity';
import { contactDatesByCustomer } from './activity.loaders';
import {
  ActivityGradeThreshold,
  ActivityGradeThresholdInput,
  activityThresholds,
  cleanActivityThresholds,
  CustomerActivityEnum,
  saveActivityThresholds,
  thresholdRows,
} from './activity.settings';
import { CustomerActivityInfo } from './activity.types';
import { orderStatsByCustomer } from './lifecycle.loaders';
import { CustomerLifecycleEnum, CustomerLifecycleInfo } from './lifecycle.types';

const contactOf = (c: Customer) => c.lastContactAt ?? c.createdAt;

/** What the lifecycle rule reads for one customer: its activity now and its order facts (one batched statement a page). */
async function lifecycleFacts(c: Customer, ctx: Context): Promise<LifecycleFacts> {
  const now = ctx.clock.now();
  const [t, stats] = await Promise.all([activityThresholds(ctx), ctx.loaders.get(orderStatsByCustomer).load(c.id)]);
  return {
    activity: activityFor(contactOf(c), c.grade, now, t),
    idleDays: idleDays(contactOf(c), now),
    today: businessDate(now, ctx.config.businessTimeZone),
    ...stats,
  };
}

@Resolver(() => Customer)
export class CustomerHealthResolver {
  @FieldResolver(() => CustomerActivityEnum, {
    description: "活跃度 now: 活跃 / 沉睡 / 流失 from the last contact and the grade's thresholds",
  })
  async activity(@Root() c: Customer, @Ctx() ctx: Context): Promise<CustomerActivity> {
    return activityFor(contactOf(c), c.grade, ctx.clock.now(), await activityThresholds(ctx));
  }

  @FieldResolver(() => CustomerActivityInfo, { description: '活跃度 with its reason (the 360 header tag)' })
  async activityInfo(@Root() c: Customer, @Ctx() ctx: Context): Promise<CustomerActivityInfo> {
    const now = ctx.clock.now();
    const [t, dates] = await Promise.all([activityThresholds(ctx), ctx.loaders.get(contactDatesByCustomer).load(c.id)]);
    const activity = activityFor(contactOf(c), c.grade, now, t);
    const interactions = [dates.lastFollowUpAt, dates.lastVisitAt].filter((d): d is Date => !!d).map((d) => d.getTime());
    const facts = {
      activity,
      idleDays: idleDays(contactOf(c), now),
      daysSinceInteraction: interactions.length ? idleDays(new Date(Math.max(...interactions)), now) : null,
      lastOrderDate: dates.lastOrderDate,
      lastReceiptDate: dates.lastReceiptDate,
    };
    return { ...facts, ...dates, ...t[c.grade], reason: activityReason(facts, 'zh'), reasonEn: activityReason(facts, 'en') };
  }

  @FieldResolver(() => CustomerLifecycleEnum, {
    description: '生命周期 now: 获取期 / 提升期 / 成熟期 / 衰退期 / 离开期 from activity, tenure and the 12-month purchase trend',
  })
  async lifecycle(@Root() c: Customer, @Ctx() ctx: Context): Promise<CustomerLifecycle> {
    return lifecycleFor(await lifecycleFacts(c, ctx)).lifecycle;
  }

  @FieldResolver(() => CustomerLifecycleInfo, { description: '生命周期 with its reason (the 360 header tag)' })
  async lifecycleInfo(@Root() c: Customer, @Ctx() ctx: Context): Promise<CustomerLifecycleInfo> {
    const facts = await lifecycleFacts(c, ctx);
    const r = lifecycleFor(facts);
    return {
      lifecycle: r.lifecycle,
      activity: facts.activity,
      trend: r.trend,
      tenureDays: r.tenureDays,
      firstOrderDate: facts.firstOrderDate,
      amount12m: facts.amount12m,
      amountPrev12m: facts.amountPrev12m,
      reason: lifecycleReason(facts, 'zh'),
      reasonEn: lifecycleReason(facts, 'en'),
    };
  }
}

@Resolver()
export class HealthSettingsResolver {
  @Query(() => ChurnRiskList, {
    description: '流失风险: the customers you may see with a churn cause in force (the home page and report card)',
  })
  async churnRisks(
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many customers (1–100)' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<ChurnRiskList> {
    const user = requireUser(ctx);
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first', msg('health.first'));
    const params = new SqlParams();
    const scope = readableCustomerSql(user, 'c', params, { pool: false });
    const rows = await churnCauses(ctx.dataSource.manager, ctx.clock.now(), ctx.config.businessTimeZone, scope, params);
    const byCustomer = new Map<string, typeof rows>();
    for (const r of rows) byCustomer.set(r.customer_id, [...(byCustomer.get(r.customer_id) ?? []), r]);
    const ids = [...byCustomer.keys()].slice(0, first);
    const customers = await ctx.loaders.get(customerById).loadMany(ids);
    return {
      totalCount: byCustomer.size,
      items: ids.map((id, i) => ({
        customer: customers[i] as Customer,
        causes: byCustomer.get(id)!.map((r) => ({ cause: r.cause, since: new Date(r.since), detail: r.detail, text: causeText(r) })),
      })),
    };
  }

  @Query(() => ChurnSettings, { description: '流失预警设置: the satisfaction-drop margin and the overdue days (everyone may read them)' })
  churnSettings(@Ctx() ctx: Context) {
    requireUser(ctx);
    return loadChurnSettings(ctx.dataSource.manager);
  }

  @Mutation(() => ChurnSettings, { description: 'Set the churn warning settings (admins)' })
  async updateChurnSettings(
    @Arg('input', () => ChurnSettingsInput, { description: 'Both values' }) input: ChurnSettingsInput,
    @Ctx() ctx: Context,
  ) {
    const user = requireUser(ctx);
    assertCan(user, 'settings.manage');
    const s = cleanChurnSettings(input);
    await saveChurnSettings(ctx.dataSource.manager, s, user.id, ctx.clock.now());
    return s;
  }

  @Query(() => [ActivityGradeThreshold], {
    description: '活跃度阈值: per grade, the idle days before 沉睡 and 流失 (everyone may read them)',
  })
  async activitySettings(@Ctx() ctx: Context) {
    requireUser(ctx);
    return thresholdRows(await activityThresholds(ctx));
  }

  @Mutation(() => [ActivityGradeThreshold], { description: 'Set the activity thresholds (admins): all four grades at once' })
  async updateActivitySettings(
    @Arg('input', () => [ActivityGradeThresholdInput], { description: 'One row per grade' }) input: ActivityGradeThresholdInput[],
    @Ctx() ctx: Context,
  ) {
    const user = requireUser(ctx);
    assertCan(user, 'settings.manage');
    const t = cleanActivityThresholds(input);
    await saveActivityThresholds(ctx.dataSource.manager, t, user.id, ctx.clock.now());
    return thresholdRows(t);
  }
}
