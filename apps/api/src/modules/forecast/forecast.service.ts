import {
  addPeriods,
  businessDate,
  COMMIT_MIN_WIN_RATE,
  COMMIT_STAGES,
  forecastCoverage,
  OPEN_OPPORTUNITY_STAGES,
  periodLabel,
  periodLastDay,
  periodStartOf,
  startOfBusinessDay,
} from '@kehu/domain';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { readableCustomerSql, teamIdsSql, visibleUserSql } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import type { User } from '../users/user.entity';
import type { ForecastRowKind } from './forecast.enums';
import type { ForecastFilter } from './forecast.inputs';
import type { ForecastPeriod, ForecastRow, SalesForecast } from './forecast.types';

/** SQL: a sum as Money text (exact numeric, 0.00 for no rows). */
const money = (expr: string) => `COALESCE(${expr}, 0)::numeric(14,2)::text`;

/**
 * Whose deals the caller's forecast counts, over an owner column: admins everyone's, a manager their team's at any
 * depth, a salesperson their own — always on customers they may read (a colleague's deal on a customer shared with a
 * salesperson is readable but not their forecast). The same rule as the reports (reports/report.range.ts).
 */
function ownerScopeSql(user: Pick<User, 'id' | 'role'>, column: string, params: SqlParams): string {
  if (user.role === 'ADMIN') return 'TRUE';
  return `${column} IN (SELECT su.id FROM users su WHERE ${visibleUserSql(user, 'su', params)})`;
}

type Raw = {
  kind: ForecastRowKind;
  p: string;
  user_id: string | null;
  name: string | null;
  won: string;
  won_count: number;
  weighted: string;
  commit: string;
  best: string;
  open_count: number;
  target: string | null;
  completion: number | null;
  gap: string | null;
};

/** `salesForecast(filter)`: one statement for every period, person, team and the total. */
export async function salesForecast(ctx: Context, filter: ForecastFilter | null | undefined): Promise<SalesForecast> {
  const user = requireUser(ctx);
  assertCan(user, 'forecast.view');
  const f = filter ?? {};
  const period = f.period ?? 'MONTH';
  const count = f.periods ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > 12) throw badInput('filter.periods', msg('forecast.periodsRange'));
  (f.ownerIds ?? []).forEach((id, i) => {
    if (!isUuid(id)) throw badInput(`filter.ownerIds.${i}`, msg('reports.invalidUserId'));
  });
  if (f.teamOf && !isUuid(f.teamOf)) throw badInput('filter.teamOf', msg('reports.invalidUserId'));

  // Periods of the business calendar, by the shared date helpers; their instants for closed_at (timestamptz).
  const tz = ctx.config.businessTimeZone;
  const first = periodStartOf(f.from ?? businessDate(ctx.clock.now(), tz), period);
  const starts = Array.from({ length: count }, (_, i) => addPeriods(first, period, i));
  const nexts = starts.map((s) => addPeriods(s, period, 1));

  const params = new SqlParams();
  const filtered = !!(f.ownerIds?.length || f.teamOf);
  const ownerFilter = (column: string) => {
    const parts: string[] = [];
    if (f.ownerIds?.length) parts.push(`${column} = ANY(${params.p(f.ownerIds)}::uuid[])`);
    if (f.teamOf) parts.push(`${column} IN ${teamIdsSql(params.p(f.teamOf))}`);
    return parts.length ? parts.join(' AND ') : 'TRUE';
  };
  // The total's target: the caller's own scope (company, own team, own person), only when no filter narrows it.
  const totalSubject = filtered ? null : user.role === 'ADMIN' ? 'COMPANY' : user.role === 'MANAGER' ? 'TEAM' : 'PERSON';
  const totalUser = user.role === 'ADMIN' ? null : user.id;
  const periodP = params.p(period);

  const rows: Raw[] = await ctx.dataSource.query(
    `WITH RECURSIVE tree(leader, member) AS (
       SELECT id, id FROM users WHERE role = 'MANAGER'
       UNION ALL SELECT tree.leader, u.id FROM tree JOIN users u ON u.manager_id = tree.member),
     pr AS (SELECT * FROM unnest(${params.p(starts)}::date[], ${params.p(nexts)}::date[],
                                 ${params.p(starts.map((s) => startOfBusinessDay(s, tz)))}::timestamptz[],
                                 ${params.p(nexts.map((s) => startOfBusinessDay(s, tz)))}::timestamptz[]) AS x(p, p_next, p_at, p_next_at)),
     agg AS (
       SELECT op.owner_id, pr.p,
              sum(op.amount) FILTER (WHERE op.stage = 'WON') AS won,
              count(*) FILTER (WHERE op.stage = 'WON') AS won_count,
              sum(op.amount * op.win_rate) FILTER (WHERE op.stage <> 'WON') AS weighted100,
              sum(op.amount) FILTER (WHERE op.stage = ANY(${params.p(COMMIT_STAGES)}::text[])) AS commit,
              sum(op.amount) FILTER (WHERE op.stage <> 'WON') AS best,
              count(*) FILTER (WHERE op.stage <> 'WON') AS open_count
         FROM opportunities op
         JOIN customers c ON c.id = op.customer_id
         JOIN pr ON (op.stage = 'WON' AND op.closed_at >= pr.p_at AND op.closed_at < pr.p_next_at)
                 OR (op.stage = ANY(${params.p(OPEN_OPPORTUNITY_STAGES)}::text[])
                     AND op.expected_close_date >= pr.p AND op.expected_close_date < pr.p_next)
        WHERE c.deleted_at IS NULL AND ${readableCustomerSql(user, 'c', params)}
          AND ${ownerScopeSql(user, 'op.owner_id', params)} AND ${ownerFilter('op.owner_id')}
        GROUP BY op.owner_id, pr.p),
     people AS (SELECT u.id, u.name FROM users u
                 WHERE u.role IN ('SALES', 'MANAGER') AND ${visibleUserSql(user, 'u', params)} AND ${ownerFilter('u.id')}),
     leaders AS (SELECT u.id, u.name FROM users u
                  WHERE u.role = 'MANAGER' AND ${visibleUserSql(user, 'u', params)} AND ${ownerFilter('u.id')}),
     r AS (
       SELECT 'PERSON' AS kind, 1 AS ord, pr.p, pe.id AS user_id, pe.name, a.won, a.won_count, a.weighted100, a.commit, a.best, a.open_count
         FROM pr CROSS JOIN people pe LEFT JOIN agg a ON a.owner_id = pe.id AND a.p = pr.p
       UNION ALL
       SELECT 'TEAM', 2, pr.p, l.id, l.name, sum(a.won), sum(a.won_count), sum(a.weighted100), sum(a.commit), sum(a.best), sum(a.open_count)
         FROM pr CROSS JOIN leaders l JOIN tree ON tree.leader = l.id LEFT JOIN agg a ON a.owner_id = tree.member AND a.p = pr.p
        GROUP BY pr.p, l.id, l.name
       UNION ALL
       SELECT 'TOTAL', 0, pr.p, NULL, NULL, sum(a.won), sum(a.won_count), sum(a.weighted100), sum(a.commit), sum(a.best), sum(a.open_count)
         FROM pr LEFT JOIN agg a ON a.p = pr.p GROUP BY pr.p)
     SELECT r.kind, r.p::text AS p, r.user_id, r.name,
            ${money('r.won')} AS won, COALESCE(r.won_count, 0)::int AS won_count,
            ${money('round(r.weighted100 / 100, 2)')} AS weighted, ${money('r.commit')} AS commit, ${money('r.best')} AS best,
            COALESCE(r.open_count, 0)::int AS open_count,
            t.amount::text AS target,
            (CASE WHEN t.amount > 0 THEN round(COALESCE(r.won, 0) * 100 / t.amount, 2) END)::float8 AS completion,
            (CASE WHEN t.amount IS NOT NULL THEN greatest(t.amount - COALESCE(r.won, 0), 0)::numeric(14,2)::text END) AS gap
       FROM r
       LEFT JOIN sales_targets t ON t.period = ${periodP} AND t.period_start = r.p
             AND ((r.kind IN ('PERSON', 'TEAM') AND t.subject = r.kind AND t.user_id = r.user_id)
               OR (r.kind = 'TOTAL' AND t.subject = ${params.p(totalSubject)}
                   AND t.user_id IS NOT DISTINCT FROM ${params.p(totalUser)}::uuid))
      ORDER BY r.p, r.ord, COALESCE(r.won, 0) DESC, r.name, r.user_id`,
    params.values,
  );

  const byPeriod = new Map<string, ForecastPeriod>(
    starts.map((s) => [
      s,
      { label: periodLabel(s, period), start: s, end: periodLastDay(s, period), total: null!, mine: null!, people: [], teams: [] },
    ]),
  );
  for (const raw of rows) {
    const p = byPeriod.get(raw.p)!;
    const row = toRow(raw);
    if (row.kind === 'TOTAL') p.total = row;
    else if (row.kind === 'TEAM') p.teams.push(row);
    else p.people.push(row);
  }
  for (const p of byPeriod.values()) {
    const own =
      user.role === 'SALES'
        ? p.people.find((r) => r.userId === user.id)
        : user.role === 'MANAGER'
          ? p.teams.find((r) => r.userId === user.id)
          : null;
    p.mine = own ?? p.total;
  }
  return { period, commitMinWinRate: COMMIT_MIN_WIN_RATE, periods: [...byPeriod.values()] };
}

function toRow(r: Raw): ForecastRow {
  const row = {
    kind: r.kind,
    userId: r.user_id,
    name: r.name,
    won: r.won,
    wonCount: r.won_count,
    weighted: r.weighted,
    commit: r.commit,
    bestCase: r.best,
    openCount: r.open_count,
    target: r.target,
    completionPercent: r.completion,
    gap: r.gap,
  };
  return { ...row, coverage: forecastCoverage(row) };
}
