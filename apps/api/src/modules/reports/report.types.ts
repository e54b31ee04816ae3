import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { DimensionAverage } from '../visits/satisfaction';

@ObjectType({ description: 'The range a report was computed over, and the previous range of equal length used for 环比' })
export class ReportRangeInfo {
  @Field(() => LocalDateScalar, { description: 'First day (business date)' })
  from: string;
  @Field(() => LocalDateScalar, { description: 'Last day, included' })
  to: string;
  @Field(() => LocalDateScalar, { description: 'First day of the previous range' })
  previousFrom: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the previous range' })
  previousTo: string;
}

@ObjectType({ description: 'A count with the same count in the previous range (环比)' })
export class CountChange {
  @Field(() => Int, { description: 'In the range' })
  current: number;
  @Field(() => Int, { description: 'In the previous range of equal length' })
  previous: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Change in percent ((current − previous) / previous × 100, 2 decimals); null when previous is 0',
  })
  changePercent: number | null;
}

@ObjectType({ description: 'An amount with the same amount in the previous range (环比)' })
export class MoneyChange {
  @Field(() => MoneyScalar, { description: 'In the range' })
  current: string;
  @Field(() => MoneyScalar, { description: 'In the previous range of equal length' })
  previous: string;
  @Field(() => Float, { nullable: true, description: 'Change in percent, 2 decimals; null when previous is 0' })
  changePercent: number | null;
}

@ObjectType({ description: 'One slice of a distribution (a bar or pie segment)' })
export class ReportBucket {
  @Field(() => String, {
    nullable: true,
    description: 'The value grouped by (enum value, text, or user id for owners); null = not filled in / the pool',
  })
  key: string | null;
  @Field({ description: 'Display label in Chinese (未填写 for empty, 公海 for no owner)' })
  label: string;
  @Field(() => Int, { description: 'How many' })
  count: number;
  @Field(() => Float, { description: 'Share of the total in percent, 2 decimals' })
  percent: number;
}

@ObjectType({ description: 'A count in one calendar period, with the period before it (环比)' })
export class PeriodCount {
  @Field({ description: 'Period label: 2026-03, 2026-Q1 or 2026' })
  period: string;
  @Field(() => LocalDateScalar, { description: 'First day of the period' })
  start: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the period' })
  end: string;
  @Field(() => Int, { description: 'Count in the period' })
  count: number;
  @Field(() => Int, { description: 'Count in the previous period' })
  previous: number;
  @Field(() => Float, { nullable: true, description: 'Change in percent against the previous period; null when it was 0' })
  changePercent: number | null;
}

@ObjectType({ description: '客户统计: customers by type, grade, source, industry, region and owner; new customers; neglected customers' })
export class CustomerReport {
  @Field(() => ReportRangeInfo, { description: 'The range used' })
  range: ReportRangeInfo;
  @Field(() => Int, { description: 'Customers in scope that existed at the end of the range (the distributions count these)' })
  total: number;
  @Field(() => [ReportBucket], { description: 'By 客户类型 (key: CustomerType)' })
  byType: ReportBucket[];
  @Field(() => [ReportBucket], { description: 'By 客户等级 (key: CustomerGrade)' })
  byGrade: ReportBucket[];
  @Field(() => [ReportBucket], { description: 'By 客户来源' })
  bySource: ReportBucket[];
  @Field(() => [ReportBucket], { description: 'By 所属行业' })
  byIndustry: ReportBucket[];
  @Field(() => [ReportBucket], { description: 'By region (省份)' })
  byRegion: ReportBucket[];
  @Field(() => [ReportBucket], { description: 'By owner (key: user id; null = the public pool)' })
  byOwner: ReportBucket[];
  @Field(() => CountChange, { description: '新增客户: customers created in the range, with the previous range' })
  newCustomers: CountChange;
  @Field(() => [PeriodCount], { description: 'New customers per period (whole periods touching the range)' })
  newByPeriod: PeriodCount[];
  @Field(() => Int, {
    description: 'Owned customers not followed up for `notFollowedDays` days (never followed: counted from creation), as of now',
  })
  notFollowed: number;
  @Field(() => Int, { description: 'The threshold used for notFollowed' })
  notFollowedDays: number;
}

@ObjectType({ description: 'One stage of the opportunity funnel' })
export class FunnelStage {
  @Field({ description: 'OpportunityStage value' })
  stage: string;
  @Field({ description: 'Stage name in Chinese' })
  label: string;
  @Field(() => Int, { description: 'Opportunities in this stage' })
  count: number;
  @Field(() => MoneyScalar, { description: 'Sum of their amounts' })
  amount: string;
  @Field(() => MoneyScalar, { description: 'Sum of amount × win rate (加权金额), rounded to the fen' })
  weightedAmount: string;
}

@ObjectType({ description: 'A count with an amount' })
export class CountAmount {
  @Field(() => Int, { description: 'How many' })
  count: number;
  @Field(() => MoneyScalar, { description: 'Sum of amounts' })
  amount: string;
  @Field(() => MoneyScalar, { nullable: true, description: 'Sum of amount × win rate, where it applies' })
  weightedAmount: string | null;
}

@ObjectType({ description: 'A lost reason with how many opportunities were lost for it' })
export class LostReason {
  @Field({ description: 'The reason as entered (未填写 when empty)' })
  reason: string;
  @Field(() => Int, { description: 'Opportunities lost for it in the range' })
  count: number;
  @Field(() => MoneyScalar, { description: 'Their amount' })
  amount: string;
}

@ObjectType({ description: '商机统计: funnel, expected closings, won and lost' })
export class OpportunityReport {
  @Field(() => ReportRangeInfo, { description: 'The range used' })
  range: ReportRangeInfo;
  @Field(() => [FunnelStage], {
    description:
      'Funnel in stage order: open opportunities created before the end of the range by their stage, and WON / LOST ones closed in the range',
  })
  funnel: FunnelStage[];
  @Field(() => CountAmount, { description: 'Open opportunities expected to close in the current business month (本月预计成交)' })
  expectedThisMonth: CountAmount;
  @Field(() => CountChange, { description: 'Won in the range (count), with the previous range' })
  wonCount: CountChange;
  @Field(() => MoneyChange, { description: 'Won in the range (amount), with the previous range' })
  wonAmount: MoneyChange;
  @Field(() => CountChange, { description: 'Lost in the range (count), with the previous range' })
  lostCount: CountChange;
  @Field(() => MoneyScalar, { description: 'Amount lost in the range' })
  lostAmount: string;
  @Field(() => [LostReason], { description: 'Lost reasons in the range, most frequent first' })
  lostReasons: LostReason[];
  @Field(() => Float, { nullable: true, description: 'Won / (won + lost) in the range, percent; null when none closed' })
  winRatePercent: number | null;
}

@ObjectType({ description: 'Sales performance of one salesperson or one team in the range' })
export class PerformanceRow {
  @Field(() => ID, { description: "User id (a team row: the team leader's id)" })
  userId: string;
  @Field({ description: 'Name (a team row: "<leader>团队")' })
  name: string;
  @Field(() => Int, { description: '持有客户: customers held now (created before the end of the range)' })
  customersHeld: number;
  @Field(() => Int, { description: '分配客户: customers held whose assignment to this owner falls in the range' })
  customersAssigned: number;
  @Field(() => Int, { description: 'Of the customers assigned in the range, how many are now WON (成交)' })
  customersWon: number;
  @Field(() => Float, {
    nullable: true,
    description: '转化率 = customersWon / customersAssigned in percent, 2 decimals; null when none assigned',
  })
  conversionPercent: number | null;
  @Field(() => CountChange, { description: '跟进次数: follow-ups written in the range, with the previous range' })
  followUps: CountChange;
  @Field(() => MoneyScalar, { description: '商机金额: amount of opportunities created in the range' })
  opportunityAmount: string;
  @Field(() => Int, { description: 'Opportunities won in the range' })
  wonCount: number;
  @Field(() => MoneyChange, { description: '成交金额: amount of opportunities won in the range, with the previous range' })
  wonAmount: MoneyChange;
  @Field(() => MoneyScalar, { description: '签约金额: contracts signed in the range' })
  signedAmount: string;
  @Field(() => Float, {
    nullable: true,
    description: '平均成交周期: average days from creation to win of the opportunities won in the range (1 decimal)',
  })
  averageDaysToWin: number | null;
}

@ObjectType({ description: '销售业绩: per salesperson and per team (a manager with everyone below them)' })
export class SalesPerformanceReport {
  @Field(() => ReportRangeInfo, { description: 'The range used' })
  range: ReportRangeInfo;
  @Field(() => [PerformanceRow], { description: 'One row per salesperson or manager visible to the caller, by won amount' })
  people: PerformanceRow[];
  @Field(() => [PerformanceRow], {
    description: 'One row per team visible to the caller (a manager and everyone below them, at any depth), by won amount',
  })
  teams: PerformanceRow[];
}

@ObjectType({ description: 'Contract money in one period' })
export class MoneyPeriod {
  @Field({ description: 'Period label: 2026-03, 2026-Q1 or 2026' })
  period: string;
  @Field(() => LocalDateScalar, { description: 'First day of the period' })
  start: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the period' })
  end: string;
  @Field(() => MoneyChange, { description: '签约金额 in the period (contracts by signing date), with the previous period' })
  signed: MoneyChange;
  @Field(() => MoneyChange, { description: '回款金额 in the period (receipts by date received), with the previous period' })
  received: MoneyChange;
  @Field(() => MoneyScalar, {
    description:
      '应收未收 at the end of the period (or today for the current one): signed − received, per contract, never below 0; terminated contracts excluded',
  })
  outstanding: string;
  @Field(() => MoneyScalar, { description: '逾期 at the same moment: payment plans due before it not covered by receipts, per contract' })
  overdue: string;
}

@ObjectType({ description: '合同与回款: signed, received, outstanding and overdue by period' })
export class MoneyReport {
  @Field(() => ReportRangeInfo, { description: 'The range used' })
  range: ReportRangeInfo;
  @Field(() => MoneyChange, { description: 'Signed in the range, with the previous range' })
  signed: MoneyChange;
  @Field(() => MoneyChange, { description: 'Received in the range, with the previous range' })
  received: MoneyChange;
  @Field(() => MoneyScalar, { description: 'Outstanding at the end of the range (or today, if earlier)' })
  outstanding: string;
  @Field(() => MoneyScalar, { description: 'Overdue at the end of the range (or today, if earlier)' })
  overdue: string;
  @Field(() => [MoneyPeriod], { description: 'Per period (whole periods touching the range)' })
  periods: MoneyPeriod[];
}

@ObjectType({ description: 'One receipt in the receipts detail report (回款明细)' })
export class ReceiptReportRow {
  @Field(() => ID, { description: 'Receipt id' })
  id: string;
  @Field(() => LocalDateScalar, { description: 'Date received' })
  receivedDate: string;
  @Field(() => MoneyScalar, { description: 'Amount' })
  amount: string;
  @Field({ description: 'ReceiptMethod value' })
  method: string;
  @Field(() => ID, { description: 'Customer id' })
  customerId: string;
  @Field({ description: 'Customer name' })
  customerName: string;
  @Field(() => ID, { description: 'Contract id' })
  contractId: string;
  @Field({ description: 'Contract number' })
  contractNumber: string;
  @Field(() => String, { nullable: true, description: 'Name of the contract owner' })
  ownerName: string | null;
}

@ObjectType({ description: 'A page of receipts in the range, newest first' })
export class ReceiptReportConnection extends Connection(ReceiptReportRow, 'ReceiptReport') {}

@ObjectType({ description: 'A customer ranked by amount' })
export class TopCustomer {
  @Field(() => ID, { description: 'Customer id' })
  customerId: string;
  @Field({ description: 'Customer name' })
  name: string;
  @Field(() => String, { nullable: true, description: 'Owner name (null = pool)' })
  ownerName: string | null;
  @Field(() => MoneyScalar, { description: 'Signed in the range' })
  signedAmount: string;
  @Field(() => MoneyScalar, { description: 'Received in the range' })
  receivedAmount: string;
  @Field(() => MoneyScalar, { description: 'Outstanding today over all its signed contracts' })
  outstanding: string;
}

@ObjectType({ description: 'Satisfaction scores in one calendar period' })
export class SatisfactionPeriod {
  @Field({ description: 'Period label: 2026-03, 2026-Q1 or 2026' })
  period: string;
  @Field(() => LocalDateScalar, { description: 'First day of the period' })
  start: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the period' })
  end: string;
  @Field(() => Int, { description: 'Visits recorded in the period' })
  visits: number;
  @Field(() => Float, { nullable: true, description: '平均总体满意度 1–5; null without visits' })
  averageScore: number | null;
  @Field(() => [DimensionAverage], { description: 'Per dimension' })
  dimensions: DimensionAverage[];
}

@ObjectType({ description: "Satisfaction scores of one salesperson's recorded visits (by visit owner)" })
export class SatisfactionPerson {
  @Field(() => ID, { description: 'User id of the visit owner' })
  userId: string;
  @Field({ description: 'Name' })
  name: string;
  @Field(() => Int, { description: 'Visits recorded in the range' })
  visits: number;
  @Field(() => Float, { nullable: true, description: '平均总体满意度 1–5' })
  averageScore: number | null;
  @Field(() => [DimensionAverage], { description: 'Per dimension' })
  dimensions: DimensionAverage[];
}

@ObjectType({ description: '回访满意度: recorded return visits by satisfaction (overall 1–5 and per dimension)' })
export class SatisfactionReport {
  @Field(() => ReportRangeInfo, { description: 'The range used' })
  range: ReportRangeInfo;
  @Field(() => [ReportBucket], {
    description:
      'Visits recorded in the range by the 4-level word of their overall score (5 / 4 / 3 / 1–2), best first (key: Satisfaction)',
  })
  distribution: ReportBucket[];
  @Field(() => CountChange, { description: 'Visits recorded in the range, with the previous range' })
  visits: CountChange;
  @Field(() => Float, { nullable: true, description: "满意率: very satisfied + satisfied, percent of the range's visits" })
  satisfiedPercent: number | null;
  @Field(() => Float, { nullable: true, description: '满意率 of the previous range' })
  previousSatisfiedPercent: number | null;
  @Field(() => Float, { nullable: true, description: '平均总体满意度 (1–5, 2 decimals) of the range; null without visits' })
  averageScore: number | null;
  @Field(() => [DimensionAverage], { description: '分维度平均分 over the range: every active dimension, and an archived one with scores' })
  dimensions: DimensionAverage[];
  @Field(() => [SatisfactionPeriod], {
    description: '满意度趋势: per period (whole periods touching the range), overall and per dimension',
  })
  trend: SatisfactionPeriod[];
  @Field(() => [SatisfactionPerson], {
    description: '按销售: per visit owner with visits in the range (whose numbers you may see), most visits first',
  })
  people: SatisfactionPerson[];
}
