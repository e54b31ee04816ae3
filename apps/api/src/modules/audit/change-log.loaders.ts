import DataLoader from 'dataloader';
import { preparedQuery } from '../../db/prepared';
import { hydrate, selectColumns } from '../../db/rows';
import { decodeCursor } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { defineLoader, groupByKey } from '../../graphql/loaders';
import { ChangeLog } from './change-log.entity';

/** A page of change-log entries (newest first) per customer, batched like follow-ups. */
export function changeLogPagesByCustomer(ctx: Context, { limit, after }: { limit: number; after: string | null }) {
  return new DataLoader<string, ChangeLog[]>(async (customerIds) => {
    const params: unknown[] = [customerIds, limit + 1];
    let keyset = '';
    if (after) {
      const [id] = decodeCursor(after, 1);
      if (typeof id !== 'string' || !/^\d+$/.test(id)) throw badInput('after', msg('audit.invalidCursor'));
      params.push(id);
      keyset = ' AND l.id < $3::bigint';
    }
    const rows = hydrate(
      ChangeLog,
      await preparedQuery(
        ctx,
        `SELECT * FROM (
           SELECT ${selectColumns(ctx.dataSource, ChangeLog, 'l')},
                  row_number() OVER (PARTITION BY l.customer_id ORDER BY l.id DESC) AS rn
             FROM change_logs l WHERE l.customer_id = ANY($1::uuid[])${keyset}) x
          WHERE rn <= $2 ORDER BY id DESC`,
        params,
      ),
    );
    return groupByKey(customerIds, rows, (l) => l.customerId!);
  });
}

export const changeLogCountsByCustomer = defineLoader((ctx: Context) => {
  return new DataLoader<string, number>(async (customerIds) => {
    const rows: { customer_id: string; n: number }[] = await preparedQuery(
      ctx,
      `SELECT customer_id, count(*)::int AS n FROM change_logs WHERE customer_id = ANY($1::uuid[]) GROUP BY customer_id`,
      [customerIds],
    );
    const map = new Map(rows.map((r) => [r.customer_id, r.n]));
    return customerIds.map((id) => map.get(id) ?? 0);
  });
});
