import { normalizeCompanyName } from '@kehu/domain';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../test/test-db';
import { pgbenchFloor, pgbenchPath } from './floor';
import { benchCompanyName, LOAD_SUMMARY, seedBench } from './seed';

describe('benchCompanyName', () => {
  it('gives 100,000 customers 100,000 different normalised names (the live name key is unique)', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 100_000; i++) keys.add(normalizeCompanyName(benchCompanyName(i)));
    expect(keys.size).toBe(100_000);
  });
});

describe('the bench data set and its floor', () => {
  let db: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    await seedBench(client, { customers: 3000, contactsPerCustomer: 3, salespeople: 20 }, () => {});
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('is long-tailed: median about 8 follow-ups, the busiest 1 % with 500 or more, every relation on the same tail', async () => {
    const s = (await client.query(LOAD_SUMMARY)).rows[0];
    expect(s.followUpsMedian).toBeGreaterThanOrEqual(7);
    expect(s.followUpsMedian).toBeLessThanOrEqual(9);
    expect(s.followUpsP99).toBeGreaterThanOrEqual(500);
    expect(s.shareWith500).toBeGreaterThanOrEqual(0.01);
    expect(s.followUpsMax).toBeLessThan(1000);
    const [real] = (
      await client.query(`
        SELECT (SELECT count(DISTINCT customer_id) FROM change_logs)::int AS "withLog", (SELECT count(*) FROM customers)::int AS customers,
               (SELECT max(n) FROM (SELECT count(*) AS n FROM customer_tags GROUP BY customer_id) x)::int AS "maxTags",
               (SELECT max(n) FROM (SELECT count(*) AS n FROM opportunities GROUP BY customer_id) x)::int AS "maxOpportunities",
               (SELECT max(n) FROM (SELECT count(*) AS n FROM contracts GROUP BY customer_id) x)::int AS "maxContracts",
               (SELECT count(*) FROM follow_ups)::int AS "followUps",
               (SELECT corr(l.follow_ups, (SELECT count(*) FROM contracts k WHERE k.customer_id = l.id)) FROM bench_load l) AS "contractsFollowTail"`)
    ).rows;
    expect(real.withLog).toBe(real.customers); // change-log rows for every customer
    expect(real.maxTags).toBeLessThanOrEqual(8);
    expect(real.maxOpportunities).toBeLessThanOrEqual(20);
    expect(real.maxContracts).toBeLessThanOrEqual(60);
    expect(real.maxContracts).toBeGreaterThan(20);
    expect(real.followUps).toBe(s.followUps);
    expect(real.contractsFollowTail).toBeGreaterThan(0.8);
  });

  (pgbenchPath() ? it : it.skip)('replays captured statements with pgbench, a random customer of the sample each time', async () => {
    const ids = (await client.query(`SELECT id FROM customers ORDER BY id LIMIT 50`)).rows.map((r) => r.id as string);
    const captures = ids.map((id) => [
      {
        sql: `SELECT count(*) FROM follow_ups WHERE customer_id = $1::uuid AND at < $2::timestamptz`,
        params: [id, new Date()],
        sessionOptions: '-c plan_cache_mode=force_generic_plan',
      },
      {
        sql: `SELECT name FROM customers WHERE id = ANY($1::uuid[])`,
        params: [[id]],
        sessionOptions: '-c plan_cache_mode=force_generic_plan',
      },
    ]);
    const [one] = await pgbenchFloor(client, db.url, 'test', captures, [1], 1, '');
    expect(one.failed).toBe(0);
    expect(one.transactions).toBeGreaterThan(0);
    expect(one.throughput).toBeGreaterThan(0);
    expect(one.p95).toBeGreaterThan(0);
    // The parameters it replays are the captured ones, per customer.
    const stored = (await client.query(`SELECT p FROM bench_floor WHERE label = 'test' ORDER BY k`)).rows;
    expect(stored.map((r) => r.p[0])).toEqual(ids);
    expect(stored[0].p[2]).toBe(`{"${ids[0]}"}`);
  });
});
