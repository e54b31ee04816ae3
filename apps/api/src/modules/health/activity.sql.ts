import { DEFAULT_ACTIVITY_THRESHOLDS, type CustomerActivity } from '@kehu/domain';
import type { SqlParams } from '../../db/sql';
import { ACTIVITY_SETTING_KEY } from './activity.settings';

/** The contact moment activity is read from; the same expression as the indexes of migration customer-activity. */
export const CONTACT_EXPR = (alias: string) => `COALESCE(${alias}.last_contact_at, ${alias}.created_at)`;

const GRADES = ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'] as const;

/** One threshold as SQL: the stored setting (an uncorrelated subquery, evaluated once per statement) or the default. */
export const thresholdSql = (grade: (typeof GRADES)[number], key: 'dormantDays' | 'churnedDays') =>
  `COALESCE((SELECT (s.value->'${grade}'->>'${key}')::int FROM settings s WHERE s.key = '${ACTIVITY_SETTING_KEY}'), ${DEFAULT_ACTIVITY_THRESHOLDS[grade][key]})`;

/**
 * A WHERE condition: the customer's activity is one of `wanted` at `now`. Per grade a range of the contact
 * moment — `grade = g AND contact > now - dormant` (ACTIVE), `<= now - dormant AND > now - churned` (DORMANT),
 * `<= now - churned` (CHURNED) — which the (grade, contact) and (owner, grade, contact) indexes answer: the
 * thresholds are init-plans computed once, so each bound is a constant to the index scan. Synchronous (the
 * thresholds are read by the statement itself), so any list or export can use it. Matches activityFor in
 * @kehu/domain exactly (idle >= N days).
 */
export function activityPredicate(alias: string, wanted: readonly CustomerActivity[], now: Date, params: SqlParams): string {
  const want = new Set(wanted);
  if (want.size === 0) return 'FALSE';
  if (want.size === 3) return 'TRUE';
  const contact = CONTACT_EXPR(alias);
  const at = params.p(now);
  const branches = GRADES.map((g) => {
    const dormantAt = `(${at}::timestamptz - make_interval(days => ${thresholdSql(g, 'dormantDays')}))`;
    const churnedAt = `(${at}::timestamptz - make_interval(days => ${thresholdSql(g, 'churnedDays')}))`;
    let range: string;
    if (want.has('ACTIVE') && want.has('DORMANT')) range = `${contact} > ${churnedAt}`;
    else if (want.has('DORMANT') && want.has('CHURNED')) range = `${contact} <= ${dormantAt}`;
    else if (want.has('ACTIVE') && want.has('CHURNED')) range = `(${contact} > ${dormantAt} OR ${contact} <= ${churnedAt})`;
    else if (want.has('ACTIVE')) range = `${contact} > ${dormantAt}`;
    else if (want.has('DORMANT')) range = `${contact} <= ${dormantAt} AND ${contact} > ${churnedAt}`;
    else range = `${contact} <= ${churnedAt}`;
    return `(${alias}.grade = '${g}' AND ${range})`;
  });
  return `(${branches.join(' OR ')})`;
}
