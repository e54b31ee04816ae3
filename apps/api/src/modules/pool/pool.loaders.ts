import DataLoader from 'dataloader';
import { hydrate, selectColumns } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import { byKey, defineLoader } from '../../graphql/loaders';
import { requireUser } from '../access/current-user';
import { readableCustomerSql } from '../access/customer-scope';
import { Customer } from '../customers/customer.entity';

/** Customers by id within the reader's scope (null when not readable): for lists not reached through a customer. */
export const readableCustomerById = defineLoader(
  (ctx) =>
    new DataLoader<string, Customer | null>(async (ids) => {
      const params = new SqlParams();
      const idsParam = params.p(ids);
      const rows = await ctx.dataSource.query(
        `SELECT ${selectColumns(ctx.dataSource, Customer, 'c')} FROM customers c
          WHERE c.id = ANY(${idsParam}::uuid[]) AND c.deleted_at IS NULL AND ${readableCustomerSql(requireUser(ctx), 'c', params)}`,
        params.values,
      );
      return byKey(ids, hydrate(Customer, rows), (c) => c.id);
    }),
);
