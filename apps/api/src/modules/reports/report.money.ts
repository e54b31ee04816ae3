import { SIGNED_STATUSES_SQL } from '../contracts/contract.enums';
import { SqlParams } from '../../db/sql';
import { pageSize, toConnection, decodeCursor } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { lastDayOf, rangeInfo } from './report.customers';
import type { ReportFilter, TopCustomersBy } from './report.inputs';
import { changeSql, customerScopeSql, moneySql, ownerScopeSql, ownerSql, periodsSql, resolveRange, type ReportRange } from './report.range';
import { ReceiptReportConnection, type MoneyReport, type ReceiptReportRow, type TopCustomer } from './report.types';

const m = moneySql;

/**
 * Outstanding and overdue as of business date `asOf` (SQL), the same rules as the contract and customer pages
 * (payments/payment.sql.ts) evaluated at that date: only signed and completed contracts signed by then count;
 * outstanding = amount − received up to asOf (never below 0); overdue = for each payment plan due before asOf,
 * its amount − what was received against it up to asOf.
 */
const receivablesSql = (contracts: string, asOf: string) => `(
  SELECT ${m('sum(greatest(k.amount - rc.got, 0))')} AS outstanding, ${m('sum(od.unpaid)')} AS overdue
    FROM ${contracts} k
    CROSS JOIN LATERAL (SELECT COALESCE(sum(x.amount), 0) AS got FROM receipts x WHERE x.contract_id = k.id AND x.received_date <= ${asOf}::date) rc
    CROSS JOIN LATERAL (
      SELECT COALESCE(sum(greatest(y.amount - (SELECT COALESCE(sum(z.amount), 0) FROM receipts z WHERE z.plan_id = y.id AND z.received_date <= ${asOf}::date), 0)), 0) AS unpaid
        FROM payment_plans y WHERE y.contract_id = k.id AND y.due_date < ${asOf}::date) od
   WHERE k.status IN (${SIGNED_STATUSES_SQL}) AND k.signed_at <= ${asOf}::date)`;

/** Contracts in scope (their customer readable) owned per the filter. */
function contractsCte(r: ReportRange, params: SqlParams) {
  return `SELECT ct.* FROM contracts ct JOIN customers c ON c.id = ct.customer_id
           WHERE ${customerScopeSql(r, 'c', params)} AND ${ownerScopeSql(r, 'ct.owner_id', params)} AND ${ownerSql(r, 'ct.owner_id', params)}`;
}

/** 合同与回款 by period: signed, received (with the previous period), outstanding and overdue at each period's end. */
export async function moneyReport(ctx: Context, filter: ReportFilter | null | undefined): Promise<MoneyReport> {
  const r = resolveRange(ctx, filter);
  const params = new SqlParams();
  const today = params.p(r.today);
  const [from, to, prevFrom, prevTo] = [r.from, r.to, r.prevFrom, r.prevTo].map((v) => params.p(v));
  const [row] = await ctx.dataSource.query(
    `WITH k AS (${contractsCte(r, params)}),
     rc AS (SELECT x.* FROM receipts x JOIN k ON k.id = x.contract_id),
     periods AS ${periodsSql(r, params)},
     per AS (
       SELECT pr.label, pr.p, pr.p_end, pr.in_range,
              (SELECT COALESCE(sum(amount), 0) FROM k WHERE signed_at >= pr.p AND signed_at < pr.p_end) AS signed,
              (SELECT COALESCE(sum(amount), 0) FROM rc WHERE received_date >= pr.p AND received_date < pr.p_end) AS received,
              least((pr.p_end - 1), ${today}::date) AS as_of
         FROM periods pr),
     series AS (SELECT per.*, COALESCE(lag(signed) OVER w, 0) AS signed_prev, COALESCE(lag(received) OVER w, 0) AS received_prev
                  FROM per WINDOW w AS (ORDER BY p)),
     totals AS (
       SELECT (SELECT COALESCE(sum(amount), 0) FROM k WHERE signed_at BETWEEN ${from}::date AND ${to}::date) AS signed,
              (SELECT COALESCE(sum(amount), 0) FROM k WHERE signed_at BETWEEN ${prevFrom}::date AND ${prevTo}::date) AS signed_prev,
              (SELECT COALESCE(sum(amount), 0) FROM rc WHERE received_date BETWEEN ${from}::date AND ${to}::date) AS received,
              (SELECT COALESCE(sum(amount), 0) FROM rc WHERE received_date BETWEEN ${prevFrom}::date AND ${prevTo}::date) AS received_prev)
     SELECT ${m('t.signed')} AS signed, ${m('t.signed_prev')} AS signed_prev, ${changeSql('t.signed', 't.signed_prev')} AS signed_change,
            ${m('t.received')} AS received, ${m('t.received_prev')} AS received_prev, ${changeSql('t.received', 't.received_prev')} AS received_change,
            now_r.outstanding, now_r.overdue,
            (SELECT COALESCE(json_agg(json_build_object(
                'label', s.label, 'p', s.p, 'p_end', s.p_end,
                'signed', ${m('s.signed')}, 'signed_prev', ${m('s.signed_prev')}, 'signed_change', ${changeSql('s.signed', 's.signed_prev')},
                'received', ${m('s.received')}, 'received_prev', ${m('s.received_prev')}, 'received_change', ${changeSql('s.received', 's.received_prev')},
                'outstanding', rv.outstanding, 'overdue', rv.overdue) ORDER BY s.p), '[]')
               FROM series s CROSS JOIN LATERAL ${receivablesSql('k', 's.as_of')} rv WHERE s.in_range) AS periods
       FROM totals t CROSS JOIN LATERAL ${receivablesSql('k', `least(${to}::date, ${today}::date)`)} now_r`,
    params.values,
  );
  return {
    range: rangeInfo(r),
    signed: { current: row.signed, previous: row.signed_prev, changePercent: row.signed_change },
    received: { current: row.received, previous: row.received_prev, changePercent: row.received_change },
    outstanding: row.outstanding,
    overdue: row.overdue,
    periods: row.periods.map((p: Record<string, string & number>) => ({
      period: p.label,
      start: p.p,
      end: lastDayOf(p.p_end),
      signed: { current: p.signed, previous: p.signed_prev, changePercent: p.signed_change },
      received: { current: p.received, previous: p.received_prev, changePercent: p.received_change },
      outstanding: p.outstanding,
      overdue: p.overdue,
    })),
  };
}

/** 回款明细: receipts received in the range, newest first, as a connection (keyset on date, id). */
export async function receiptReport(
  ctx: Context,
  filter: ReportFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ReceiptReportConnection> {
  const r = resolveRange(ctx, filter);
  const limit = pageSize(first);
  const params = new SqlParams();
  const where = `${customerScopeSql(r, 'c', params)} AND ${ownerScopeSql(r, 'ct.owner_id', params)} AND ${ownerSql(r, 'ct.owner_id', params)}
                 AND x.received_date BETWEEN ${params.p(r.from)}::date AND ${params.p(r.to)}::date`;
  const countValues = [...params.values];
  let keyset = '';
  if (after) {
    const [date, id] = decodeCursor(after, 2);
    if (typeof date !== 'string' || !isUuid(id)) throw badInput('after', msg('reports.invalidCursor'));
    keyset = ` AND (x.received_date, x.id) < (${params.p(date)}::date, ${params.p(id)}::uuid)`;
  }
  const from = `FROM receipts x JOIN contracts ct ON ct.id = x.contract_id JOIN customers c ON c.id = x.customer_id LEFT JOIN users u ON u.id = ct.owner_id`;
  const rows: ReceiptReportRow[] = await ctx.dataSource.query(
    `SELECT x.id, x.received_date AS "receivedDate", x.amount::numeric(14,2)::text AS amount, x.method, c.id AS "customerId", c.name AS "customerName",
            ct.id AS "contractId", ct.number AS "contractNumber", u.name AS "ownerName"
       ${from} WHERE ${where}${keyset} ORDER BY x.received_date DESC, x.id DESC LIMIT ${limit + 1}`,
    params.values,
  );
  return toConnection(
    ReceiptReportConnection,
    rows,
    limit,
    (row) => [row.receivedDate, row.id],
    async () => (await ctx.dataSource.query(`SELECT count(*)::int AS n ${from} WHERE ${where}`, countValues))[0].n,
    !!after,
  );
}

/** Customers ranked by signed or received amount in the range, with what they owe today. */
export async function topCustomers(
  ctx: Context,
  filter: ReportFilter | null | undefined,
  by: TopCustomersBy,
  limit: number,
): Promise<TopCustomer[]> {
  const r = resolveRange(ctx, filter);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput('limit', msg('reports.limit'));
  const params = new SqlParams();
  const [from, to, today] = [r.from, r.to, r.today].map((v) => params.p(v));
  return ctx.dataSource.query(
    `WITH k AS (${contractsCte(r, params)}),
     per AS (
       SELECT c.id, c.name, u.name AS owner_name,
              (SELECT COALESCE(sum(amount), 0) FROM k WHERE k.customer_id = c.id AND signed_at BETWEEN ${from}::date AND ${to}::date) AS signed,
              (SELECT COALESCE(sum(x.amount), 0) FROM receipts x JOIN k ON k.id = x.contract_id WHERE k.customer_id = c.id AND x.received_date BETWEEN ${from}::date AND ${to}::date) AS received
         FROM customers c LEFT JOIN users u ON u.id = c.owner_id
        WHERE c.id IN (SELECT customer_id FROM k))
     SELECT per.id AS "customerId", per.name, per.owner_name AS "ownerName", ${m('per.signed')} AS "signedAmount", ${m('per.received')} AS "receivedAmount",
            rv.outstanding
       FROM per CROSS JOIN LATERAL ${receivablesSql(`(SELECT * FROM k WHERE k.customer_id = per.id)`, today)} rv
      WHERE per.${by === 'RECEIVED' ? 'received' : 'signed'} > 0
      ORDER BY per.${by === 'RECEIVED' ? 'received' : 'signed'} DESC, per.name LIMIT ${limit}`,
    params.values,
  );
}
