import { OPPORTUNITY_STAGES, STAGE_LABELS } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { moneySql } from '../reports/report.range';
import type { FunnelStage } from '../reports/report.types';

/**
 * Sum of amount × win rate (加权金额), rounded to the fen once over the whole set, not deal by deal: the funnel
 * report and the board's column totals use this one expression. `p` prefixes the columns ('o.').
 */
export const weightedSumSql = (p = '') => `round(sum(${p}amount * ${p}win_rate) / 100.0, 2)`;

/** Every stage in order, with its row from a `GROUP BY stage` (or zeros): the funnel report's and the board's. */
export function funnelStages(rows: readonly { stage: string; count: number; amount: string; weighted: string }[]): FunnelStage[] {
  const byStage = new Map(rows.map((r) => [r.stage, r]));
  return OPPORTUNITY_STAGES.map((stage) => {
    const r = byStage.get(stage);
    return { stage, label: STAGE_LABELS[stage], count: r?.count ?? 0, amount: r?.amount ?? '0.00', weightedAmount: r?.weighted ?? '0.00' };
  });
}

/** Count, amount and weighted amount of each stage over every opportunity `where` (opportunityListWhere) matches. */
export async function opportunityStageTotals(ctx: Context, where: string[], values: unknown[]): Promise<FunnelStage[]> {
  return funnelStages(
    await ctx.dataSource.query(
      `SELECT o.stage, count(*)::int AS count, ${moneySql('sum(o.amount)')} AS amount, ${moneySql(weightedSumSql('o.'))} AS weighted
         FROM opportunities o JOIN customers c ON c.id = o.customer_id
        WHERE ${where.join(' AND ')} GROUP BY o.stage`,
      values,
    ),
  );
}
