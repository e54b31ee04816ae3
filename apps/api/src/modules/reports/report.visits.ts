import { ENUM_LABELS, SATISFACTIONS } from '@kehu/domain';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { rangeInfo } from './report.customers';
import type { ReportFilter } from './report.inputs';
import { changeSql, customerScopeSql, ownerScopeSql, ownerSql, resolveRange } from './report.range';
import type { SatisfactionReport } from './report.types';

const rate = (good: string, all: string) => `(CASE WHEN ${all} = 0 THEN NULL ELSE round(${good} * 100.0 / ${all}, 2) END)::float8`;

/** 回访满意度: recorded visits (actual time in the range) by satisfaction, with the previous range. */
export async function satisfactionReport(ctx: Context, filter: ReportFilter | null | undefined): Promise<SatisfactionReport> {
  const r = resolveRange(ctx, filter);
  const params = new SqlParams();
  const [start, end, prevStart, prevEnd] = [r.start, r.end, r.prevStart, r.prevEnd].map((v) => params.p(v));
  const good = `satisfaction IN ('VERY_SATISFIED', 'SATISFIED')`;
  const [row] = await ctx.dataSource.query(
    `WITH v AS (SELECT v.satisfaction, v.actual_at FROM visits v JOIN customers c ON c.id = v.customer_id
                 WHERE v.actual_at IS NOT NULL AND ${customerScopeSql(r, 'c', params)} AND ${ownerScopeSql(r, 'v.owner_id', params)} AND ${ownerSql(r, 'v.owner_id', params)}
                   AND v.actual_at >= ${prevStart} AND v.actual_at < ${end}),
     cur AS (SELECT * FROM v WHERE actual_at >= ${start}), prev AS (SELECT * FROM v WHERE actual_at < ${prevEnd}),
     n AS (SELECT (SELECT count(*) FROM cur)::int AS cur, (SELECT count(*) FROM prev)::int AS prev,
                  (SELECT count(*) FROM cur WHERE ${good})::int AS cur_good, (SELECT count(*) FROM prev WHERE ${good})::int AS prev_good)
     SELECT n.cur, n.prev, ${changeSql('n.cur', 'n.prev')} AS change, ${rate('n.cur_good', 'n.cur')} AS rate, ${rate('n.prev_good', 'n.prev')} AS prev_rate,
            (SELECT COALESCE(json_object_agg(satisfaction, k), '{}') FROM (SELECT satisfaction, count(*)::int AS k FROM cur GROUP BY 1) d) AS dist
       FROM n`,
    params.values,
  );
  return {
    range: rangeInfo(r),
    distribution: SATISFACTIONS.map((s) => ({
      key: s,
      label: ENUM_LABELS.Satisfaction[s]['zh-CN'],
      count: row.dist[s] ?? 0,
      percent: row.cur ? Math.round(((row.dist[s] ?? 0) * 10000) / row.cur) / 100 : 0,
    })),
    visits: { current: row.cur, previous: row.prev, changePercent: row.change },
    satisfiedPercent: row.rate,
    previousSatisfiedPercent: row.prev_rate,
  };
}
