import { createTestDatabase, type TestDatabase } from '../../test/test-db';
import { seedDemoData } from '../../db/seed';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

it('seeds a two-level hierarchy, pool customers with their reasons, and shared customers', async () => {
  await seedDemoData(db.dataSource, { now: new Date('2026-03-02T02:00:00Z') });
  const q = (sql: string) => db.dataSource.query(sql);
  const [{ depth }] = await q(
    `WITH RECURSIVE t(id, d) AS (SELECT id, 0 FROM users WHERE manager_id IS NULL UNION ALL SELECT u.id, t.d + 1 FROM users u JOIN t ON u.manager_id = t.id) SELECT max(d) AS depth FROM t`,
  );
  expect(depth).toBe(2);
  const [{ pooled, explained }] = await q(
    `SELECT count(*)::int AS pooled, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pool_moves m WHERE m.customer_id = c.id))::int AS explained
       FROM customers c WHERE owner_id IS NULL AND deleted_at IS NULL`,
  );
  expect(pooled).toBeGreaterThan(0);
  expect(explained).toBe(pooled);
  const [{ shares }] = await q(`SELECT count(*)::int AS shares FROM customer_shares`);
  expect(shares).toBeGreaterThanOrEqual(3);
  const [{ value }] = await q(`SELECT value FROM settings WHERE key = 'pool.rules'`);
  expect(value.noFollowUpDays).toBe(30);
});
