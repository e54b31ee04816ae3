import { periodLabel, periodLastDay } from '@kehu/domain';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { LocalDateScalar } from '../../graphql/scalars';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { ForecastFilter, SalesTargetFilter, SetSalesTargetInput } from './forecast.inputs';
import { salesForecast } from './forecast.service';
import { SalesForecast } from './forecast.types';
import { SalesTarget } from './sales-target.entity';
import { salesTargets, setSalesTarget } from './target.service';

/** 销售预测与目标 (issue 18 items 6 and 7): every figure in SQL, within the caller's data scope. */
@Resolver(() => SalesTarget)
export class ForecastResolver {
  @Query(() => SalesForecast, {
    description:
      '销售预测: per period (month, quarter or year), person, team and in total — won, weighted (amount × win rate), ' +
      'commit (stages of 60 % and above) and best case of the open pipeline by expected close date, with the target, ' +
      'completion, gap and whether the forecast covers it. Admins, managers and salespeople.',
  })
  salesForecast(
    @Arg('filter', () => ForecastFilter, { nullable: true, description: 'Periods and owners' }) filter: ForecastFilter | null,
    @Ctx() ctx: Context,
  ) {
    return salesForecast(ctx, filter);
  }

  @Query(() => [SalesTarget], { description: '销售目标: the company’s and those of the people and teams you may see' })
  salesTargets(
    @Arg('filter', () => SalesTargetFilter, { nullable: true, description: 'Which periods' }) filter: SalesTargetFilter | null,
    @Ctx() ctx: Context,
  ) {
    return salesTargets(ctx, filter);
  }

  @Mutation(() => SalesTarget, {
    nullable: true,
    description:
      '设定销售目标: admins any (the company’s too), managers their team’s and its members’; setting again replaces the ' +
      'amount, a null amount removes the target (returns null)',
  })
  setSalesTarget(@Arg('input', () => SetSalesTargetInput, { description: 'The target' }) input: SetSalesTargetInput, @Ctx() ctx: Context) {
    return setSalesTarget(ctx, input);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The salesperson or team leader (null for the company)' })
  user(@Root() t: SalesTarget, @Ctx() ctx: Context) {
    return t.userId ? ctx.loaders.get(userById).load(t.userId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who set it last' })
  setBy(@Root() t: SalesTarget, @Ctx() ctx: Context) {
    return t.setById ? ctx.loaders.get(userById).load(t.setById) : null;
  }

  @FieldResolver(() => LocalDateScalar, { description: 'Last day of the period, included' })
  periodEnd(@Root() t: SalesTarget) {
    return periodLastDay(t.periodStart, t.period);
  }

  @FieldResolver(() => String, { description: '2026-03, 2026-Q1 or 2026' })
  label(@Root() t: SalesTarget) {
    return periodLabel(t.periodStart, t.period);
  }
}
