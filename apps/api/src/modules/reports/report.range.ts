import { addDays, businessDate, daysBetween, periodToDate, startOfBusinessDay, trendUnitOf } from '@kehu/domain';
import type { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { readableCustomerSql, teamIdsSql, visibleUserSql } from '../access/customer-scope';
import type { User } from '../users/user.entity';
import type { ReportFilter, ReportPeriod } from './report.inputs';

/** A report's filter made concrete: business dates, the instants they begin, and the previous range of equal length. */
export interface ReportRange {
  user: User;
  tz: string;
  today: string;
  from: string;
  to: string;
  /**
   * The previous range (环比 base): for a range starting on the 1st of a month, the same days shifted back by the
   * number of calendar months it spans (Mar 1–31 → Feb 1–28, Mar 1–10 → Feb 1–10, Q2 → Q1, a year → the year
   * before); otherwise the same number of days just before `from`.
   */
  prevFrom: string;
  prevTo: string;
  /** [start, end) instants of the range and the previous range, for timestamptz columns. */
  start: Date;
  end: Date;
  prevStart: Date;
  prevEnd: Date;
  period: ReportPeriod;
  ownerIds: string[] | null;
  teamOf: string | null;
  notFollowedDays: number;
}

const MAX_DAYS = 3700;

export function resolveRange(ctx: Context, filter: ReportFilter | null | undefined): ReportRange {
  const user = requireUser(ctx);
  const f = filter ?? {};
  const tz = ctx.config.businessTimeZone;
  const today = businessDate(ctx.clock.now(), tz);
  const span = !f.from && !f.to && f.span ? periodToDate(f.span, today) : null;
  const to = span?.to ?? f.to ?? today;
  const from = span?.from ?? f.from ?? `${to.slice(0, 7)}-01`;
  if (from > to) throw badInput('filter.from', msg('reports.fromAfter'));
  const days = daysBetween(from, to) + 1;
  if (days > MAX_DAYS) throw badInput('filter.from', msg('reports.rangeTooLong', { maxDays: MAX_DAYS }));
  (f.ownerIds ?? []).forEach((id, i) => {
    if (!isUuid(id)) throw badInput(`filter.ownerIds.${i}`, msg('reports.invalidUserId'));
  });
  if (f.teamOf && !isUuid(f.teamOf)) throw badInput('filter.teamOf', msg('reports.invalidUserId'));
  const notFollowedDays = f.notFollowedDays ?? 30;
  if (notFollowedDays < 1 || notFollowedDays > 3650) throw badInput('filter.notFollowedDays', msg('reports.daysRange'));
  const { prevFrom, prevTo } = previousRange(from, to, days);
  return {
    user,
    tz,
    today,
    from,
    to,
    prevFrom,
    prevTo,
    start: startOfBusinessDay(from, tz),
    end: startOfBusinessDay(addDays(to, 1), tz),
    prevStart: startOfBusinessDay(prevFrom, tz),
    prevEnd: startOfBusinessDay(from, tz),
    period: f.period ?? (f.span ? trendUnitOf(f.span) : 'MONTH'),
    ownerIds: f.ownerIds?.length ? f.ownerIds : null,
    teamOf: f.teamOf ?? null,
    notFollowedDays,
  };
}

const ymd = (d: string) => d.split('-').map(Number) as [number, number, number];
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** The date `k` calendar months earlier, the day clamped to that month's length (or its last day when `toEnd`). */
function monthsBack(date: string, k: number, toEnd = false): string {
  const [y, m, d] = ymd(date);
  const idx = y * 12 + (m - 1) - k;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return `${ny}-${pad(nm)}-${pad(toEnd ? daysIn(ny, nm) : Math.min(d, daysIn(ny, nm)))}`;
}

/** See ReportRange.prevFrom. */
export function previousRange(from: string, to: string, days: number): { prevFrom: string; prevTo: string } {
  const [fy, fm, fd] = ymd(from);
  if (fd !== 1) return { prevFrom: addDays(from, -days), prevTo: addDays(from, -1) };
  const [ty, tm, td] = ymd(to);
  const k = ty * 12 + tm - (fy * 12 + fm) + 1;
  return { prevFrom: monthsBack(from, k), prevTo: monthsBack(to, k, td === daysIn(ty, tm)) };
}

/**
 * Whose numbers a report may count, over a user-id column (the owner of a customer, opportunity, contract or
 * visit, the author of a follow-up): admins and service staff everyone (their read scope is every customer),
 * a manager their team at any depth, a salesperson themselves (visibleUserSql). It comes on top of
 * customerScopeSql: a customer shared with a salesperson, or one in the pool, is readable but is not their
 * numbers, and a colleague's record on it must never be counted in their report.
 */
export function ownerScopeSql(r: ReportRange, column: string, params: SqlParams): string {
  if (r.user.role === 'ADMIN' || r.user.role === 'SERVICE') return 'TRUE';
  return `${column} IN (SELECT su.id FROM users su WHERE ${visibleUserSql(r.user, 'su', params)})`;
}

/** The one way reports turn a sum into Money: exact numeric in SQL, 0.00 for no rows, text for the Money scalar. */
export const moneySql = (expr: string) => `COALESCE(${expr}, 0)::numeric(14,2)::text`;

/** The owner filter over a user-id column (true when none is given). */
export function ownerSql(r: ReportRange, column: string, params: SqlParams): string {
  const parts: string[] = [];
  if (r.ownerIds) parts.push(`${column} = ANY(${params.p(r.ownerIds)}::uuid[])`);
  if (r.teamOf) parts.push(`${column} IN ${teamIdsSql(params.p(r.teamOf))}`);
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

/** Live customers (alias) the caller may read. */
export function customerScopeSql(r: ReportRange, alias: string, params: SqlParams): string {
  return `${alias}.deleted_at IS NULL AND ${readableCustomerSql(r.user, alias, params)}`;
}

const TRUNC: Record<ReportPeriod, { unit: string; step: string; label: string }> = {
  DAY: { unit: 'day', step: '1 day', label: `'YYYY-MM-DD'` },
  WEEK: { unit: 'week', step: '1 week', label: `'IYYY-"W"IW'` },
  MONTH: { unit: 'month', step: '1 month', label: `'YYYY-MM'` },
  QUARTER: { unit: 'quarter', step: '3 months', label: `'YYYY-"Q"Q'` },
  YEAR: { unit: 'year', step: '1 year', label: `'YYYY'` },
};

/**
 * SQL of the whole calendar periods touching the range plus the one before it (for the first period's 环比):
 * columns p (first day), p_end (first day of the next period), label, in_range.
 */
export function periodsSql(r: ReportRange, params: SqlParams): string {
  const t = TRUNC[r.period];
  const from = params.p(r.from);
  const to = params.p(r.to);
  return `(SELECT g::date AS p, (g + interval '${t.step}')::date AS p_end, to_char(g, ${t.label}) AS label,
                  g >= date_trunc('${t.unit}', ${from}::date) AS in_range
             FROM generate_series(date_trunc('${t.unit}', ${from}::date) - interval '${t.step}', ${to}::date, interval '${t.step}') g)`;
}

/** Percentage change from `prev` to `cur` as float, null when prev is 0 (SQL). */
export const changeSql = (cur: string, prev: string) =>
  `(CASE WHEN (${prev}) = 0 THEN NULL ELSE round(((${cur}) - (${prev})) * 100.0 / (${prev}), 2) END)::float8`;

/** Business date of a timestamptz expression (for grouping into periods). */
export const businessDateSql = (expr: string, tzParam: string) => `(${expr} AT TIME ZONE ${tzParam})::date`;
