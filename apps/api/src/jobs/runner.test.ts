import { startTestApp, type TestApp } from '../test/test-app';
import { createUser } from '../test/factories';
import { JOBS, startJobRunner, type JobRunner } from './runner';

let app: TestApp;
let runner: JobRunner | null = null;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
});
afterAll(async () => {
  await runner?.stop();
  await app.close();
});

describe('the pg-boss job runner', () => {
  it('creates its schema in a database cloned from the template, schedules the jobs and works them', async () => {
    runner = await startJobRunner(app.services, app.db.url);
    const schedules: { name: string; cron: string; timezone: string }[] = await app.db.dataSource.query(
      `SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`,
    );
    expect(schedules.map((s) => s.name)).toEqual(Object.keys(JOBS).sort());
    expect(schedules.every((s) => s.timezone === 'Asia/Shanghai')).toBe(true);

    const u = await createUser(app.db.dataSource);
    await app.db.dataSource.query(
      `INSERT INTO tasks (title, assignee_id, creator_id, due_at) VALUES ('逾期任务', $1, $1, '2026-03-10T01:00:00Z')`,
      [u.id],
    );
    // A queued run (what the cron tick sends) is picked up by the worker and runs every scan.
    await runner.boss.send('reminders-scan', {});
    const deadline = Date.now() + 20_000;
    let rows: { kind: string }[] = [];
    while (Date.now() < deadline) {
      rows = await app.db.dataSource.query(`SELECT kind FROM notifications WHERE recipient_id = $1`, [u.id]);
      if (rows.length) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(rows).toEqual([{ kind: 'TASK_OVERDUE' }]);
    // Running again (another tick, another replica) sends nothing new.
    await runner.runJob('reminders-scan');
    expect(await app.db.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1`, [u.id])).toEqual([
      { n: 1 },
    ]);
  });
});
