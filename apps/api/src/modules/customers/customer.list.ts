import { addDays, businessDate, startOfBusinessDay } from '@kehu/domain';
import { selectColumns, hydrate, cursorTime } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import { decodeCursor, pageSize, toConnection, keysetDirection, pageWindow } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { ownCustomersSql, readableCustomerSql, sharedWithUserSql, teamIdsSql } from '../access/customer-scope';
import { requireUser } from '../access/current-user';
import { Customer } from './customer.entity';
import type { CustomerConnection } from './customer.types';
import type { CustomerFilter, CustomerOrder } from './customer.inputs';
import { checkCustomerFilter, customFieldPredicates } from './customer.custom-field-filter';
import { activityPredicate } from '../health/activity.sql';
import { lifecyclePredicate } from '../health/lifecycle.sql';
import { FREQUENT_TERM_SHARE, searchPredicate, searchTermShare } from './customer.search';

/** Sort keys as non-null SQL expressions (keyset pagination compares tuples) with the cast of their cursor value. */
const ORDER_EXPR = {
  NAME: { sql: 'c.name', cast: 'text', value: (c: Customer) => c.name },
  CREATED_AT: { sql: 'c.created_at', cast: 'timestamptz', value: (c: Customer) => cursorTime(c.createdAt) },
  LAST_FOLLOW_UP_AT: {
    sql: `COALESCE(c.last_follow_up_at, '-infinity'::timestamptz)`,
    cast: 'timestamptz',
    value: (c: Customer) => (c.lastFollowUpAt ? cursorTime(c.lastFollowUpAt) : null) ?? '-infinity',
  },
  NEXT_FOLLOW_UP_AT: {
    sql: `COALESCE(c.next_follow_up_at, 'infinity'::timestamptz)`,
    cast: 'timestamptz',
    value: (c: Customer) => (c.nextFollowUpAt ? cursorTime(c.nextFollowUpAt) : null) ?? 'infinity',
  },
  GRADE: {
    sql: `(CASE c.grade WHEN 'VIP' THEN 1 WHEN 'IMPORTANT' THEN 2 WHEN 'NORMAL' THEN 3 ELSE 4 END)`,
    cast: 'int',
    value: (c: Customer) => ({ VIP: 1, IMPORTANT: 2, NORMAL: 3, POTENTIAL: 4 })[c.grade],
  },
} as const;

/**
 * The WHERE clause of a customer list: data scope first, then every filter given. A filter with custom field
 * conditions must come from checkCustomerFilter (customer.custom-field-filter.ts).
 * `scope` replaces the data scope with a narrower predicate (the branches of a frequent-term search);
 * `likeOnly` searches without the bigram condition (searchPredicate).
 */
export function customerListWhere(
  ctx: Context,
  filter: CustomerFilter | null | undefined,
  params: SqlParams,
  opts: { scope?: string; likeOnly?: boolean } = {},
): string {
  const user = requireUser(ctx);
  const f = filter ?? {};
  const ownership = f.ownership ?? 'ALL';
  // Only the POOL list shows pool customers; every other ownership excludes them (owner set, mine, team, shared).
  const where = [
    'c.deleted_at IS NULL',
    opts.scope ??
      (ownership === 'MINE' ? ownCustomersSql(user, 'c', params) : readableCustomerSql(user, 'c', params, { pool: ownership === 'POOL' })),
  ];
  const me = () => params.p(user.id);

  switch (ownership) {
    case 'ALL':
      where.push('c.owner_id IS NOT NULL');
      break;
    case 'MINE': // ownCustomersSql above
      break;
    case 'TEAM': {
      const id = me();
      where.push(`c.owner_id IN ${teamIdsSql(id)} AND c.owner_id <> ${id}::uuid`);
      break;
    }
    case 'SHARED_WITH_ME':
      where.push(
        `EXISTS (SELECT 1 FROM customer_shares s WHERE s.customer_id = c.id AND s.user_id = ${me()}::uuid AND (s.expires_at IS NULL OR s.expires_at > now()))`,
      );
      break;
    case 'POOL':
      where.push('c.owner_id IS NULL');
      break;
  }
  if (f.ownerIds?.length) {
    f.ownerIds.forEach((id, i) => {
      if (!isUuid(id)) throw badInput(`filter.ownerIds.${i}`, msg('customers.invalidUserId'));
    });
    where.push(`c.owner_id = ANY(${params.p(f.ownerIds)}::uuid[])`);
  }
  if (f.types?.length) where.push(`c.type = ANY(${params.p(f.types)}::text[])`);
  if (f.grades?.length) where.push(`c.grade = ANY(${params.p(f.grades)}::text[])`);
  if (f.industries?.length) where.push(`c.industry = ANY(${params.p(f.industries)}::text[])`);
  if (f.sources?.length) where.push(`c.source = ANY(${params.p(f.sources)}::text[])`);
  if (f.province) where.push(`c.province = ${params.p(f.province)}`);
  if (f.city) where.push(`c.city = ${params.p(f.city)}`);
  if (f.status) where.push(`c.status = ${params.p(f.status)}`);
  if (f.createdFrom) where.push(`c.created_at >= ${params.p(f.createdFrom)}`);
  if (f.createdTo) where.push(`c.created_at < ${params.p(f.createdTo)}`);
  if (f.tags?.length) {
    const names = params.p(f.tags.map((t) => t.trim().toLowerCase()));
    where.push(
      f.tagMatch === 'ALL'
        ? `(SELECT count(*) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id AND lower(t.name) = ANY(${names}::text[])) = ${params.p(new Set(f.tags.map((t) => t.trim().toLowerCase())).size)}`
        : `EXISTS (SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id AND lower(t.name) = ANY(${names}::text[]))`,
    );
  }
  if (f.followUp) {
    const now = ctx.clock.now();
    const tz = ctx.config.businessTimeZone;
    const today = businessDate(now, tz);
    switch (f.followUp) {
      case 'NEVER':
        where.push('c.last_follow_up_at IS NULL');
        break;
      case 'OVERDUE':
        where.push(`c.next_follow_up_at < ${params.p(now)}`);
        break;
      case 'DUE_TODAY':
        where.push(
          `c.next_follow_up_at >= ${params.p(startOfBusinessDay(today, tz))} AND c.next_follow_up_at < ${params.p(startOfBusinessDay(addDays(today, 1), tz))}`,
        );
        break;
      case 'PLANNED':
        where.push(`c.next_follow_up_at >= ${params.p(now)}`);
        break;
    }
  }
  if (f.notFollowedForDays !== null && f.notFollowedForDays !== undefined) {
    if (f.notFollowedForDays < 0 || f.notFollowedForDays > 3650) throw badInput('filter.notFollowedForDays', msg('customers.daysRange'));
    const cutoff = new Date(ctx.clock.now().getTime() - f.notFollowedForDays * 86400_000);
    where.push(`COALESCE(c.last_follow_up_at, c.created_at) < ${params.p(cutoff)}`);
  }
  where.push(...customFieldPredicates(f, params));
  if (f.activities?.length) where.push(activityPredicate('c', f.activities, ctx.clock.now(), params));
  if (f.lifecycles?.length) {
    const now = ctx.clock.now();
    where.push(lifecyclePredicate('c', f.lifecycles, now, businessDate(now, ctx.config.businessTimeZone), params));
  }
  if (f.search) {
    if ([...f.search].length > 100) throw badInput('filter.search', msg('customers.searchTooLong'));
    const predicate = searchPredicate(f.search, params, { likeOnly: opts.likeOnly });
    if (predicate) where.push(predicate);
  }
  return where.join(' AND ');
}

type ListArgs = {
  filter?: CustomerFilter | null;
  orderBy?: CustomerOrder | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  /** The search term is in many customers (searchTermShare): find a page by walking the sort order. */
  frequentSearch?: boolean;
};

/** Search text up to this many bytes sits in the owner walk index (a btree entry must stay under ~2.7 kB). */
const WALK_TEXT_BYTES = 2000;

/**
 * The exact SQL (and parameters) of one page of the customer list; exported so tests can EXPLAIN it.
 *
 * A frequent search term by creation date (the search box's order) does not use the bigram index: reading
 * all of a salesperson's 700 matches of 科技 to keep 20 was the slow part. It walks the order instead and
 * stops after a page. For a scope of one owner (a salesperson's own customers) the walk is an index-only scan
 * of (owner, created_at, id) carrying the search text (migration owner-search-walk), in branches: customers
 * whose text fits that index, the few whose text does not, and — for a salesperson's whole list — those
 * shared with them; each branch stops after a page and the page is taken from their union. For those who read
 * every customer it is the table's creation-order index with the LIKE as a filter.
 */
export function customerListQuery(ctx: Context, args: ListArgs) {
  const user = requireUser(ctx);
  const window = pageWindow(args);
  const { limit, cursor, cursorField } = window;
  const order = ORDER_EXPR[args.orderBy?.field ?? 'CREATED_AT'];
  // Backward pages (last/before) read the other way from the cursor; toConnection puts them back in list order.
  const { op, order: dir } = keysetDirection(window, args.orderBy?.direction === 'ASC' ? 'ASC' : 'DESC');
  const ownership = args.filter?.ownership ?? 'ALL';
  const frequent = !!args.frequentSearch && order === ORDER_EXPR.CREATED_AT && !!args.filter?.search;
  // Walks that stop early: one owner's index (her own, or a salesperson's own plus the few shared with her), or
  // the whole table's creation order for those who read every customer. A team or the pool is a slice of the
  // table that a walk would cross mostly in vain: those keep the bigram index.
  const ownerWalk = frequent && (ownership === 'MINE' || (ownership === 'ALL' && user.role === 'SALES'));
  const walk = ownerWalk || (frequent && ownership === 'ALL' && (user.role === 'ADMIN' || user.role === 'SERVICE'));

  // The count keeps the bigram condition: it reads every match whatever the plan, and the index finds them.
  const params = new SqlParams();
  const countWhere = customerListWhere(ctx, args.filter, params);
  const countParams = [...params.values];
  // A walk's page is a statement of its own (other conditions), so with its own parameters.
  const page = walk ? new SqlParams() : params;
  const where = walk && !ownerWalk ? customerListWhere(ctx, args.filter, page, { likeOnly: true }) : countWhere;

  let keyset = '';
  if (cursor) {
    const [value, id] = decodeCursor(cursor, 2, cursorField);
    if (!isUuid(id)) throw badInput(cursorField, msg('customers.invalidCursor'));
    keyset = ` AND (${order.sql}, c.id) ${op} (${page.p(value)}::${order.cast}, ${page.p(id)}::uuid)`;
  }
  const orderBy = `ORDER BY ${order.sql} ${dir}, c.id ${dir} LIMIT ${limit + 1}`;
  const columns = selectColumns(ctx.dataSource, Customer, 'c');
  let sql = `SELECT ${columns} FROM customers c WHERE ${where}${keyset} ${orderBy}`;
  if (ownerWalk) {
    const own = ownCustomersSql(user, 'c', page);
    const scopes = [
      `${own} AND octet_length(c.search_text) <= ${WALK_TEXT_BYTES}`,
      `${own} AND octet_length(c.search_text) > ${WALK_TEXT_BYTES}`,
    ];
    if (ownership === 'ALL') scopes.push(`${sharedWithUserSql(user, 'c', page)} AND c.owner_id <> ${page.p(user.id)}::uuid`);
    const branches = scopes.map(
      (scope) =>
        `(SELECT c.id FROM customers c WHERE ${customerListWhere(ctx, args.filter, page, { scope, likeOnly: true })}${keyset} ${orderBy})`,
    );
    sql = `SELECT ${columns} FROM customers c WHERE c.id IN (${branches.join(' UNION ALL ')}) ${orderBy}`;
  }
  return {
    sql,
    values: page.values,
    limit,
    order,
    window,
    countSql: `SELECT count(*)::int AS n FROM customers c WHERE ${countWhere}`,
    countValues: countParams,
  };
}

/** `customers(filter, orderBy, first, after)`: one statement for the page, one more only if totalCount is asked. */
export async function listCustomers(
  ctx: Context,
  ConnectionClass: new () => CustomerConnection,
  listArgs: ListArgs,
): Promise<CustomerConnection> {
  const args = { ...listArgs, filter: await checkCustomerFilter(ctx, listArgs.filter) };
  const search = args.filter?.search;
  const frequentSearch =
    !!search &&
    (!args.orderBy || args.orderBy.field === 'CREATED_AT') &&
    (await searchTermShare(ctx.dataSource, search)) >= FREQUENT_TERM_SHARE;
  const q = customerListQuery(ctx, { ...args, frequentSearch });
  const rows = hydrate(Customer, await ctx.dataSource.query(q.sql, q.values));
  return toConnection(
    ConnectionClass,
    rows,
    q.limit,
    (c) => [q.order.value(c), c.id],
    async () => (await ctx.dataSource.query(q.countSql, q.countValues))[0].n,
    !!q.window.cursor,
    q.window.backward,
  );
}
