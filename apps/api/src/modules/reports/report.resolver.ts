import { Arg, Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { customerReport } from './report.customers';
import { opportunityReport } from './report.deals';
import { ReportFilter, TopCustomersBy } from './report.inputs';
import { moneyReport, receiptReport, topCustomers } from './report.money';
import { salesPerformance } from './report.performance';
import { satisfactionReport } from './report.visits';
import {
  CustomerReport,
  MoneyReport,
  OpportunityReport,
  ReceiptReportConnection,
  SalesPerformanceReport,
  SatisfactionReport,
  TopCustomer,
} from './report.types';

@ArgsType()
class ReceiptReportArgs extends PageArgs {
  @Field(() => ReportFilter, { nullable: true, description: 'Range and owners' })
  filter?: ReportFilter | null;
}

const filterArg = {
  nullable: true,
  description: 'Date range, owners or team, period length; defaults to the current business month',
} as const;

/** 报表: every figure is computed in SQL within the caller's data scope. */
@Resolver()
export class ReportResolver {
  @Query(() => CustomerReport, { description: '客户统计: distributions, new customers (环比 and per period), not followed for N days' })
  customerReport(@Arg('filter', () => ReportFilter, filterArg) filter: ReportFilter | null, @Ctx() ctx: Context) {
    return customerReport(ctx, filter);
  }

  @Query(() => OpportunityReport, {
    description: '商机统计: funnel by stage with weighted amounts, expected this month, won and lost with reasons',
  })
  opportunityReport(@Arg('filter', () => ReportFilter, filterArg) filter: ReportFilter | null, @Ctx() ctx: Context) {
    return opportunityReport(ctx, filter);
  }

  @Query(() => SalesPerformanceReport, { description: '销售业绩: per salesperson and per team' })
  salesPerformanceReport(@Arg('filter', () => ReportFilter, filterArg) filter: ReportFilter | null, @Ctx() ctx: Context) {
    return salesPerformance(ctx, filter);
  }

  @Query(() => MoneyReport, { description: '合同与回款: signed, received, outstanding and overdue by month / quarter / year' })
  moneyReport(@Arg('filter', () => ReportFilter, filterArg) filter: ReportFilter | null, @Ctx() ctx: Context) {
    return moneyReport(ctx, filter);
  }

  @Query(() => ReceiptReportConnection, { description: '回款明细: receipts received in the range, newest first' })
  receiptReport(@Args() args: ReceiptReportArgs, @Ctx() ctx: Context) {
    return receiptReport(ctx, args.filter, args.first, args.after);
  }

  @Query(() => [TopCustomer], { description: '客户排行: top customers by signed or received amount in the range' })
  topCustomersReport(
    @Arg('filter', () => ReportFilter, filterArg) filter: ReportFilter | null,
    @Arg('by', () => TopCustomersBy, { defaultValue: 'SIGNED', description: 'Rank by signed or received amount' }) by: TopCustomersBy,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'How many, 1–100' }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return topCustomers(ctx, filter, by, limit);
  }

  @Query(() => SatisfactionReport, { description: '回访满意度: satisfaction distribution of recorded visits' })
  satisfactionReport(@Arg('filter', () => ReportFilter, filterArg) filter: ReportFilter | null, @Ctx() ctx: Context) {
    return satisfactionReport(ctx, filter);
  }
}
