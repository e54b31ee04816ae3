import { cursorTime } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { readableCustomerSql, teamIdsSql } from '../access/customer-scope';
import { Contract } from './contract.entity';
import type { ContractConnection, ContractFilter, ContractOrder } from './contract.inputs';
import { getUnderCustomer, listPage, uuids, type OrderSpec } from './deal-common';

const ORDER: Record<string, OrderSpec<Contract>> = {
  CREATED_AT: { sql: 'k.created_at', cast: 'timestamptz', value: (k) => cursorTime(k.createdAt) },
  AMOUNT: { sql: 'k.amount', cast: 'numeric', value: (k) => k.amount },
  SIGNED_AT: { sql: `COALESCE(k.signed_at, '-infinity'::date)`, cast: 'date', value: (k) => k.signedAt ?? '-infinity' },
  NUMBER: { sql: 'k.number', cast: 'text', value: (k) => k.number },
  END_DATE: { sql: `COALESCE(k.end_date, 'infinity'::date)`, cast: 'date', value: (k) => k.endDate ?? 'infinity' },
};

/** The WHERE conditions of the contract list (alias k, customer c): scope first, then the filter. Also used by exports. */
export function contractListWhere(ctx: Context, filter: ContractFilter | null | undefined, params: SqlParams): string[] {
  const user = requireUser(ctx);
  const f = filter ?? {};
  const where = ['c.deleted_at IS NULL', readableCustomerSql(user, 'c', params)];
  for (const key of ['customerId', 'opportunityId'] as const) {
    const v = f[key];
    if (!v) continue;
    if (!isUuid(v)) throw badInput(`filter.${key}`, msg('contracts.invalidId'));
    where.push(`k.${key === 'customerId' ? 'customer_id' : 'opportunity_id'} = ${params.p(v)}::uuid`);
  }
  if (f.statuses?.length) where.push(`k.status = ANY(${params.p(f.statuses)}::text[])`);
  if (f.kind) where.push(`k.kind = ${params.p(f.kind)}`);
  const owners = uuids('filter.ownerIds', f.ownerIds);
  if (owners) where.push(`k.owner_id = ANY(${params.p(owners)}::uuid[])`);
  if (f.search?.trim()) {
    const like = params.p(`%${f.search.trim().replace(/[\\%_]/g, (m) => '\\' + m)}%`);
    where.push(`(k.number ILIKE ${like} OR k.title ILIKE ${like})`);
  }
  if (f.signedFrom) where.push(`k.signed_at >= ${params.p(f.signedFrom)}::date`);
  if (f.signedTo) where.push(`k.signed_at <= ${params.p(f.signedTo)}::date`);
  if (f.endsBy) where.push(`k.end_date <= ${params.p(f.endsBy)}::date`);
  if (f.awaitingMyApproval) {
    const me = params.p(user.id);
    where.push(`k.status = 'PENDING' AND k.owner_id <> ${me}::uuid AND k.created_by_id IS DISTINCT FROM ${me}::uuid`);
    if (user.role !== 'ADMIN') where.push(`k.owner_id IN ${teamIdsSql(me)}`);
  }
  return where;
}

/** `contracts(filter, orderBy, first, after)`: within the customers you may read. */
export async function listContracts(
  ctx: Context,
  Conn: new () => ContractConnection,
  args: {
    filter?: ContractFilter | null;
    orderBy?: ContractOrder | null;
    first?: number | null;
    after?: string | null;
    last?: number | null;
    before?: string | null;
  },
) {
  const params = new SqlParams();
  const where = contractListWhere(ctx, args.filter, params);
  return listPage(ctx, Conn, Contract, {
    alias: 'k',
    from: 'contracts k JOIN customers c ON c.id = k.customer_id',
    where,
    params,
    order: ORDER[args.orderBy?.field ?? 'CREATED_AT'],
    direction: args.orderBy?.direction,
    first: args.first,
    after: args.after,
    last: args.last,
    before: args.before,
  });
}

/** One contract by id, or null when unknown or not visible (one statement). */
export const getContract = (ctx: Context, id: string) => getUnderCustomer(ctx, Contract, 'contracts', id);
