import { Field, ID, InputType, Int } from 'type-graphql';
import { SalesPeriod, TargetSubject } from './forecast.enums';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';

@InputType({
  description:
    'Which periods and whose deals the forecast covers. The caller’s data scope always applies: a salesperson counts ' +
    'their own deals, a manager their team’s at any depth, an admin everyone’s (only customers the caller may read).',
})
export class ForecastFilter {
  @Field(() => SalesPeriod, { nullable: true, description: 'Length of the periods (default MONTH)' })
  period?: SalesPeriod | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'A day of the first period (default: today in the business time zone); snapped to the start of its period',
  })
  from?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many periods from the first, 1–12 (default 1)' })
  periods?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Only deals owned by these users' })
  ownerIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only deals owned by this user or anyone below them (a team)' })
  teamOf?: string | null;
}

@InputType({ description: 'Set (or clear) one sales target' })
export class SetSalesTargetInput {
  @Field(() => TargetSubject, { description: 'A person, a team (its manager) or the company' })
  subject: TargetSubject;

  @Field(() => ID, { nullable: true, description: 'The salesperson (PERSON) or team leader (TEAM); omit for COMPANY' })
  userId?: string | null;

  @Field(() => SalesPeriod, { description: 'Month, quarter or year' })
  period: SalesPeriod;

  @Field(() => LocalDateScalar, { description: 'First day of the period, e.g. 2026-04-01 for Q2 2026' })
  periodStart: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'The amount, 0 or more; null removes the target' })
  amount?: string | null;
}

@InputType({ description: 'Which targets to list' })
export class SalesTargetFilter {
  @Field(() => SalesPeriod, { nullable: true, description: 'Only targets of this period length' })
  period?: SalesPeriod | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only periods starting on or after this day' })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only periods starting on or before this day' })
  to?: string | null;
}
