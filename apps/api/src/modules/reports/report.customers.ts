import { ENUM_LABELS, CUSTOMER_GRADES, CUSTOMER_TYPES } from '@kehu/domain';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
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
import type { CustomerReport, PeriodCount, ReportBucket, ReportRangeInfo } from './report.types';

export const rangeInfo = (r: ReportRange): ReportRangeInfo => ({ from: r.from, to: r.to, previousFrom: r.prevFrom, previousTo: r.prevTo });

const pct = (n: number, total: number) => (total ? Math.round((n * 10000) / total) / 100 : 0);

/** Distribution rows into buckets, in a fixed order for enums (zeros included) and by count otherwise. */
function buckets(
  rows: { key: string | null; n: number; label?: string }[],
  total: number,
  order?: readonly string[],
  label?: (k: string) => string,
): ReportBucket[] {
  if (order) {
    const byKey = new Map(rows.map((r) => [r.key, r.n]));
    const out = order.map((k) => ({
      key: k,
      label: label ? label(k) : k,
      count: byKey.get(k) ?? 0,
      percent: pct(byKey.get(k) ?? 0, total),
    }));
    return out;
  }
  return rows
    .sort((a, b) => b.n - a.n || String(a.key).localeCompare(String(b.key)))
    .map((r) => ({ key: r.key, label: r.label ?? r.key ?? '未填写', count: r.n, percent: pct(r.n, total) }));
}

/** 客户统计: one statement for the distributions (GROUPING SETS), one for new customers and the series. */
export async function customerReport(ctx: Context, filter: ReportFilter | null | undefined): Promise<CustomerReport> {
  const r = resolveRange(ctx, filter);
  const params = new SqlParams();
  const base = `SELECT c.* FROM customers c WHERE ${customerScopeSql(r, 'c', params)} AND ${ownerScopeSql(r, 'c.owner_id', params)} AND ${ownerSql(r, 'c.owner_id', params)}`;
  const end = params.p(r.end);
  const dist: { dim: string; key: string | null; n: number; owner_name: string | null }[] = await ctx.dataSource.query(
    `WITH base AS (${base}), g AS (
       SELECT CASE WHEN GROUPING(type) = 0 THEN 'type' WHEN GROUPING(grade) = 0 THEN 'grade' WHEN GROUPING(source) = 0 THEN 'source'
                   WHEN GROUPING(industry) = 0 THEN 'industry' WHEN GROUPING(province) = 0 THEN 'region'
                   WHEN GROUPING(owner_id) = 0 THEN 'owner' ELSE 'total' END AS dim,
              COALESCE(type, grade, source, industry, province, owner_id::text) AS key, count(*)::int AS n
         FROM base WHERE created_at < ${end}
        GROUP BY GROUPING SETS ((type), (grade), (source), (industry), (province), (owner_id), ()))
     SELECT g.*, u.name AS owner_name FROM g LEFT JOIN users u ON g.dim = 'owner' AND u.id::text = g.key`,
    params.values,
  );
  const total = dist.find((d) => d.dim === 'total')?.n ?? 0;
  const dim = (name: string) => dist.filter((d) => d.dim === name);

  const p2 = new SqlParams();
  const base2 = `SELECT c.* FROM customers c WHERE ${customerScopeSql(r, 'c', p2)} AND ${ownerScopeSql(r, 'c.owner_id', p2)} AND ${ownerSql(r, 'c.owner_id', p2)}`;
  const tz = p2.p(r.tz);
  const cutoff = p2.p(new Date(ctx.clock.now().getTime() - r.notFollowedDays * 86400_000));
  const [summary]: {
    cur: number;
    prev: number;
    change: number | null;
    neglected: number;
    series: { label: string; p: string; p_end: string; n: number; prev: number; change: number | null }[];
  }[] = await ctx.dataSource.query(
    `WITH base AS (${base2}),
       periods AS ${periodsSql(r, p2)},
       per AS (SELECT pr.label, pr.p, pr.p_end, pr.in_range,
                      (SELECT count(*) FROM base b WHERE ${businessDateSql('b.created_at', tz)} >= pr.p AND ${businessDateSql('b.created_at', tz)} < pr.p_end)::int AS n
                 FROM periods pr),
       series AS (SELECT label, p, p_end, in_range, n, COALESCE(lag(n) OVER (ORDER BY p), 0)::int AS prev FROM per),
       counts AS (SELECT count(*) FILTER (WHERE created_at >= ${p2.p(r.start)} AND created_at < ${p2.p(r.end)})::int AS cur,
                         count(*) FILTER (WHERE created_at >= ${p2.p(r.prevStart)} AND created_at < ${p2.p(r.prevEnd)})::int AS prev,
                         count(*) FILTER (WHERE owner_id IS NOT NULL AND COALESCE(last_follow_up_at, created_at) < ${cutoff})::int AS neglected
                    FROM base)
       SELECT counts.cur, counts.prev, ${changeSql('counts.cur', 'counts.prev')} AS change, counts.neglected,
              (SELECT COALESCE(json_agg(json_build_object('label', label, 'p', p, 'p_end', p_end, 'n', n, 'prev', prev,
                        'change', ${changeSql('n', 'prev')}) ORDER BY p), '[]') FROM series WHERE in_range) AS series
         FROM counts`,
    p2.values,
  );
  const lastDay = (pEnd: string) => new Date(Date.parse(`${pEnd}T00:00:00Z`) - 86400_000).toISOString().slice(0, 10);
  const newByPeriod: PeriodCount[] = summary.series.map((s) => ({
    period: s.label,
    start: s.p,
    end: lastDay(s.p_end),
    count: s.n,
    previous: s.prev,
    changePercent: s.change,
  }));

  const l = ENUM_LABELS;
  return {
    range: rangeInfo(r),
    total,
    byType: buckets(dim('type'), total, CUSTOMER_TYPES, (k) => l.CustomerType[k as keyof typeof l.CustomerType]['zh-CN']),
    byGrade: buckets(dim('grade'), total, CUSTOMER_GRADES, (k) => l.CustomerGrade[k as keyof typeof l.CustomerGrade]['zh-CN']),
    bySource: buckets(dim('source'), total),
    byIndustry: buckets(dim('industry'), total),
    byRegion: buckets(dim('region'), total),
    byOwner: buckets(
      dim('owner').map((d) => ({ ...d, label: d.key ? (d.owner_name ?? d.key) : '公海' })),
      total,
    ),
    newCustomers: { current: summary.cur, previous: summary.prev, changePercent: summary.change },
    newByPeriod,
    notFollowed: summary.neglected,
    notFollowedDays: r.notFollowedDays,
  };
}

export const lastDayOf = (pEnd: string) => new Date(Date.parse(`${pEnd}T00:00:00Z`) - 86400_000).toISOString().slice(0, 10);
