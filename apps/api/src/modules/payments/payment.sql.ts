/**
 * The SQL of computed money: plan state and receivables. Everything is numeric arithmetic in PostgreSQL;
 * "today" is the business date passed in as a parameter (never the database's clock or time zone).
 */
import { SIGNED_STATUSES_SQL } from '../contracts/contract.enums';

/** Joins each plan `p` with what was received against it (`pr.received`). */
export const planReceivedJoin = (p = 'p') => `LEFT JOIN LATERAL (SELECT COALESCE(sum(r.amount), 0)::numeric(14,2) AS received FROM receipts r WHERE r.plan_id = ${p}.id) pr ON true`;
export const PLAN_RECEIVED_JOIN = planReceivedJoin();

export const planStatusSql = (today: string, p = 'p') =>
  `(CASE WHEN pr.received >= ${p}.amount THEN 'PAID' WHEN ${p}.due_date < ${today}::date THEN 'OVERDUE' WHEN pr.received > 0 THEN 'PARTLY_PAID' ELSE 'PENDING' END)`;

/** The computed columns of a PaymentPlan read; needs PLAN_RECEIVED_JOIN. */
export const planComputedSql = (today: string, p = 'p') =>
  `pr.received AS "receivedAmount", (${p}.amount - pr.received)::numeric(14,2) AS "outstandingAmount", ${planStatusSql(today, p)} AS status,
   (CASE WHEN pr.received < ${p}.amount AND ${p}.due_date < ${today}::date THEN ${today}::date - ${p}.due_date ELSE 0 END) AS "overdueDays"`;

/**
 * Receivables grouped by `key` (customer_id or id of contracts), for the keys in $1, as of the date in $2.
 * Only signed and completed contracts count.
 */
export const receivableSql = (key: 'customer_id' | 'id') => `
  WITH k AS (
    SELECT id, customer_id, amount FROM contracts WHERE ${key} = ANY($1::uuid[]) AND status IN (${SIGNED_STATUSES_SQL})
  ), plans AS (
    SELECT p.contract_id, p.amount - pr.received AS unpaid, $2::date - p.due_date AS days
      FROM payment_plans p JOIN k ON k.id = p.contract_id ${PLAN_RECEIVED_JOIN}
     WHERE p.due_date < $2::date AND pr.received < p.amount
  ), per AS (
    SELECT k.id, k.customer_id, k.amount,
           COALESCE((SELECT sum(r.amount) FROM receipts r WHERE r.contract_id = k.id), 0) AS received,
           COALESCE((SELECT sum(unpaid) FROM plans WHERE plans.contract_id = k.id), 0) AS overdue,
           COALESCE((SELECT max(days) FROM plans WHERE plans.contract_id = k.id), 0) AS days
      FROM k
  )
  SELECT ${key} AS key, sum(amount)::numeric(14,2)::text AS contracted, sum(received)::numeric(14,2)::text AS received,
         (sum(amount) - sum(received))::numeric(14,2)::text AS outstanding, sum(overdue)::numeric(14,2)::text AS overdue,
         max(days)::int AS "longestOverdueDays"
    FROM per GROUP BY ${key}`;

export const ZERO_RECEIVABLE = { contracted: '0.00', received: '0.00', outstanding: '0.00', overdue: '0.00', longestOverdueDays: 0 };
