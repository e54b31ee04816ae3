import DataLoader from 'dataloader';
import { preparedQuery } from '../../db/prepared';
import { hydrate, selectColumns } from '../../db/rows';
import { decodeCursor } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { defineLoader, groupByKey } from '../../graphql/loaders';
import { FollowUp } from './follow-up.entity';

export interface FollowUpPageArgs {
  limit: number;
  after: string | null;
}

/**
 * A page of follow-ups (newest first) for each requested customer in one statement: a window function
 * numbers each customer's rows so `first` applies per customer, not to the whole batch.
 */
export function followUpPagesByCustomer(ctx: Context, { limit, after }: FollowUpPageArgs) {
  return new DataLoader<string, FollowUp[]>(async (customerIds) => {
    const params: unknown[] = [customerIds, limit + 1];
    let keyset = '';
    if (after) {
      const [at, id] = decodeCursor(after, 2);
      if (!isUuid(id)) throw badInput('after', msg('followUps.invalidCursor'));
      params.push(at, id);
      keyset = ' AND (f.at, f.id) < ($3::timestamptz, $4::uuid)';
    }
    const rows = hydrate(
      FollowUp,
      await preparedQuery(
        ctx,
        `SELECT * FROM (
           SELECT ${selectColumns(ctx.dataSource, FollowUp, 'f')},
                  row_number() OVER (PARTITION BY f.customer_id ORDER BY f.at DESC, f.id DESC) AS rn
             FROM follow_ups f WHERE f.customer_id = ANY($1::uuid[])${keyset}) x
          WHERE rn <= $2 ORDER BY "at" DESC, id DESC`,
        params,
      ),
    );
    return groupByKey(customerIds, rows, (f) => f.customerId);
  });
}

/** Follow-up counts per customer (totalCount of the nested connection). */
export const followUpCountsByCustomer = defineLoader((ctx: Context) => {
  return new DataLoader<string, number>(async (customerIds) => {
    const rows: { customer_id: string; n: number }[] = await preparedQuery(
      ctx,
      `SELECT customer_id, count(*)::int AS n FROM follow_ups WHERE customer_id = ANY($1::uuid[]) GROUP BY customer_id`,
      [customerIds],
    );
    const map = new Map(rows.map((r) => [r.customer_id, r.n]));
    return customerIds.map((id) => map.get(id) ?? 0);
  });
});
