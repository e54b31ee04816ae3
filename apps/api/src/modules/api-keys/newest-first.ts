import type { ObjectLiteral } from 'typeorm';
import { hydrate, selectColumns, cursorTime } from '../../db/rows';
import type { SqlParams } from '../../db/sql';
import {
  decodeCursor,
  keysetDirection,
  pageWindow,
  toConnection,
  type BidirectionalPageArgs,
  type ConnectionShape,
  type PageArgs,
} from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';

/**
 * A keyset page of `table` (alias t) newest first by (created_at, id): the admin lists of the integration
 * settings (API keys, webhook endpoints, deliveries) all page this way.
 */
export async function newestFirst<T extends ObjectLiteral & { id: string; createdAt: Date }, C extends ConnectionShape<T>>(
  ctx: Context,
  Entity: new () => T,
  ConnectionClass: new () => C,
  table: string,
  where: string,
  params: SqlParams,
  page: PageArgs & Partial<BidirectionalPageArgs>,
): Promise<C> {
  const window = pageWindow(page);
  const { limit, backward, cursor, cursorField } = window;
  const { op, order } = keysetDirection(window, 'DESC');
  const countParams = [...params.values];
  let keyset = '';
  if (cursor) {
    const [at, id] = decodeCursor(cursor, 2, cursorField);
    if (!isUuid(id) || typeof at !== 'string') throw badInput(cursorField, msg('apiKeys.invalidCursor'));
    keyset = ` AND (t.created_at, t.id) ${op} (${params.p(at)}::timestamptz, ${params.p(id)}::uuid)`;
  }
  const rows = hydrate(
    Entity,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, Entity, 't')} FROM ${table} t WHERE ${where}${keyset} ORDER BY t.created_at ${order}, t.id ${order} LIMIT ${limit + 1}`,
      params.values,
    ),
  );
  return toConnection(
    ConnectionClass,
    rows,
    limit,
    (r) => [cursorTime(r.createdAt), r.id],
    async () => (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM ${table} t WHERE ${where}`, countParams))[0].n,
    !!cursor,
    backward,
  );
}
