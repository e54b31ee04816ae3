import { startTestApp, type TestApp } from '../../test/test-app';
import { startJobRunner, type JobRunner } from '../../jobs/runner';
import { createUser } from '../../test/factories';
import { runImport, runQueuedImports } from './import.run';
import { bulk, upload } from './import.test-helpers';

/**
 * A process killed in the middle of an import leaves two things behind: the import RUNNING with a heartbeat
 * that no longer moves, and the pg-boss job `imports-run` active in a singleton queue. Both must be let go
 * soon after a restart, and the import resumed.
 */

let app: TestApp;
let token: string;
let runner: JobRunner | null = null;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  const sales = await createUser(app.db.dataSource, { role: 'SALES', name: '李娜' });
  token = await app.login(sales.email);
});
afterAll(async () => {
  await runner?.stop();
  await app.close();
});

const startImport = (id: string) => app.ok(`mutation($id: ID!) { startImport(id: $id) { id status } }`, { id }, token);
const uploadAndStart = async (prefix: string, n: number) => {
  const up = await upload(app, token, `${prefix}.csv`, bulk(prefix, n));
  expect(up.status).toBe(201);
  await startImport(up.body.id!);
  return up.body.id!;
};
const rowStatuses = async (id: string) =>
  app.db.dataSource.query(`SELECT status, count(*)::int AS n FROM import_rows WHERE import_id = $1 GROUP BY status ORDER BY status`, [id]);
const jobStatus = async (id: string): Promise<string> =>
  (await app.db.dataSource.query(`SELECT status FROM import_jobs WHERE id = $1`, [id]))[0].status;
const customersNamed = async (prefix: string): Promise<number> =>
  (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM customers WHERE name LIKE $1`, [`${prefix}%`]))[0].n;

async function waitFor(what: string, check: () => Promise<boolean>, seconds = 100): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('an import interrupted by a crash', () => {
  it('is left alone while its worker beats its heartbeat, and taken over once the heartbeat is stale', async () => {
    const id = await uploadAndStart('心跳测试', 12);
    await runImport(app.services, id, { batchSize: 5, maxBatches: 1 });
    // What a worker alive elsewhere looks like: RUNNING, heartbeat just beaten.
    await app.db.dataSource.query(`UPDATE import_jobs SET heartbeat_at = now() WHERE id = $1`, [id]);
    expect(await runQueuedImports(app.services)).toBe(0);
    expect(await runImport(app.services, id)).toBe(false);
    expect(await rowStatuses(id)).toEqual([
      { status: 'DONE', n: 5 },
      { status: 'PENDING', n: 7 },
    ]);
    // Its worker died half a minute ago.
    await app.db.dataSource.query(`UPDATE import_jobs SET heartbeat_at = now() - interval '30 seconds' WHERE id = $1`, [id]);
    expect(await runQueuedImports(app.services)).toBe(1);
    expect(await rowStatuses(id)).toEqual([{ status: 'DONE', n: 12 }]);
    expect(await jobStatus(id)).toBe('DONE');
    expect(await customersNamed('心跳测试')).toBe(12);
  });

  it('is resumed by the restarted API without waiting for pg-boss expiry, and does not hold up a new import', async () => {
    // The process that dies: its pg-boss worker holds an imports-run job and has written one batch of import A.
    const dying = await startJobRunner(app.services, app.db.url, { schedule: false, work: false });
    const a = await uploadAndStart('中断恢复测试', 25);
    await dying.boss.send('imports-run', {});
    const [held] = await dying.boss.fetch('imports-run');
    expect(held).toBeDefined();
    await runImport(app.services, a, { batchSize: 10, maxBatches: 1 });
    // Killed now: the import keeps its last heartbeat, the pg-boss job stays active (nothing completes it).
    await app.db.dataSource.query(`UPDATE import_jobs SET heartbeat_at = now() WHERE id = $1`, [a]);
    await dying.stop();
    expect((await app.db.dataSource.query(`SELECT state, heartbeat_seconds FROM pgboss.job WHERE id = $1`, [held.id]))[0]).toEqual({
      state: 'active',
      heartbeat_seconds: 15,
    });
    expect(await jobStatus(a)).toBe('RUNNING');

    // The API comes back at once, and a user starts another import right away.
    const restartedAt = Date.now();
    runner = await startJobRunner(app.services, app.db.url, { schedule: false });
    const b = await uploadAndStart('重启后新导入', 3);

    await waitFor('import B', async () => (await jobStatus(b)) === 'DONE');
    const bSeconds = (Date.now() - restartedAt) / 1000;
    await waitFor('import A', async () => (await jobStatus(a)) === 'DONE');
    const aSeconds = (Date.now() - restartedAt) / 1000;
    console.log(`after the restart: the new import finished in ${bSeconds.toFixed(1)} s, the interrupted one in ${aSeconds.toFixed(1)} s`);

    expect(await rowStatuses(a)).toEqual([{ status: 'DONE', n: 25 }]);
    expect(await customersNamed('中断恢复测试')).toBe(25);
    expect(await customersNamed('重启后新导入')).toBe(3);
    // pg-boss let go of the dead worker's job because its heartbeat stopped, not because 10 minutes passed.
    expect(['retry', 'failed', 'completed']).toContain((await runner.boss.getJobById('imports-run', held.id))?.state);
  }, 150_000);
});
