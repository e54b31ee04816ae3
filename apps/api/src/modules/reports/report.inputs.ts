import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars';

/** Calendar periods for series; boundaries are business-calendar ones (config.businessTimeZone). */
export const ReportPeriod = { DAY: 'DAY', WEEK: 'WEEK', MONTH: 'MONTH', QUARTER: 'QUARTER', YEAR: 'YEAR' } as const;
export type ReportPeriod = (typeof ReportPeriod)[keyof typeof ReportPeriod];
registerEnumType(ReportPeriod, {
  name: 'ReportPeriod',
  description: 'A calendar period of the business calendar (按日 / 按周 / 按月 / 按季 / 按年)',
  valuesConfig: {
    DAY: { description: '按日: calendar days' },
    WEEK: { description: '按周: calendar weeks, Monday first' },
    MONTH: { description: '按月: calendar months' },
    QUARTER: { description: '按季: calendar quarters (Q1 = Jan–Mar)' },
    YEAR: { description: '按年: calendar years' },
  },
});

export const TopCustomersBy = { SIGNED: 'SIGNED', RECEIVED: 'RECEIVED' } as const;
export type TopCustomersBy = (typeof TopCustomersBy)[keyof typeof TopCustomersBy];
registerEnumType(TopCustomersBy, {
  name: 'TopCustomersBy',
  description: 'What ranks the top customers',
  valuesConfig: {
    SIGNED: { description: 'Amount of contracts signed in the range (签约金额)' },
    RECEIVED: { description: 'Amount received in the range (回款金额)' },
  },
});

@InputType({
  description:
    'What every report is computed over: a date range (business dates, both ends included) and whose records. ' +
    "The caller's data scope always applies on top: a report never counts a customer the caller may not read, nor a " +
    "record owned by someone whose numbers are not the caller's (a salesperson counts their own, a manager their team " +
    'at any depth, admins and service staff everyone); customers shared with you or in the pool are readable but not your numbers.',
})
export class ReportFilter {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day of the range (default: first day of the current business month)',
  })
  from?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of the range, included (default: today in the business time zone)',
  })
  to?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only records owned by these users (customer owner, opportunity/contract owner, visit owner, follow-up author)',
  })
  ownerIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only records owned by this user or anyone below them in the hierarchy (a team)' })
  teamOf?: string | null;

  @Field(() => ReportPeriod, {
    nullable: true,
    description:
      'Length of the periods of series (default: by day for a `span` of a day, week or month, by month for a quarter or ' +
      'a year; MONTH without a span)',
  })
  period?: ReportPeriod | null;

  @Field(() => ReportPeriod, {
    nullable: true,
    description:
      '报表周期: when `from` and `to` are both absent, the range is the current business day, week (Monday first), ' +
      'month, quarter or year up to today, in the business time zone; every figure of the report is computed over it',
  })
  span?: ReportPeriod | null;

  @Field(() => Int, { nullable: true, description: 'Customer report: "not followed for N days" threshold (default 30)' })
  notFollowedDays?: number | null;
}
