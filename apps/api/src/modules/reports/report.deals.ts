import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { funnelStages, weightedSumSql } from '../opportunities/opportunity.totals';
import { rangeInfo } from './report.customers';
import type { ReportFilter } from './report.inputs';
import { changeSql, customerScopeSql, moneySql, ownerScopeSql, ownerSql, resolveRange } from './report.range';
import type { OpportunityReport } from './report.types';

/** First day of the month after `date`'s month. */
const nextMonth = (date: string) => {
  const [y, m] = date.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** 商机统计 in one statement: funnel, expected this month, won / lost with the previous range, lost reasons. */
export async function opportunityReport(ctx: Context, filter: ReportFilter | null | undefined): Promise<OpportunityReport> {
  const r = resolveRange(ctx, filter);
  const params = new SqlParams();
  const base = `SELECT o.* FROM opportunities o JOIN customers c ON c.id = o.customer_id
                 WHERE ${customerScopeSql(r, 'c', params)} AND ${ownerScopeSql(r, 'o.owner_id', params)} AND ${ownerSql(r, 'o.owner_id', params)}`;
  const [start, end, prevStart, prevEnd] = [r.start, r.end, r.prevStart, r.prevEnd].map(params.p);
  const monthStart = params.p(`${r.today.slice(0, 7)}-01`);
  const monthEnd = params.p(nextMonth(r.today));
  const open = `stage IN ('INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION')`;
  const weighted = moneySql(weightedSumSql());
  const money = moneySql('sum(amount)');
  const [row] = await ctx.dataSource.query(
    `WITH base AS (${base}),
     funnel AS (
       SELECT stage, count(*)::int AS count, ${money} AS amount, ${weighted} AS weighted
         FROM base
        WHERE (${open} AND created_at < ${end}) OR (stage IN ('WON', 'LOST') AND closed_at >= ${start} AND closed_at < ${end})
        GROUP BY stage),
     expected AS (
       SELECT count(*)::int AS count, ${money} AS amount, ${weighted} AS weighted FROM base
        WHERE ${open} AND expected_close_date >= ${monthStart}::date AND expected_close_date < ${monthEnd}::date),
     closed AS (
       SELECT count(*) FILTER (WHERE stage = 'WON' AND closed_at >= ${start} AND closed_at < ${end})::int AS won,
              count(*) FILTER (WHERE stage = 'WON' AND closed_at >= ${prevStart} AND closed_at < ${prevEnd})::int AS won_prev,
              COALESCE(sum(amount) FILTER (WHERE stage = 'WON' AND closed_at >= ${start} AND closed_at < ${end}), 0) AS won_amount,
              COALESCE(sum(amount) FILTER (WHERE stage = 'WON' AND closed_at >= ${prevStart} AND closed_at < ${prevEnd}), 0) AS won_amount_prev,
              count(*) FILTER (WHERE stage = 'LOST' AND closed_at >= ${start} AND closed_at < ${end})::int AS lost,
              count(*) FILTER (WHERE stage = 'LOST' AND closed_at >= ${prevStart} AND closed_at < ${prevEnd})::int AS lost_prev,
              COALESCE(sum(amount) FILTER (WHERE stage = 'LOST' AND closed_at >= ${start} AND closed_at < ${end}), 0) AS lost_amount
         FROM base),
     reasons AS (
       SELECT COALESCE(NULLIF(btrim(lost_reason), ''), '未填写') AS reason, count(*)::int AS count, ${money} AS amount
         FROM base WHERE stage = 'LOST' AND closed_at >= ${start} AND closed_at < ${end} GROUP BY 1)
     SELECT (SELECT COALESCE(json_agg(funnel), '[]') FROM funnel) AS funnel,
            (SELECT row_to_json(expected) FROM expected) AS expected,
            closed.won, closed.won_prev, ${changeSql('closed.won', 'closed.won_prev')} AS won_change,
            ${moneySql('closed.won_amount')} AS won_amount, ${moneySql('closed.won_amount_prev')} AS won_amount_prev,
            ${changeSql('closed.won_amount', 'closed.won_amount_prev')} AS won_amount_change,
            closed.lost, closed.lost_prev, ${changeSql('closed.lost', 'closed.lost_prev')} AS lost_change,
            ${moneySql('closed.lost_amount')} AS lost_amount,
            (CASE WHEN closed.won + closed.lost = 0 THEN NULL ELSE round(closed.won * 100.0 / (closed.won + closed.lost), 2) END)::float8 AS win_rate,
            (SELECT COALESCE(json_agg(reasons ORDER BY count DESC, reason), '[]') FROM reasons) AS reasons
       FROM closed`,
    params.values,
  );
  return {
    range: rangeInfo(r),
    funnel: funnelStages(row.funnel),
    expectedThisMonth: { count: row.expected.count, amount: row.expected.amount, weightedAmount: row.expected.weighted },
    wonCount: { current: row.won, previous: row.won_prev, changePercent: row.won_change },
    wonAmount: { current: row.won_amount, previous: row.won_amount_prev, changePercent: row.won_amount_change },
    lostCount: { current: row.lost, previous: row.lost_prev, changePercent: row.lost_change },
    lostAmount: row.lost_amount,
    lostReasons: row.reasons,
    winRatePercent: row.win_rate,
  };
}
