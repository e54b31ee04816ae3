import { LIFECYCLE_RULE, type CustomerLifecycle } from '@kehu/domain';
import type { SqlParams } from '../../db/sql';
import { SIGNED_STATUSES_SQL } from '../contracts/contract.enums';
import { activityPredicate } from './activity.sql';

/**
 * The lifecycle stage of customer `alias` as an SQL expression: @kehu/domain's lifecycleFor step by step (the
 * activity through activityPredicate, the order facts through one correlated aggregate over its signed
 * contracts). The list filter uses it; lifecycle.test.ts checks it agrees with the domain rule.
 */
export function lifecycleSql(alias: string, now: Date, today: string, params: SqlParams): string {
  const d = params.p(today);
  const months = LIFECYCLE_RULE.windowMonths;
  const band = LIFECYCLE_RULE.trendBandPercent;
  const churned = activityPredicate(alias, ['CHURNED'], now, params);
  const dormant = activityPredicate(alias, ['DORMANT'], now, params);
  return `(SELECT CASE
            WHEN ${churned} THEN 'EXIT'
            WHEN s.f IS NULL THEN 'ACQUISITION'
            WHEN ${dormant} THEN 'DECLINE'
            WHEN (s.cur = 0 AND s.prev = 0) OR s.cur * 100 <= s.prev * ${100 - band} THEN 'DECLINE'
            WHEN s.f > ${d}::date - ${LIFECYCLE_RULE.acquisitionDays} THEN 'ACQUISITION'
            WHEN s.cur > 0 AND s.cur * 100 >= s.prev * ${100 + band} THEN 'GROWTH'
            ELSE 'MATURITY' END
     FROM (SELECT min(k.signed_at) AS f,
                  COALESCE(sum(k.amount) FILTER (WHERE k.signed_at > (${d}::date - make_interval(months => ${months}))), 0) AS cur,
                  COALESCE(sum(k.amount) FILTER (WHERE k.signed_at <= (${d}::date - make_interval(months => ${months}))
                                                   AND k.signed_at > (${d}::date - make_interval(months => ${2 * months}))), 0) AS prev
             FROM contracts k WHERE k.customer_id = ${alias}.id AND k.status IN (${SIGNED_STATUSES_SQL})) s)`;
}

/** A WHERE condition: the customer's stage is one of `wanted`. */
export function lifecyclePredicate(
  alias: string,
  wanted: readonly CustomerLifecycle[],
  now: Date,
  today: string,
  params: SqlParams,
): string {
  if (!wanted.length) return 'FALSE';
  return `${lifecycleSql(alias, now, today, params)} = ANY(${params.p([...wanted])}::text[])`;
}
