import DataLoader from 'dataloader';
import { businessDate, LIFECYCLE_RULE } from '@kehu/domain';
import { preparedQuery } from '../../db/prepared';
import { defineLoader } from '../../graphql/loaders';
import { SIGNED_STATUSES_SQL } from '../contracts/contract.enums';

export interface OrderStats {
  firstOrderDate: string | null;
  amount12m: string;
  amountPrev12m: string;
}

/**
 * Per requested customer: its first signed order and the signed amounts of the last 12 months and the 12 before
 * (business dates, the windows of grading), summed in SQL. One statement for a page.
 */
export const orderStatsByCustomer = defineLoader((ctx) => {
  const today = businessDate(ctx.clock.now(), ctx.config.businessTimeZone);
  return new DataLoader<string, OrderStats>(async (ids) => {
    const rows: { id: string; f: string | null; cur: string; prev: string }[] = await preparedQuery(
      ctx,
      `SELECT c.id, min(k.signed_at)::text AS f,
              COALESCE(sum(k.amount) FILTER (WHERE k.signed_at > ($2::date - make_interval(months => $3))), 0)::numeric(16, 2)::text AS cur,
              COALESCE(sum(k.amount) FILTER (WHERE k.signed_at <= ($2::date - make_interval(months => $3))
                                               AND k.signed_at > ($2::date - make_interval(months => 2 * $3))), 0)::numeric(16, 2)::text AS prev
         FROM unnest($1::uuid[]) AS c(id)
         LEFT JOIN contracts k ON k.customer_id = c.id AND k.status IN (${SIGNED_STATUSES_SQL})
        GROUP BY c.id`,
      [ids, today, LIFECYCLE_RULE.windowMonths],
    );
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = map.get(id);
      return { firstOrderDate: r?.f ?? null, amount12m: r?.cur ?? '0', amountPrev12m: r?.prev ?? '0' };
    });
  });
});
