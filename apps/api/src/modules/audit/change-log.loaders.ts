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

/**
 * Names for the change log's words (issue 15, item 4), keyed `kind:id`: users, customers, contacts, opportunities,
 * contracts, payment plans by id and custom fields by key, in one statement per batch however many entries a page
 * has. A customer merged away no longer exists: its name comes from its MERGED_INTO entry, which keeps its values.
 */
export const changeLogNames = defineLoader((ctx: Context) => {
  return new DataLoader<string, string | null>(async (keys) => {
    const ids = (kind: string) => [...new Set(keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1)))];
    const rows: { kind: string; id: string; name: string | null }[] = await preparedQuery(
      ctx,
      `SELECT 'user' AS kind, id::text AS id, name FROM users WHERE id = ANY($1::uuid[])
       UNION ALL SELECT 'customer', id::text, name FROM customers WHERE id = ANY($2::uuid[])
       UNION ALL SELECT 'customer', l.entity_id::text, ch->'before'->>'value'
         FROM change_logs l CROSS JOIN LATERAL jsonb_array_elements(l.changes) ch
        WHERE l.entity_type = 'Customer' AND l.action = 'MERGED_INTO' AND l.entity_id = ANY($2::uuid[]) AND ch->>'field' = 'name'
       UNION ALL SELECT 'contact', id::text, name FROM contacts WHERE id = ANY($3::uuid[])
       UNION ALL SELECT 'opportunity', id::text, name FROM opportunities WHERE id = ANY($4::uuid[])
       UNION ALL SELECT 'contract', id::text, concat_ws(' ', number, title) FROM contracts WHERE id = ANY($5::uuid[])
       UNION ALL SELECT 'paymentPlan', id::text, concat_ws(' ', due_date::text, '¥' || amount::text) FROM payment_plans WHERE id = ANY($6::uuid[])
       UNION ALL SELECT 'customField', key, label FROM custom_fields WHERE key = ANY($7::text[])`,
      [ids('user'), ids('customer'), ids('contact'), ids('opportunity'), ids('contract'), ids('paymentPlan'), ids('customField')],
    );
    const map = new Map<string, string>();
    for (const r of rows) if (r.name && !map.has(`${r.kind}:${r.id}`)) map.set(`${r.kind}:${r.id}`, r.name);
    return keys.map((k) => map.get(k) ?? null);
  });
});
