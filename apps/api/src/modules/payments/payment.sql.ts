/**
 * The SQL of computed money: plan state and receivables. Everything is numeric arithmetic in PostgreSQL;
 * "today" is the business date passed in as a parameter (never the database's clock or time zone).
 */
import { SIGNED_STATUSES_SQL } from '../contracts/contract.enums';

/** Joins each plan `p` with what was received against it (`pr.received`). */
export const planReceivedJoin = (p = 'p') =>
  `LEFT JOIN LATERAL (SELECT COALESCE(sum(r.amount), 0)::numeric(14,2) AS received FROM receipts r WHERE r.plan_id = ${p}.id) pr ON true`;
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
    SELECT p.contract_id, sum(p.amount - pr.received) AS overdue, max($2::date - p.due_date) AS days
      FROM payment_plans p JOIN k ON k.id = p.contract_id ${PLAN_RECEIVED_JOIN}
     WHERE p.due_date < $2::date AND pr.received < p.amount
     GROUP BY p.contract_id
  ), rec AS (
    SELECT r.contract_id, sum(r.amount) AS received FROM receipts r JOIN k ON k.id = r.contract_id GROUP BY r.contract_id
  ), per AS (
    -- Overdue plans and receipts are summed once per contract and joined, not re-scanned for each contract
    -- (a key account with 60 contracts read the overdue plans 120 times).
    SELECT k.id, k.customer_id, k.amount, COALESCE(rec.received, 0) AS received,
           COALESCE(plans.overdue, 0) AS overdue, COALESCE(plans.days, 0) AS days
      FROM k LEFT JOIN plans ON plans.contract_id = k.id LEFT JOIN rec ON rec.contract_id = k.id
  )
  SELECT ${key} AS key, sum(amount)::numeric(14,2)::text AS contracted, sum(received)::numeric(14,2)::text AS received,
         (sum(amount) - sum(received))::numeric(14,2)::text AS outstanding, sum(overdue)::numeric(14,2)::text AS overdue,
         max(days)::int AS "longestOverdueDays"
    FROM per GROUP BY ${key}`;

export const ZERO_RECEIVABLE = { contracted: '0.00', received: '0.00', outstanding: '0.00', overdue: '0.00', longestOverdueDays: 0 };
