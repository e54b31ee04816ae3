import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ForecastCoverage, ForecastRowKind, SalesPeriod } from './forecast.enums';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';

@ObjectType({
  description:
    'One row of the forecast for one period: what is won, the open pipeline expected to close in it, and the target. ' +
    'Won = opportunities that reached 赢单 in the period (by close time, business calendar); the open figures are ' +
    'open opportunities whose 预计成交日期 lies in the period.',
})
export class ForecastRow {
  @Field(() => ForecastRowKind, { description: 'Person, team or total' })
  kind: ForecastRowKind;

  @Field(() => ID, { nullable: true, description: 'The person, or the team’s leader; null for the total' })
  userId: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the person or leader; null for the total' })
  name: string | null;

  @Field(() => MoneyScalar, { description: '已赢单: amount of the opportunities won in the period' })
  won: string;

  @Field(() => Int, { description: 'How many were won' })
  wonCount: number;

  @Field(() => MoneyScalar, { description: '加权预测: Σ amount × win rate of the open opportunities, rounded to the fen' })
  weighted: string;

  @Field(() => MoneyScalar, { description: '承诺 (commit): amount of the open opportunities in stages of 60 % and above' })
  commit: string;

  @Field(() => MoneyScalar, { description: '乐观 (best case): amount of every open opportunity' })
  bestCase: string;

  @Field(() => Int, { description: 'How many open opportunities' })
  openCount: number;

  @Field(() => MoneyScalar, { nullable: true, description: '目标: the target set for this period (null: none)' })
  target: string | null;

  @Field(() => Float, { nullable: true, description: '完成率: won / target in percent, two decimals (null without a positive target)' })
  completionPercent: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '差额: target − won, at least 0 (null without a target)' })
  gap: string | null;

  @Field(() => ForecastCoverage, { description: 'Whether commit, weighted or best case covers the gap' })
  coverage: ForecastCoverage;
}

@ObjectType({ description: 'The forecast of one calendar period' })
export class ForecastPeriod {
  @Field({ description: '2026-03, 2026-Q1 or 2026' })
  label: string;

  @Field(() => LocalDateScalar, { description: 'First day' })
  start: string;

  @Field(() => LocalDateScalar, { description: 'Last day, included' })
  end: string;

  @Field(() => ForecastRow, {
    description:
      'Everything counted; without an owner or team filter it carries the caller’s own target (the company’s for admins, their team’s for a manager, their own for a salesperson)',
  })
  total: ForecastRow;

  @Field(() => ForecastRow, {
    description: 'The caller’s own row: a salesperson’s person row, a manager’s team row, the total for admins (the home page card)',
  })
  mine: ForecastRow;

  @Field(() => [ForecastRow], { description: 'One row per salesperson or manager the caller may see, by won amount' })
  people: ForecastRow[];

  @Field(() => [ForecastRow], { description: 'One row per team (a manager the caller may see and everyone below them)' })
  teams: ForecastRow[];
}

@ObjectType({ description: '销售预测: won, weighted, commit and best case per period, person and team, beside the targets' })
export class SalesForecast {
  @Field(() => SalesPeriod, { description: 'Length of the periods' })
  period: SalesPeriod;

  @Field(() => Int, { description: 'Open opportunities in stages whose default win rate is at least this are commit' })
  commitMinWinRate: number;

  @Field(() => [ForecastPeriod], { description: 'The periods, oldest first' })
  periods: ForecastPeriod[];
}
