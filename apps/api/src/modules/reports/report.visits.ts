import { ENUM_LABELS, SATISFACTIONS } from '@kehu/domain';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { averageSql, DimensionAverage, dimensionAverages, loadDimensions, type SatisfactionDimension } from '../visits/satisfaction';
import { rangeInfo } from './report.customers';
import type { ReportFilter } from './report.inputs';
import {
  businessDateSql,
  changeSql,
  customerScopeSql,
  ownerScopeSql,
  ownerSql,
  periodsSql,
  resolveRange,
  type ReportRange,
} from './report.range';
import type { SatisfactionPeriod, SatisfactionPerson, SatisfactionReport } from './report.types';

const rate = (good: string, all: string) => `(CASE WHEN ${all} = 0 THEN NULL ELSE round(${good} * 100.0 / ${all}, 2) END)::float8`;

/** Recorded visits (alias v) the caller may count, per the report's filter: columns id, owner_id, overall_score, actual_at, d (business date). */
function scopedVisits(r: ReportRange, params: SqlParams): string {
  return `SELECT v.id, v.owner_id, v.overall_score, v.actual_at, ${businessDateSql('v.actual_at', params.p(r.tz))} AS d
            FROM visits v JOIN customers c ON c.id = v.customer_id
           WHERE v.actual_at IS NOT NULL AND v.overall_score IS NOT NULL AND ${customerScopeSql(r, 'c', params)}
             AND ${ownerScopeSql(r, 'v.owner_id', params)} AND ${ownerSql(r, 'v.owner_id', params)}`;
}

/** Every active dimension with no scores: the row set of a period or person without dimension scores. */
const emptyDimensions = (dims: SatisfactionDimension[]) =>
  dims.map((d) => Object.assign(new DimensionAverage(), { dimension: d, average: null, count: 0 }));

/**
 * 回访满意度: recorded visits (actual time in the range) by the 4-level word of their overall score, with the
 * previous range; the average overall score and per-dimension averages of the range, per period (趋势) and per
 * visit owner (按销售). Every figure counts the same visits: readable customers, owners whose numbers the caller
 * may see, the filter's owners.
 */
export async function satisfactionReport(ctx: Context, filter: ReportFilter | null | undefined): Promise<SatisfactionReport> {
  const r = resolveRange(ctx, filter);
  const params = new SqlParams();
  const [start, end, prevStart, prevEnd] = [r.start, r.end, r.prevStart, r.prevEnd].map((v) => params.p(v));
  const good = `overall_score >= 4`;
  const word = `(CASE WHEN overall_score >= 5 THEN 'VERY_SATISFIED' WHEN overall_score = 4 THEN 'SATISFIED' WHEN overall_score = 3 THEN 'NEUTRAL' ELSE 'DISSATISFIED' END)`;
  const [row] = await ctx.dataSource.query(
    `WITH v AS (SELECT * FROM (${scopedVisits(r, params)}) s WHERE s.actual_at >= ${prevStart} AND s.actual_at < ${end}),
     cur AS (SELECT * FROM v WHERE actual_at >= ${start}), prev AS (SELECT * FROM v WHERE actual_at < ${prevEnd}),
     n AS (SELECT (SELECT count(*) FROM cur)::int AS cur, (SELECT count(*) FROM prev)::int AS prev,
                  (SELECT count(*) FROM cur WHERE ${good})::int AS cur_good, (SELECT count(*) FROM prev WHERE ${good})::int AS prev_good)
     SELECT n.cur, n.prev, ${changeSql('n.cur', 'n.prev')} AS change, ${rate('n.cur_good', 'n.cur')} AS rate, ${rate('n.prev_good', 'n.prev')} AS prev_rate,
            (SELECT ${averageSql('overall_score')} FROM cur) AS avg,
            (SELECT COALESCE(json_object_agg(w, k), '{}') FROM (SELECT ${word} AS w, count(*)::int AS k FROM cur GROUP BY 1) d) AS dist
       FROM n`,
    params.values,
  );

  const active = await loadDimensions(ctx.dataSource.manager);
  const inRange = (p: SqlParams) =>
    `SELECT * FROM (${scopedVisits(r, p)}) s WHERE s.actual_at >= ${p.p(r.start)} AND s.actual_at < ${p.p(r.end)}`;

  const overallParams = new SqlParams();
  const overall = await dimensionAverages(
    ctx.dataSource.manager,
    `SELECT NULL::text AS grp, s.id FROM (${inRange(overallParams)}) s`,
    overallParams.values,
  );

  // 趋势: whole periods touching the range, by the business date of the visit.
  const tp = new SqlParams();
  const periodRows: { period: string; start: string; end: string; visits: number; avg: number | null }[] = await ctx.dataSource.query(
    `WITH periods AS ${periodsSql(r, tp)}, b AS (${scopedVisits(r, tp)})
     SELECT pr.label AS period, pr.p::text AS start, (pr.p_end - 1)::text AS end, count(b.id)::int AS visits, ${averageSql('b.overall_score')} AS avg
       FROM periods pr LEFT JOIN b ON b.d >= pr.p AND b.d < pr.p_end
      WHERE pr.in_range GROUP BY pr.label, pr.p, pr.p_end ORDER BY pr.p`,
    tp.values,
  );
  const tdp = new SqlParams();
  const trendDims = await dimensionAverages(
    ctx.dataSource.manager,
    `WITH periods AS ${periodsSql(r, tdp)}, b AS (${scopedVisits(r, tdp)})
     SELECT pr.label AS grp, b.id FROM periods pr JOIN b ON b.d >= pr.p AND b.d < pr.p_end WHERE pr.in_range`,
    tdp.values,
  );
  const trend: SatisfactionPeriod[] = periodRows.map((p) => ({
    period: p.period,
    start: p.start,
    end: p.end,
    visits: p.visits,
    averageScore: p.avg,
    dimensions: trendDims.get(p.period) ?? emptyDimensions(active),
  }));

  // 按销售: the owner of each visit in the range.
  const pp = new SqlParams();
  const personRows: { user_id: string; name: string; visits: number; avg: number | null }[] = await ctx.dataSource.query(
    `WITH b AS (${inRange(pp)})
     SELECT u.id AS user_id, u.name, count(*)::int AS visits, ${averageSql('b.overall_score')} AS avg
       FROM b JOIN users u ON u.id = b.owner_id GROUP BY u.id, u.name ORDER BY visits DESC, u.name, u.id`,
    pp.values,
  );
  const pdp = new SqlParams();
  const personDims = await dimensionAverages(
    ctx.dataSource.manager,
    `SELECT s.owner_id::text AS grp, s.id FROM (${inRange(pdp)}) s`,
    pdp.values,
  );
  const people: SatisfactionPerson[] = personRows.map((p) => ({
    userId: p.user_id,
    name: p.name,
    visits: p.visits,
    averageScore: p.avg,
    dimensions: personDims.get(p.user_id) ?? emptyDimensions(active),
  }));

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
    averageScore: row.avg,
    dimensions: overall.get(null) ?? emptyDimensions(active),
    trend,
    people,
  };
}
