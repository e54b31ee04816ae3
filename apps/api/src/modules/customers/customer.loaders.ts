import DataLoader from 'dataloader';
import { preparedQuery } from '../../db/prepared';
import { hydrate, selectColumns } from '../../db/rows';
import { byKey, defineLoader } from '../../graphql/loaders';
import { Customer } from './customer.entity';

/** Customers by id, for relations of records that were reached through a visible customer. */
export const customerById = defineLoader(
  (ctx) =>
    new DataLoader<string, Customer | null>(async (ids) =>
      byKey(
        ids,
        hydrate(
          Customer,
          await preparedQuery(ctx, `SELECT ${selectColumns(ctx.dataSource, Customer, 'c')} FROM customers c WHERE c.id = ANY($1::uuid[])`, [
            ids,
          ]),
        ),
        (c) => c.id,
      ),
    ),
);
