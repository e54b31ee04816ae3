import { hydrate, selectColumns } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { readableCustomerSql } from '../access/customer-scope';
import { requireUser } from '../access/current-user';
import { hasScope } from '../api-keys/api-key.scopes';
import { NODE_TYPES } from './node.registry';
import './node.types';

export const MAX_NODES = 100;

/**
 * The records behind `ids`, whatever their types, in the caller's data scope. One UNION ALL statement finds each
 * id's type and applies the scope (a record under a customer only if that customer is readable and not deleted);
 * then one statement per type found loads the rows. Unknown and invisible ids are both null.
 */
export async function resolveNodes(ctx: Context, ids: string[]): Promise<(object | null)[]> {
  const user = requireUser(ctx);
  if (ids.length > MAX_NODES) throw badInput('ids', msg('node.mostIds', { maxNodes: MAX_NODES }));
  const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
  const types = NODE_TYPES.filter((t) => !ctx.apiKey || (t.area !== 'session' && hasScope(ctx.apiKey.scopes, t.area, 'read')));
  if (!wanted.length || !types.length) return ids.map(() => null);

  const params = new SqlParams();
  const idList = params.p(wanted);
  // `visible` is decided in the branch for types with their own rule, else by the record's customer (NULL here).
  const union = types
    .map((t, i) => {
      const visible = t.visibleSql ? `(${t.visibleSql(user, params, ctx.apiKey)})` : t.customerIdSql ? 'NULL::boolean' : 'TRUE';
      return `SELECT ${i} AS k, t.id, ${t.customerIdSql ?? 'NULL::uuid'} AS customer_id, ${visible} AS visible FROM ${t.table} t WHERE t.id = ANY(${idList}::uuid[])`;
    })
    .join('\n UNION ALL ');
  const found: { k: number; id: string }[] = await ctx.dataSource.query(
    `SELECT n.k, n.id FROM (${union}) n LEFT JOIN customers c ON c.id = n.customer_id
      WHERE COALESCE(n.visible, c.deleted_at IS NULL AND ${readableCustomerSql(user, 'c', params)})`,
    params.values,
  );

  const byId = new Map<string, object>();
  const perType = new Map<number, string[]>();
  for (const row of found) {
    const t = types[row.k];
    if (t.customerIdSql === null && t.visibleTo && !t.visibleTo(user, row.id)) continue;
    perType.set(row.k, [...(perType.get(row.k) ?? []), row.id]);
  }
  for (const [k, typeIds] of perType) {
    const t = types[k];
    const rows = hydrate(
      t.entity,
      await ctx.dataSource.query(`SELECT ${selectColumns(ctx.dataSource, t.entity, 't')} FROM ${t.table} t WHERE t.id = ANY($1::uuid[])`, [
        typeIds,
      ]),
    );
    for (const r of rows as { id: string }[]) byId.set(r.id, r);
  }
  return ids.map((id) => (isUuid(id) ? (byId.get(id.toLowerCase()) ?? null) : null));
}
