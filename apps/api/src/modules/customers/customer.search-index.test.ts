import type { Context } from '../../graphql/context';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { encodeCursor } from '../../graphql/connection';
import { customerListQuery } from './customer.list';
import { FREQUENT_TERM_SHARE, forgetSearchStats, searchTermShare } from './customer.search';

/**
 * The search box must be an index lookup for two-character Chinese terms (trigram indexes cannot serve them).
 * 20k customers make the planner weigh the GIN bigram index against a scan; the SQL explained is exactly the
 * list's own (customerListQuery).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const ds = app.db.dataSource;
  const [{ datctype }] = await ds.query(`SELECT datctype FROM pg_database WHERE datname = current_database()`);
  expect(String(datctype).toUpperCase()).toMatch(/UTF-?8/); // a C ctype would silently break Chinese indexing
  const owners: string[] = [];
  for (let i = 0; i < 5; i++) owners.push((await createUser(ds)).id);
  // Names of six random common characters; one in a thousand contains 科技. Owned by five salespeople, a tenth in the
  // pool; graded as a real book is (a tenth VIP, a fifth 重要), so no grade is rare enough to be a shortcut.
  await ds.query(
    `
    INSERT INTO customers (name, name_key, search_text, search_grams, created_at, owner_id, grade)
    SELECT n, n, n, ARRAY(SELECT DISTINCT substr(n, i, 2) FROM generate_series(1, length(n) - 1) i), now() - g * interval '1 minute',
           CASE WHEN g % 10 = 1 THEN NULL ELSE ($1::uuid[])[1 + g % 5] END,
           CASE WHEN g % 10 = 3 THEN 'VIP' WHEN g % 10 IN (4, 7) THEN 'IMPORTANT' WHEN g % 10 IN (5, 8, 9) THEN 'NORMAL' ELSE 'POTENTIAL' END
      FROM (SELECT g, CASE WHEN g % 1000 = 0 THEN '北京科技' || g ELSE
                   (SELECT string_agg(substr('东南西北中华新兴金银恒泰鑫盛达通宏远广信和丰瑞祥安康', (1 + floor(random() * 30))::int, 1), '') FROM generate_series(1, 6) WHERE g > 0) || g END AS n
              FROM generate_series(1, 20000) g) x`,
    [owners],
  );
  // VACUUM also flushes the GIN pending list, as autovacuum does in production.
  await ds.query(`VACUUM ANALYZE customers`);
});
afterAll(() => app.close());

async function plan(search: string, role: 'ADMIN' | 'SALES' = 'ADMIN', userId?: string): Promise<string> {
  const user = userId ? { id: userId, role } : await createUser(app.db.dataSource, { role });
  const ctx = { user, clock: app.clock, config: app.services.config, dataSource: app.db.dataSource } as unknown as Context;
  const q = customerListQuery(ctx, { filter: { search, ownership: 'ALL' }, first: 20 });
  const [row] = await app.db.dataSource.query(`EXPLAIN (FORMAT JSON) ${q.sql}`, q.values);
  return JSON.stringify(row['QUERY PLAN']);
}

describe('search plan', () => {
  it('uses the bigram GIN index for a two-character Chinese term', async () => {
    const p = await plan('科技');
    expect(p).toContain('customers_owner_grams_idx');
    expect(p).not.toContain('"Seq Scan"');
  });

  it('uses it for pinyin initials too', async () => {
    expect(await plan('bjkj')).toContain('customers_owner_grams_idx');
  });

  it("meets only a salesperson's own customers in the index (owner and bigrams in one index condition)", async () => {
    // A common term: one customer in five is a 机械制造 company. Fetching every match and then dropping the
    // other salespeople's would read four rows for each one kept.
    const ds = app.db.dataSource;
    const owners: string[] = (await ds.query(`SELECT DISTINCT owner_id FROM customers WHERE owner_id IS NOT NULL`)).map(
      (r: { owner_id: string }) => r.owner_id,
    );
    await ds.query(
      `INSERT INTO customers (name, name_key, search_text, search_grams, created_at, owner_id)
       SELECT n, n, n, ARRAY(SELECT DISTINCT substr(n, i, 2) FROM generate_series(1, length(n) - 1) i), now(), ($1::uuid[])[1 + g % 5]
         FROM (SELECT g, '华东机械制造' || g AS n FROM generate_series(1, 5000) g) x`,
      [owners],
    );
    await ds.query(`VACUUM ANALYZE customers`);
    const p = JSON.parse(await plan('机械制造', 'SALES', owners[0])) as unknown[];
    const conds: string[] = [];
    const walk = (n: Record<string, unknown>) => {
      if (n['Index Name'] === 'customers_owner_grams_idx') conds.push(String(n['Index Cond']));
      for (const child of (n.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk((p[0] as { Plan: Record<string, unknown> }).Plan);
    expect(conds.some((c) => c.includes('owner_id') && c.includes('search_grams'))).toBe(true);
  });

  it('finds the rows it promises', async () => {
    const admin = await createUser(app.db.dataSource, { role: 'ADMIN' });
    const ctx = { user: admin, clock: app.clock, config: app.services.config, dataSource: app.db.dataSource } as unknown as Context;
    const q = customerListQuery(ctx, { filter: { search: '科技' }, first: 100 });
    expect(await app.db.dataSource.query(q.sql, q.values)).toHaveLength(20); // g = 1000, 2000, … all owned (g % 10 = 0)
  });
});

describe("a salesperson's own list (我的客户)", () => {
  it.each([
    ['NEXT_FOLLOW_UP_AT', 'ASC', 'customers_owner_next_follow_up_idx'],
    ['LAST_FOLLOW_UP_AT', 'DESC', 'customers_owner_last_follow_up_idx'],
  ] as const)('ordered by %s %s walks %s and sorts nothing', async (field, direction, index) => {
    // Thousands of customers each, spread over the table: sorting them all for one page is what this avoids.
    const ds = app.db.dataSource;
    const [{ owner_id }] = await ds.query(
      `SELECT owner_id FROM customers WHERE owner_id IS NOT NULL GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1`,
    );
    const ctx = {
      user: { id: owner_id, role: 'SALES' },
      clock: app.clock,
      config: app.services.config,
      dataSource: ds,
    } as unknown as Context;
    const q = customerListQuery(ctx, { filter: { ownership: 'MINE' }, orderBy: { field, direction }, first: 20 });
    const [row] = await ds.query(`EXPLAIN (FORMAT JSON) ${q.sql}`, q.values);
    const p = JSON.stringify(row['QUERY PLAN']);
    expect(p).toContain(index);
    expect(p).not.toMatch(/"Node Type":"(Incremental )?Sort"/);
    const rows = await ds.query(q.sql, q.values);
    expect(rows).toHaveLength(21); // a page and one more: there is a next page
    expect(rows.every((r: { ownerId: string }) => r.ownerId === owner_id)).toBe(true);
  });

  it('counts them with the common filters from the index alone', async () => {
    const ds = app.db.dataSource;
    const [{ owner_id }] = await ds.query(`SELECT owner_id FROM customers WHERE owner_id IS NOT NULL LIMIT 1`);
    const ctx = {
      user: { id: owner_id, role: 'SALES' },
      clock: app.clock,
      config: app.services.config,
      dataSource: ds,
    } as unknown as Context;
    const q = customerListQuery(ctx, {
      filter: { ownership: 'MINE', grades: ['VIP', 'IMPORTANT'], types: ['PROSPECT'], followUp: 'NEVER' },
      first: 20,
    });
    const [row] = await ds.query(`EXPLAIN (FORMAT JSON) ${q.countSql}`, q.countValues);
    expect(JSON.stringify(row['QUERY PLAN'])).toContain('"Node Type":"Index Only Scan"');
  });
});

describe('a frequent term (机械制造: one customer in five, after the test above)', () => {
  const ctxOf = (id: string, role = 'SALES') =>
    ({ user: { id, role }, clock: app.clock, config: app.services.config, dataSource: app.db.dataSource }) as unknown as Context;
  let owners: string[];
  beforeAll(async () => {
    const ds = app.db.dataSource;
    owners = (await ds.query(`SELECT owner_id FROM customers WHERE owner_id IS NOT NULL GROUP BY owner_id ORDER BY owner_id`)).map(
      (r: { owner_id: string }) => r.owner_id,
    );
    // One of owner 0's matches has a search text too long for the walk index (hundreds of contacts), and one of
    // owner 1's is shared with owner 0: both must still be found.
    await ds.query(
      `UPDATE customers SET search_text = search_text || repeat('|联系人一二三四五', 300)
        WHERE id = (SELECT id FROM customers WHERE owner_id = $1 AND name LIKE '华东机械制造%' ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 3)`,
      [owners[0]],
    );
    const [[shared]] = await ds.query(
      `UPDATE customers SET created_at = now() + interval '1 minute'
        WHERE id = (SELECT id FROM customers WHERE owner_id = $1 AND name LIKE '华东机械制造%' LIMIT 1) RETURNING id`,
      [owners[1]],
    );
    await ds.query(`INSERT INTO customer_shares (customer_id, user_id) VALUES ($1, $2)`, [shared.id, owners[0]]);
    // Cursors carry milliseconds; the 5,000 rows above were made in one statement, at one microsecond instant.
    await ds.query(`UPDATE customers SET created_at = date_trunc('milliseconds', created_at)`);
    await ds.query(`VACUUM ANALYZE customers`);
    forgetSearchStats(ds);
  });

  it("is told from a rare one by PostgreSQL's bigram statistics", async () => {
    const ds = app.db.dataSource;
    expect(await searchTermShare(ds, '机械制造')).toBeGreaterThanOrEqual(FREQUENT_TERM_SHARE);
    expect(await searchTermShare(ds, '科技')).toBeLessThan(FREQUENT_TERM_SHARE); // one in a thousand
    expect(await searchTermShare(ds, '从未出现')).toBe(0);
  });

  it("walks a salesperson's customers newest first in the index (index-only), not the bigram index", async () => {
    const q = customerListQuery(ctxOf(owners[0]), { filter: { search: '机械制造' }, first: 20, frequentSearch: true });
    const [row] = await app.db.dataSource.query(`EXPLAIN (FORMAT JSON) ${q.sql}`, q.values);
    const p = JSON.stringify(row['QUERY PLAN']);
    expect(p).toMatch(
      /"Node Type":"Index Only Scan","Parent Relationship":"[^"]*"(,"[^"]*":[^,]*)*?,"Index Name":"customers_owner_search_walk_idx"/,
    );
    expect(p).toContain('customers_owner_long_search_idx');
    expect(p).not.toContain('customers_owner_grams_idx');
  });

  it.each([
    ['ALL', undefined],
    ['MINE', undefined],
    ['ALL', 'after the first page'],
  ] as const)('finds exactly the rows the bigram plan finds (ownership %s, %s)', async (ownership, paging) => {
    const ctx = ctxOf(owners[0]);
    const ds = app.db.dataSource;
    const run = async (frequentSearch: boolean, after?: string) => {
      const q = customerListQuery(ctx, { filter: { search: '机械制造', ownership }, first: 50, after, frequentSearch });
      return (await ds.query(q.sql, q.values)).map((r: { id: string; createdAt: Date }) => r);
    };
    let after: string | undefined;
    if (paging) {
      const first = await run(false);
      const last = first[49];
      after = encodeCursor([last.createdAt.toISOString(), last.id]);
    }
    const bigram = await run(false, after);
    const walked = await run(true, after);
    expect(bigram).toHaveLength(51);
    expect(walked.map((r: { id: string }) => r.id)).toEqual(bigram.map((r: { id: string }) => r.id));
  });

  it('for an admin walks the creation order, and finds what the bigram plan finds', async () => {
    const ds = app.db.dataSource;
    const admin = await createUser(ds, { role: 'ADMIN' });
    const query = (frequentSearch: boolean) =>
      customerListQuery(ctxOf(admin.id, 'ADMIN'), { filter: { search: '机械制造' }, first: 20, frequentSearch });
    const [row] = await ds.query(`EXPLAIN (FORMAT JSON) ${query(true).sql}`, query(true).values);
    const p = JSON.stringify(row['QUERY PLAN']);
    expect(p).toContain('customers_created_idx');
    expect(p).not.toContain('customers_owner_grams_idx');
    const ids = async (frequentSearch: boolean) =>
      (await ds.query(query(frequentSearch).sql, query(frequentSearch).values)).map((r: { id: string }) => r.id);
    expect(await ids(true)).toEqual(await ids(false));
  });

  it('keeps the bigram index for a manager (a team is a slice of the table a walk would cross in vain)', async () => {
    const q = customerListQuery(ctxOf(owners[0], 'MANAGER'), { filter: { search: '机械制造' }, first: 20, frequentSearch: true });
    expect(q.sql).toContain('search_grams @>');
  });

  it('includes the long-text and the shared customer in their places', async () => {
    const ds = app.db.dataSource;
    const [long] = await ds.query(`SELECT id FROM customers WHERE octet_length(search_text) > 2000`);
    const [shared] = await ds.query(`SELECT customer_id AS id FROM customer_shares WHERE user_id = $1`, [owners[0]]);
    const q = customerListQuery(ctxOf(owners[0]), { filter: { search: '机械制造' }, first: 20, frequentSearch: true });
    const ids = (await ds.query(q.sql, q.values)).map((r: { id: string }) => r.id);
    expect(ids).toContain(long.id);
    expect(ids).toContain(shared.id);
  });
});
