import { VisitSatisfactionDimensions1796700000000 } from '../../db/migrations/1796700000000-visit-satisfaction-dimensions';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
});
afterAll(() => app.close());

async function runMigration(direction: 'up' | 'down') {
  const runner = app.db.dataSource.createQueryRunner();
  try {
    await new VisitSatisfactionDimensions1796700000000()[direction](runner);
  } finally {
    await runner.release();
  }
}

describe('the 4-level satisfaction becomes the overall 1–5 score', () => {
  it('maps 非常满意 5, 满意 4, 一般 3, 不满意 2, and leaves planned visits unscored', async () => {
    const c = await newCustomer(app, team.token.sales, '合肥旧满意度迁移有限公司');
    // A database from before: the old column, four recorded visits and a planned one.
    await runMigration('down');
    const old = ['VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'DISSATISFIED', null];
    for (const [i, s] of old.entries()) {
      await app.db.dataSource.query(
        `INSERT INTO visits (customer_id, type, planned_at, topic, owner_id, created_by_id, actual_at, method, satisfaction)
         VALUES ($1, 'REGULAR', $2, $3, $4, $4, CASE WHEN $5::text IS NULL THEN NULL ELSE $2::timestamptz END, CASE WHEN $5::text IS NULL THEN NULL ELSE 'PHONE' END, $5)`,
        [c, `2026-03-0${i + 1}T02:00:00Z`, `回访 ${i}`, team.sales.id, s],
      );
    }
    await runMigration('up');
    const rows = await app.db.dataSource.query(`SELECT topic, overall_score FROM visits WHERE customer_id = $1 ORDER BY planned_at`, [c]);
    expect(rows.map((r: { overall_score: number | null }) => r.overall_score)).toEqual([5, 4, 3, 2, null]);
    const dims = await app.db.dataSource.query(`SELECT key FROM satisfaction_dimensions WHERE active ORDER BY position`);
    expect(dims.map((d: { key: string }) => d.key)).toEqual(['QUALITY', 'SERVICE', 'RESPONSE', 'DELIVERY']);

    const data = await app.ok(
      `query($id: ID!) { customer(id: $id) { visits { overallScore satisfaction scores { score } } visitSatisfaction { total averageScore verySatisfied dissatisfied } } }`,
      { id: c },
      team.token.sales,
    );
    // Latest planned first: the planned one, then 不满意 … 非常满意; the deprecated word reads back as before.
    expect(
      data.customer.visits.map((v: { overallScore: number | null; satisfaction: string | null }) => [v.overallScore, v.satisfaction]),
    ).toEqual([
      [null, null],
      [2, 'DISSATISFIED'],
      [3, 'NEUTRAL'],
      [4, 'SATISFIED'],
      [5, 'VERY_SATISFIED'],
    ]);
    expect(data.customer.visits.every((v: { scores: unknown[] }) => v.scores.length === 0)).toBe(true);
    expect(data.customer.visitSatisfaction).toEqual({ total: 4, averageScore: 3.5, verySatisfied: 1, dissatisfied: 1 });
  });
});
