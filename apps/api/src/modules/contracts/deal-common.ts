import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { businessDate, labelParam, moneyProblem, moneyProblemMessage, normalizeMoney } from '@kehu/domain';
import { preparedQuery } from '../../db/prepared';
import { hydrate, selectColumns } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import { decodeCursor, pageSize, toConnection, type ConnectionShape, keysetDirection, pageWindow } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { badInput, notFound, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { groupByKey } from '../../graphql/loaders';
import { loadCustomerFor, readableCustomerSql, teamIdsSql, userMayReadCustomer, type Access } from '../access/customer-scope';
import type { User } from '../users/user.entity';

/**
 * What the deal modules (opportunities, contracts, payments) share: money input checks, loading a record
 * that hangs under a customer through the caller's data scope, connection lists and per-customer loaders.
 */

/** A money input: undefined stays undefined (not given), otherwise a canonical positive amount or a field-named error. */
export function money(
  field: string,
  value: string | null | undefined,
  label: string,
  opts: { allowZero?: boolean; required?: boolean } = {},
) {
  if (value === undefined) return undefined;
  if (value === null) {
    if (opts.required) throw badInput(field, msg('common.required', { label: labelParam(label) }));
    return null;
  }
  const problem = moneyProblem(value, { allowZero: opts.allowZero });
  if (problem) throw badInput(field, moneyProblemMessage(label, problem));
  return normalizeMoney(value)!;
}

/**
 * Loads a record of `table` (a table with customer_id) for `access`: readable through its customer or NOT_FOUND;
 * for edits the customer row is locked first (one lock order everywhere: customer, then record) and must be
 * editable (FORBIDDEN otherwise), then the record is locked. Deleted customers hide their records.
 */
export async function loadUnderCustomer<T>(
  em: EntityManager,
  user: Pick<User, 'id' | 'role'>,
  entity: new () => T,
  table: string,
  what: string,
  id: string,
  access: Access,
  lock = access === 'edit',
): Promise<T & { customerId: string }> {
  if (!isUuid(id)) throw notFound(what, id);
  const params = new SqlParams();
  const found: { customer_id: string }[] = await em.query(
    `SELECT x.customer_id FROM ${table} x JOIN customers c ON c.id = x.customer_id
      WHERE x.id = ${params.p(id)} AND c.deleted_at IS NULL AND ${readableCustomerSql(user, 'c', params)}`,
    params.values,
  );
  if (!found.length) throw notFound(what, id);
  if (access === 'edit') await loadCustomerFor(em, user, found[0].customer_id, 'edit');
  const rows = await em.query(
    `SELECT ${selectColumns(em.dataSource, entity, 'x')} FROM ${table} x WHERE x.id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows.length) throw notFound(what, id);
  return hydrate(entity, rows)[0] as T & { customerId: string };
}

/** A sort key of a list: a non-null SQL expression, the cast of its cursor value, and how to read it from a row. */
export interface OrderSpec<T> {
  sql: string;
  cast: string;
  value: (row: T) => unknown;
}

/**
 * A connection page over `from` (which joins the customer as `c`): data scope + filters in `where`,
 * keyset pagination on (order, id). `select` is built after the count's parameters are taken, so it may
 * add parameters of its own (e.g. today's date for a computed status).
 */
export async function listPage<T extends { id: string }, C extends ConnectionShape<T>>(
  ctx: Context,
  ConnectionClass: new () => C,
  entity: new () => T,
  opts: {
    alias: string;
    from: string;
    where: string[];
    params: SqlParams;
    order: OrderSpec<T>;
    direction?: 'ASC' | 'DESC' | null;
    first?: number | null;
    after?: string | null;
    last?: number | null;
    before?: string | null;
    select?: (params: SqlParams) => string;
  },
): Promise<C> {
  const window = pageWindow(opts);
  const { limit, cursor, cursorField, backward } = window;
  const { op, order: dir } = keysetDirection(window, opts.direction === 'ASC' ? 'ASC' : 'DESC');
  const { params, alias, order } = opts;
  const where = opts.where.join(' AND ');
  const countParams = [...params.values];
  const extra = opts.select ? `, ${opts.select(params)}` : '';
  let keyset = '';
  if (cursor) {
    const [value, id] = decodeCursor(cursor, 2, cursorField);
    if (!isUuid(id)) throw badInput(cursorField, msg('contracts.invalidCursor'));
    keyset = ` AND (${order.sql}, ${alias}.id) ${op} (${params.p(value)}::${order.cast}, ${params.p(id)}::uuid)`;
  }
  const rows = hydrate(
    entity,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, entity, alias)}${extra} FROM ${opts.from}
        WHERE ${where}${keyset} ORDER BY ${order.sql} ${dir}, ${alias}.id ${dir} LIMIT ${limit + 1}`,
      params.values,
    ),
  );
  return toConnection(
    ConnectionClass,
    rows,
    limit,
    (row) => [order.value(row), row.id],
    async () => (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM ${opts.from} WHERE ${where}`, countParams))[0].n,
    !!cursor,
    backward,
  );
}

/** Checks a list filter's id arguments so a malformed id is a field-named input error, not a SQL error. */
export function uuids(field: string, ids: string[] | null | undefined): string[] | null {
  if (!ids?.length) return null;
  ids.forEach((id, i) => {
    if (!isUuid(id)) throw badInput(`${field}.${i}`, msg('contracts.invalidId'));
  });
  return ids;
}

/**
 * Rows of a table grouped by a key column (customer_id, contract_id…) for a DataLoader, in one prepared
 * statement; with `limit`, at most that many per key (a window function numbers each key's rows).
 * `extra` adds computed columns; `extraParams` are its parameters, numbered from $2 (or $3 with a limit).
 */
export function rowsByKey<T>(
  ctx: Context,
  entity: new () => T,
  opts: {
    table: string;
    alias: string;
    key: string;
    keyProp: keyof T;
    orderBy: string;
    limit?: number;
    join?: string;
    extra?: string;
    extraParams?: unknown[];
  },
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const { alias, key } = opts;
    const cols = `${selectColumns(ctx.dataSource, entity, alias)}${opts.extra ? `, ${opts.extra}` : ''}`;
    const from = `${opts.table} ${alias}${opts.join ? ` ${opts.join}` : ''}`;
    const rows =
      opts.limit === undefined
        ? await preparedQuery(ctx, `SELECT ${cols} FROM ${from} WHERE ${alias}.${key} = ANY($1::uuid[]) ORDER BY ${opts.orderBy}`, [
            keys,
            ...(opts.extraParams ?? []),
          ])
        : await preparedQuery(
            ctx,
            `SELECT * FROM (SELECT ${cols}, row_number() OVER (PARTITION BY ${alias}.${key} ORDER BY ${opts.orderBy}) AS rn
               FROM ${from} WHERE ${alias}.${key} = ANY($1::uuid[])) x WHERE rn <= $2 ORDER BY rn`,
            [keys, opts.limit, ...(opts.extraParams ?? [])],
          );
    const items = hydrate(entity, rows).map((r) => {
      delete (r as { rn?: unknown }).rn;
      return r;
    });
    return groupByKey(keys, items, (r) => r[opts.keyProp] as unknown as string);
  });
}

/** Rows by id (relations of records already reached through a visible customer). */
export function rowsById<T extends { id: string }>(
  ctx: Context,
  entity: new () => T,
  table: string,
  alias: string,
  extra?: { select: string; join?: string; params: unknown[] },
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = hydrate(
      entity,
      await preparedQuery(
        ctx,
        `SELECT ${selectColumns(ctx.dataSource, entity, alias)}${extra ? `, ${extra.select}` : ''} FROM ${table} ${alias}${extra?.join ? ` ${extra.join}` : ''} WHERE ${alias}.id = ANY($1::uuid[])`,
        [ids, ...(extra?.params ?? [])],
      ),
    );
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** The page size of a nested list (e.g. `customer { contracts(first: 20) }`). */
export const nestedLimit = (first: number | null | undefined) => pageSize(first ?? 50);

/**
 * The owner of a new deal record: the given user when you may assign to them (yourself; managers their team;
 * admins anyone active) and they may see the customer (its reminders name it), otherwise the customer's owner,
 * or you for a pool customer.
 */
export async function resolveDealOwner(
  em: EntityManager,
  user: Pick<User, 'id' | 'role'>,
  ownerId: string | null | undefined,
  customer: { id: string; owner_id: string | null },
  field = 'input.ownerId',
): Promise<string> {
  if (!ownerId) return customer.owner_id ?? user.id;
  if (ownerId === user.id) return ownerId;
  if (!isUuid(ownerId) || (user.role !== 'ADMIN' && user.role !== 'MANAGER')) throw badInput(field, msg('contracts.ownerYouYourTeam'));
  const params = new SqlParams();
  const inTeam = user.role === 'ADMIN' ? 'TRUE' : `id IN ${teamIdsSql(params.p(user.id))}`;
  const rows = await em.query(`SELECT 1 FROM users WHERE id = ${params.p(ownerId)} AND active AND ${inTeam}`, params.values);
  if (!rows.length) throw badInput(field, msg('contracts.ownerNotYourTeam'));
  if (!(await userMayReadCustomer(em, ownerId, customer.id))) throw badInput(field, msg('contracts.ownerMayNotSee'));
  return ownerId;
}

/** Today's date in the business time zone. */
export const today = (ctx: Pick<Context, 'clock' | 'config'>) => businessDate(ctx.clock.now(), ctx.config.businessTimeZone);

/** A calendar date not after today in the business time zone. */
export function notAfterToday(ctx: Context, field: string, date: string | null | undefined, label: string) {
  if (!date) return;
  if (date > today(ctx)) throw badInput(field, msg('common.notInFuture', { label: labelParam(label) }));
}

/** A record under a customer by id in one statement, or null when unknown or its customer is not readable. */
export async function getUnderCustomer<T>(
  ctx: Context,
  entity: new () => T,
  table: string,
  id: string,
  extra?: { select: (params: SqlParams) => string; join?: string },
): Promise<T | null> {
  if (!ctx.user) return null;
  if (!isUuid(id)) return null;
  const params = new SqlParams();
  const where = `x.id = ${params.p(id)}::uuid AND c.deleted_at IS NULL AND ${readableCustomerSql(ctx.user, 'c', params)}`;
  const rows = await ctx.dataSource.query(
    `SELECT ${selectColumns(ctx.dataSource, entity, 'x')}${extra ? `, ${extra.select(params)}` : ''}
       FROM ${table} x JOIN customers c ON c.id = x.customer_id${extra?.join ? ` ${extra.join}` : ''} WHERE ${where}`,
    params.values,
  );
  return hydrate(entity, rows)[0] ?? null;
}
