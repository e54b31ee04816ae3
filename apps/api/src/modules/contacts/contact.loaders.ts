import DataLoader from 'dataloader';
import { preparedQuery } from '../../db/prepared';
import { hydrate, selectColumns } from '../../db/rows';
import { defineLoader, groupByKey } from '../../graphql/loaders';
import { Contact } from './contact.entity';

/** A customer's contacts, primary first then oldest first. */
export const contactsByCustomer = defineLoader(
  (ctx) =>
    new DataLoader<string, Contact[]>(async (customerIds) => {
      const rows = hydrate(
        Contact,
        await preparedQuery(
          ctx,
          `SELECT ${selectColumns(ctx.dataSource, Contact, 'k')} FROM contacts k WHERE k.customer_id = ANY($1::uuid[])
            ORDER BY k.is_primary DESC, k.created_at, k.id`,
          [customerIds],
        ),
      );
      return groupByKey(customerIds, rows, (k) => k.customerId);
    }),
);

export const contactById = defineLoader(
  (ctx) =>
    new DataLoader<string, Contact | null>(async (ids) => {
      const rows = hydrate(
        Contact,
        await preparedQuery(ctx, `SELECT ${selectColumns(ctx.dataSource, Contact, 'k')} FROM contacts k WHERE k.id = ANY($1::uuid[])`, [
          ids,
        ]),
      );
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);
