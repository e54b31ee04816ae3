import { createTestDatabase, type TestDatabase } from '../../test/test-db';
import { seedDemoData } from '../../db/seed';
import { ManualClock } from '../../common/clock';
import { recomputeGrades } from './grading.service';

/** The demo seed covers every stage and status the web app shows; the nightly grading runs over it. */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.dataSource, { now: new Date('2026-03-10T02:00:00Z') });
});
afterAll(() => db.drop());

it('has opportunities in every stage, contracts in every status, plans in every state and invoices', async () => {
  const q = (sql: string) => db.dataSource.query(sql).then((rows: { v: string }[]) => rows.map((r) => r.v).sort());
  expect(await q(`SELECT DISTINCT stage AS v FROM opportunities`)).toEqual(['INITIAL', 'LOST', 'NEEDS', 'NEGOTIATION', 'PROPOSAL', 'WON']);
  expect(await q(`SELECT DISTINCT status AS v FROM contracts`)).toEqual([
    'APPROVED',
    'COMPLETED',
    'DRAFT',
    'PENDING',
    'SIGNED',
    'TERMINATED',
  ]);
  expect(await q(`SELECT DISTINCT kind AS v FROM contracts`)).toEqual(['STANDARD', 'SUPPLEMENTARY']);
  const states = await q(`
    SELECT DISTINCT CASE WHEN r.received >= p.amount THEN 'PAID' WHEN p.due_date < '2026-03-10' THEN 'OVERDUE' WHEN r.received > 0 THEN 'PARTLY_PAID' ELSE 'PENDING' END AS v
      FROM payment_plans p, LATERAL (SELECT COALESCE(sum(amount), 0) AS received FROM receipts WHERE plan_id = p.id) r`);
  expect(states).toEqual(['OVERDUE', 'PAID', 'PARTLY_PAID', 'PENDING']);
  const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM invoices`);
  expect(n).toBeGreaterThan(0);
  // Plans never exceed their contract, and signed customers are WON.
  const [{ bad }] = await db.dataSource.query(
    `SELECT count(*)::int AS bad FROM contracts k WHERE (SELECT COALESCE(sum(amount), 0) FROM payment_plans WHERE contract_id = k.id) > k.amount`,
  );
  expect(bad).toBe(0);
  const [{ notWon }] = await db.dataSource.query(
    `SELECT count(*)::int AS "notWon" FROM contracts k JOIN customers c ON c.id = k.customer_id WHERE k.signed_at IS NOT NULL AND c.type <> 'WON'`,
  );
  expect(notWon).toBe(0);
});

it('recomputeGrades(dataSource, clock) grades unpinned customers and is idempotent', async () => {
  const clock = new ManualClock('2026-03-10T02:00:00Z');
  await db.dataSource.query(`UPDATE customers SET grade_pinned = false`);
  const first = await recomputeGrades(db.dataSource, clock);
  expect(first).toBeGreaterThan(0);
  expect(await recomputeGrades(db.dataSource, clock)).toBe(0);
  const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM change_logs WHERE action = 'REGRADE'`);
  expect(n).toBe(first);
});
