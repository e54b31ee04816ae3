import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { visibleUserSql } from '../access/customer-scope';
import { rangeInfo } from './report.customers';
import type { ReportFilter } from './report.inputs';
import { changeSql, customerScopeSql, moneySql, ownerSql, resolveRange } from './report.range';
import type { PerformanceRow, SalesPerformanceReport } from './report.types';

type Raw = {
  user_id: string;
  name: string;
  held: number;
  assigned: number;
  won_customers: number;
  conversion: number | null;
  follow_ups: number;
  follow_ups_prev: number;
  follow_ups_change: number | null;
  opp_amount: string;
  won_count: number;
  won_amount: string;
  won_amount_prev: string;
  won_amount_change: number | null;
  signed_amount: string;
  avg_days: number | null;
};

const toRow = (r: Raw): PerformanceRow => ({
  userId: r.user_id,
  name: r.name,
  customersHeld: r.held,
  customersAssigned: r.assigned,
  customersWon: r.won_customers,
  conversionPercent: r.conversion,
  followUps: { current: r.follow_ups, previous: r.follow_ups_prev, changePercent: r.follow_ups_change },
  opportunityAmount: r.opp_amount,
  wonCount: r.won_count,
  wonAmount: { current: r.won_amount, previous: r.won_amount_prev, changePercent: r.won_amount_change },
  signedAmount: r.signed_amount,
  averageDaysToWin: r.avg_days,
});

/**
 * 销售业绩: per person, then the same sums per team (team = a manager and everyone below them at any depth,
 * keyed by the manager, as the data scope defines a team; a director's team therefore contains the teams of the
 * managers below them). Everything counted is within the caller's customer scope; the people listed, and the
 * team leaders, are those the caller may see (visibleUserSql): a salesperson gets their own row and no team.
 */
export async function salesPerformance(ctx: Context, filter: ReportFilter | null | undefined): Promise<SalesPerformanceReport> {
  const r = resolveRange(ctx, filter);
  const params = new SqlParams();
  const [start, end, prevStart, prevEnd] = [r.start, r.end, r.prevStart, r.prevEnd].map((v) => params.p(v));
  const from = params.p(r.from);
  const to = params.p(r.to);
  const rows: (Raw & { leaders: string[]; days_sum: number })[] = await ctx.dataSource.query(
    `WITH RECURSIVE tree(leader, member) AS (
       SELECT id, id FROM users WHERE role = 'MANAGER' UNION ALL SELECT tree.leader, u.id FROM tree JOIN users u ON u.manager_id = tree.member),
     cs AS (SELECT c.id, c.owner_id, c.type, c.assigned_at, c.created_at FROM customers c WHERE ${customerScopeSql(r, 'c', params)}),
     people AS (SELECT u.id, u.name,
                       ARRAY(SELECT tree.leader FROM tree WHERE tree.member = u.id
                                AND tree.leader IN (SELECT vu.id FROM users vu WHERE ${visibleUserSql(r.user, 'vu', params)})) AS leaders
                  FROM users u WHERE u.role IN ('SALES', 'MANAGER') AND ${visibleUserSql(r.user, 'u', params)} AND ${ownerSql(r, 'u.id', params)})
     SELECT p.id AS user_id, p.name, p.leaders, cu.held, cu.assigned, cu.won_customers,
            (CASE WHEN cu.assigned = 0 THEN NULL ELSE round(cu.won_customers * 100.0 / cu.assigned, 2) END)::float8 AS conversion,
            f.cur AS follow_ups, f.prev AS follow_ups_prev, ${changeSql('f.cur', 'f.prev')} AS follow_ups_change,
            ${moneySql('o.created_amount')} AS opp_amount, o.won_count, ${moneySql('o.won_amount')} AS won_amount,
            ${moneySql('o.won_amount_prev')} AS won_amount_prev, ${changeSql('o.won_amount', 'o.won_amount_prev')} AS won_amount_change,
            ${moneySql('k.signed')} AS signed_amount,
            o.days_sum::float8 AS days_sum,
            (CASE WHEN o.won_count = 0 THEN NULL ELSE round(o.days_sum / o.won_count, 1) END)::float8 AS avg_days
       FROM people p
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE cs.created_at < ${end})::int AS held,
                count(*) FILTER (WHERE cs.assigned_at >= ${start} AND cs.assigned_at < ${end})::int AS assigned,
                count(*) FILTER (WHERE cs.assigned_at >= ${start} AND cs.assigned_at < ${end} AND cs.type = 'WON')::int AS won_customers
           FROM cs WHERE cs.owner_id = p.id) cu
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE fu.at >= ${start} AND fu.at < ${end})::int AS cur,
                count(*) FILTER (WHERE fu.at >= ${prevStart} AND fu.at < ${prevEnd})::int AS prev
           FROM follow_ups fu JOIN cs ON cs.id = fu.customer_id WHERE fu.author_id = p.id AND fu.at >= ${prevStart} AND fu.at < ${end}) f
       CROSS JOIN LATERAL (
         SELECT COALESCE(sum(op.amount) FILTER (WHERE op.created_at >= ${start} AND op.created_at < ${end}), 0) AS created_amount,
                count(*) FILTER (WHERE op.stage = 'WON' AND op.closed_at >= ${start} AND op.closed_at < ${end})::int AS won_count,
                COALESCE(sum(op.amount) FILTER (WHERE op.stage = 'WON' AND op.closed_at >= ${start} AND op.closed_at < ${end}), 0) AS won_amount,
                COALESCE(sum(op.amount) FILTER (WHERE op.stage = 'WON' AND op.closed_at >= ${prevStart} AND op.closed_at < ${prevEnd}), 0) AS won_amount_prev,
                COALESCE(sum(extract(epoch FROM op.closed_at - op.created_at) / 86400.0)
                         FILTER (WHERE op.stage = 'WON' AND op.closed_at >= ${start} AND op.closed_at < ${end}), 0) AS days_sum
           FROM opportunities op JOIN cs ON cs.id = op.customer_id WHERE op.owner_id = p.id) o
       CROSS JOIN LATERAL (
         SELECT COALESCE(sum(ct.amount), 0) AS signed FROM contracts ct JOIN cs ON cs.id = ct.customer_id
          WHERE ct.owner_id = p.id AND ct.signed_at >= ${from}::date AND ct.signed_at <= ${to}::date) k
      ORDER BY o.won_amount DESC, p.name, p.id`,
    params.values,
  );

  // Team rows: the person rows re-summed per team leader in SQL (money stays decimal).
  const teams = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) for (const leader of row.leaders) teams.set(leader, [...(teams.get(leader) ?? []), row]);
  const teamRows = await teamSums(ctx, teams);
  return { range: rangeInfo(r), people: rows.map(toRow), teams: teamRows };
}

/** Sums per team in SQL (money stays decimal) from the person rows: one statement. */
async function teamSums(ctx: Context, teams: Map<string, (Raw & { days_sum: number })[]>): Promise<PerformanceRow[]> {
  if (!teams.size) return [];
  const input = [...teams.entries()].flatMap(([teamId, members]) => members.map((m) => ({ ...m, team_id: teamId })));
  const rows: Raw[] = await ctx.dataSource.query(
    `WITH m AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(team_id uuid, held int, assigned int, won_customers int, follow_ups int,
                  follow_ups_prev int, opp_amount numeric, won_count int, won_amount numeric, won_amount_prev numeric, signed_amount numeric, days_sum float8)),
     t AS (SELECT team_id, sum(held)::int AS held, sum(assigned)::int AS assigned, sum(won_customers)::int AS won_customers,
                  sum(follow_ups)::int AS follow_ups, sum(follow_ups_prev)::int AS follow_ups_prev, sum(opp_amount) AS opp_amount,
                  sum(won_count)::int AS won_count, sum(won_amount) AS won_amount, sum(won_amount_prev) AS won_amount_prev,
                  sum(signed_amount) AS signed_amount, sum(days_sum) AS days_sum FROM m GROUP BY team_id)
     SELECT t.team_id::text AS user_id, COALESCE(u.name, '') || '团队' AS name, held, assigned, won_customers,
            (CASE WHEN assigned = 0 THEN NULL ELSE round(won_customers * 100.0 / assigned, 2) END)::float8 AS conversion,
            follow_ups, follow_ups_prev, ${changeSql('follow_ups', 'follow_ups_prev')} AS follow_ups_change,
            ${moneySql('opp_amount')} AS opp_amount, won_count, ${moneySql('won_amount')} AS won_amount,
            ${moneySql('won_amount_prev')} AS won_amount_prev, ${changeSql('won_amount', 'won_amount_prev')} AS won_amount_change,
            ${moneySql('signed_amount')} AS signed_amount,
            (CASE WHEN won_count = 0 THEN NULL ELSE round((days_sum / won_count)::numeric, 1) END)::float8 AS avg_days
       FROM t LEFT JOIN users u ON u.id = t.team_id ORDER BY t.won_amount DESC, name`,
    [JSON.stringify(input)],
  );
  return rows.map(toRow);
}
