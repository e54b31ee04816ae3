import { addDays, startOfBusinessDay } from '@kehu/domain';
import { cursorTime } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { readableCustomerSql, teamIdsSql } from '../access/customer-scope';
import { listPage, uuids, type OrderSpec } from '../contracts/deal-common';
import { Opportunity } from './opportunity.entity';
import type { OpportunityConnection, OpportunityFilter, OpportunityOrder } from './opportunity.inputs';
import { opportunityStageTotals } from './opportunity.totals';

const ORDER: Record<string, OrderSpec<Opportunity>> = {
  CREATED_AT: { sql: 'o.created_at', cast: 'timestamptz', value: (o) => cursorTime(o.createdAt) },
  AMOUNT: { sql: 'o.amount', cast: 'numeric', value: (o) => o.amount },
  EXPECTED_CLOSE_DATE: {
    sql: `COALESCE(o.expected_close_date, 'infinity'::date)`,
    cast: 'date',
    value: (o) => o.expectedCloseDate ?? 'infinity',
  },
};

/** The WHERE conditions of the opportunity list (alias o, customer c): scope first, then the filter. Also used by exports. */
export function opportunityListWhere(ctx: Context, filter: OpportunityFilter | null | undefined, params: SqlParams): string[] {
  const user = requireUser(ctx);
  const f = filter ?? {};
  const where = ['c.deleted_at IS NULL', readableCustomerSql(user, 'c', params)];
  if (f.customerId) {
    if (!isUuid(f.customerId)) throw badInput('filter.customerId', msg('opportunities.invalidId'));
    where.push(`o.customer_id = ${params.p(f.customerId)}::uuid`);
  }
  if (f.stages?.length) where.push(`o.stage = ANY(${params.p(f.stages)}::text[])`);
  const owners = uuids('filter.ownerIds', f.ownerIds);
  if (owners) where.push(`o.owner_id = ANY(${params.p(owners)}::uuid[])`);
  if (f.search?.trim()) where.push(`o.name ILIKE ${params.p(`%${f.search.trim().replace(/[\\%_]/g, (m) => '\\' + m)}%`)}`);
  if (f.expectedCloseFrom) where.push(`o.expected_close_date >= ${params.p(f.expectedCloseFrom)}::date`);
  if (f.expectedCloseTo) where.push(`o.expected_close_date <= ${params.p(f.expectedCloseTo)}::date`);
  // Business dates of the close time: from the start of `closedFrom` to the end of `closedTo` in the business time zone.
  const tz = ctx.config.businessTimeZone;
  if (f.closedFrom) where.push(`o.closed_at >= ${params.p(startOfBusinessDay(f.closedFrom, tz))}`);
  if (f.closedTo) where.push(`o.closed_at < ${params.p(startOfBusinessDay(addDays(f.closedTo, 1), tz))}`);
  if (f.teamOf) {
    if (!isUuid(f.teamOf)) throw badInput('filter.teamOf', msg('opportunities.invalidId'));
    where.push(`o.owner_id IN ${teamIdsSql(params.p(f.teamOf))}`);
  }
  return where;
}

/** `opportunities(filter, orderBy, first, after)`: within the customers you may read. */
export async function listOpportunities(
  ctx: Context,
  Conn: new () => OpportunityConnection,
  args: {
    filter?: OpportunityFilter | null;
    orderBy?: OpportunityOrder | null;
    first?: number | null;
    after?: string | null;
    last?: number | null;
    before?: string | null;
  },
) {
  const params = new SqlParams();
  const where = opportunityListWhere(ctx, args.filter, params);
  const filterValues = [...params.values]; // listPage adds the cursor's
  const conn = await listPage(ctx, Conn, Opportunity, {
    alias: 'o',
    from: 'opportunities o JOIN customers c ON c.id = o.customer_id',
    where,
    params,
    order: ORDER[args.orderBy?.field ?? 'CREATED_AT'],
    direction: args.orderBy?.direction,
    first: args.first,
    after: args.after,
    last: args.last,
    before: args.before,
  });
  conn.totalsByStage = () => opportunityStageTotals(ctx, where, filterValues);
  return conn;
}
