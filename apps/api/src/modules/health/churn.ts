import { businessDate } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '../../db/sql';
import { visitScoreSql } from '../visits/satisfaction';
import { activityPredicate, CONTACT_EXPR, thresholdSql } from './activity.sql';

/**
 * 流失预警 (issue 18, item 3). A customer is at risk for any of these causes, each with the moment it began
 * (what makes a warning "once per cause": the notification's key is the cause's subject and that moment):
 * - DORMANT: a VIP or 重要 customer is 沉睡 (or 流失) — since its last contact + the grade's dormant days;
 * - SATISFACTION_DROP: its last recorded visit scored below the one before by at least the set margin
 *   (default 1 point on the 1–5 scale) — since that visit;
 * - OVERDUE: a payment plan is unpaid the set number of days (default 30) after its due date — since then.
 * A cause ends when its condition stops holding (a new contact, a better visit, the money received).
 */
export const CHURN_CAUSES = ['DORMANT', 'SATISFACTION_DROP', 'OVERDUE'] as const;
export type ChurnCause = (typeof CHURN_CAUSES)[number];

export const CHURN_SETTING_KEY = 'health.churn';
export const DEFAULT_CHURN_SETTINGS = { satisfactionDrop: 1, overdueDays: 30 };

/**
 * A visit's satisfaction on the 1–5 scale: its overall score, the same figure the 360 and the reports average
 * (visits/satisfaction.ts). Visits recorded before the scores existed carry their 4-level value mapped 5/4/3/2.
 */
export const VISIT_SCORE_SQL = visitScoreSql;

const churnSetting = (key: keyof typeof DEFAULT_CHURN_SETTINGS, cast: string) =>
  `COALESCE((SELECT (s.value->>'${key}')::${cast} FROM settings s WHERE s.key = '${CHURN_SETTING_KEY}'), ${DEFAULT_CHURN_SETTINGS[key]})`;

export interface ChurnCauseRow {
  customer_id: string;
  customer_name: string;
  grade: string;
  owner_id: string;
  manager_id: string | null;
  cause: ChurnCause;
  subject_id: string;
  since: Date;
  /** Days idle / the two scores "4.0→2.0" / the plan's due date and outstanding amount. */
  detail: string;
}

/**
 * Every cause in force at `now` for owned, live customers within `scope` (a predicate over alias c, e.g.
 * readableCustomerSql, with its parameters in `params`). One statement.
 */
export async function churnCauses(
  db: Pick<EntityManager, 'query'>,
  now: Date,
  tz: string,
  scope = 'TRUE',
  params = new SqlParams(),
): Promise<ChurnCauseRow[]> {
  const at = params.p(now);
  const today = businessDate(now, tz);
  const tzp = params.p(tz);
  const base = `c.owner_id IS NOT NULL AND c.deleted_at IS NULL AND c.status = 'ACTIVE' AND ${scope}`;
  const dormant = activityPredicate('c', ['DORMANT', 'CHURNED'], now, params);
  const sql = `
    WITH risks AS (
      SELECT c.id AS customer_id, 'DORMANT' AS cause, c.id AS subject_id,
             ${CONTACT_EXPR('c')} + make_interval(days => CASE c.grade WHEN 'VIP' THEN ${thresholdSql('VIP', 'dormantDays')} ELSE ${thresholdSql('IMPORTANT', 'dormantDays')} END) AS since,
             floor(extract(epoch FROM (${at}::timestamptz - ${CONTACT_EXPR('c')})) / 86400)::int::text AS detail
        FROM customers c
       WHERE ${base} AND c.grade IN ('VIP', 'IMPORTANT') AND ${dormant}
      UNION ALL
      SELECT c.id, 'SATISFACTION_DROP', lv.id, lv.actual_at, to_char(pv.score, 'FM0.0') || '→' || to_char(lv.score, 'FM0.0')
        FROM (SELECT DISTINCT ON (v.customer_id) v.customer_id, v.id, v.actual_at, ${VISIT_SCORE_SQL('v')} AS score
                FROM visits v WHERE v.actual_at IS NOT NULL AND v.overall_score IS NOT NULL AND v.actual_at <= ${at}::timestamptz
               ORDER BY v.customer_id, v.actual_at DESC, v.id DESC) lv
        JOIN customers c ON c.id = lv.customer_id
        CROSS JOIN LATERAL (SELECT ${VISIT_SCORE_SQL('p')} AS score FROM visits p
                             WHERE p.customer_id = lv.customer_id AND p.actual_at IS NOT NULL AND p.overall_score IS NOT NULL
                               AND (p.actual_at, p.id) < (lv.actual_at, lv.id)
                             ORDER BY p.actual_at DESC, p.id DESC LIMIT 1) pv
       WHERE ${base} AND pv.score - lv.score >= ${churnSetting('satisfactionDrop', 'numeric')}
      UNION ALL
      SELECT c.id, 'OVERDUE', x.id, (x.due_date + ${churnSetting('overdueDays', 'int')})::timestamp AT TIME ZONE ${tzp},
             x.due_date::text || ' ' || x.outstanding::text
        FROM (SELECT p.id, p.customer_id, p.due_date,
                     p.amount - COALESCE((SELECT sum(r.amount) FROM receipts r WHERE r.plan_id = p.id), 0) AS outstanding
                FROM payment_plans p JOIN contracts k ON k.id = p.contract_id
               WHERE k.status IN ('SIGNED', 'COMPLETED') AND p.due_date <= ${params.p(today)}::date - ${churnSetting('overdueDays', 'int')}) x
        JOIN customers c ON c.id = x.customer_id
       WHERE ${base} AND x.outstanding > 0
    )
    SELECT r.customer_id, c.name AS customer_name, c.grade, c.owner_id, u.manager_id, r.cause, r.subject_id, r.since, r.detail
      FROM risks r JOIN customers c ON c.id = r.customer_id LEFT JOIN users u ON u.id = c.owner_id
     ORDER BY (CASE c.grade WHEN 'VIP' THEN 1 WHEN 'IMPORTANT' THEN 2 WHEN 'NORMAL' THEN 3 ELSE 4 END), r.since, c.id, r.cause`;
  return db.query(sql, params.values);
}

/** Words of a cause, e.g. "沉睡 45 天" / "满意度下降 4.0→2.0" / "回款逾期: 2026-05-01 应收 ¥1,000.00". */
export function causeText(r: Pick<ChurnCauseRow, 'cause' | 'detail'>): string {
  if (r.cause === 'DORMANT') return `${r.detail} 天无往来 (沉睡)`;
  if (r.cause === 'SATISFACTION_DROP') return `满意度下降 ${r.detail}`;
  const [due, amount] = r.detail.split(' ');
  return `回款逾期：${due} 到期未收 ${amount} 元`;
}
