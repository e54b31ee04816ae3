import { hydrate, selectColumns, cursorTime } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import { decodeCursor, pageSize, toConnection, type PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { editableCustomerSql } from '../access/customer-scope';
import { requireUser } from '../access/current-user';
import { Customer } from './customer.entity';
import type { CustomerConnection } from './customer.types';

/** Deleted customers the user could edit (and so restore), most recently deleted first. */
export async function listRecycleBin(ctx: Context, ConnectionClass: new () => CustomerConnection, page: PageArgs) {
  const user = requireUser(ctx);
  const limit = pageSize(page.first);
  const params = new SqlParams();
  const where = `c.deleted_at IS NOT NULL AND ${editableCustomerSql(user, 'c', params)}`;
  const countParams = [...params.values];
  let keyset = '';
  if (page.after) {
    const [at, id] = decodeCursor(page.after, 2);
    if (!isUuid(id)) throw badInput('after', msg('customers.invalidCursor'));
    keyset = ` AND (c.deleted_at, c.id) < (${params.p(at)}::timestamptz, ${params.p(id)}::uuid)`;
  }
  const rows = hydrate(
    Customer,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, Customer, 'c')} FROM customers c WHERE ${where}${keyset}
        ORDER BY c.deleted_at DESC, c.id DESC LIMIT ${limit + 1}`,
      params.values,
    ),
  );
  return toConnection(
    ConnectionClass,
    rows,
    limit,
    (c) => [cursorTime(c.deletedAt!), c.id],
    async () => (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM customers c WHERE ${where}`, countParams))[0].n,
    !!page.after,
  );
}
