import { startTestApp, type TestApp } from '../test/test-app';
import { createUser } from '../test/factories';
import { ReminderKind } from '../modules/notifications/notification.enums';
import { runScan } from '../modules/reminders/reminder.service';
import { startJobRunner, type JobRunner } from './runner';

/**
 * A replica killed in the middle of a reminder scan leaves its pg-boss job `reminders-scan` active in a
 * singleton queue, with part of the scan done. The next scan must not wait for pg-boss's 10-minute expiry:
 * the dead worker's heartbeat stops, the job is let go, and the due reminders arrive within a minute, each once.
 */

let app: TestApp;
let runner: JobRunner | null = null;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
});
afterAll(async () => {
  await runner?.stop();
  await app.close();
});

const q = (sql: string, params: unknown[] = []) => app.db.dataSource.query(sql, params);
const remindersOf = async (recipientId: string): Promise<{ kind: string; subject_id: string; n: number }[]> =>
  q(`SELECT kind, subject_id, count(*)::int AS n FROM notifications WHERE recipient_id = $1 GROUP BY kind, subject_id ORDER BY kind`, [
    recipientId,
  ]);

async function customer(ownerId: string, grade: string, lastFollowUp: string): Promise<string> {
  const name = `接管测试${Math.random().toString(36).slice(2, 8)}有限公司`;
  const [{ id }] = await q(
    `INSERT INTO customers (name, name_key, owner_id, grade, assigned_at, created_at, last_follow_up_at)
     VALUES ($1, $1, $2, $3, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', $4) RETURNING id`,
    [name, ownerId, grade, lastFollowUp],
  );
  return id;
}

it('a scan cut off by a dead worker is taken over within a minute, and every due reminder arrives once', async () => {
  const owner = await createUser(app.db.dataSource, { role: 'SALES', name: '王芳' });
  // Due now: a planned follow-up (FOLLOW_UP_DUE) and a VIP nobody has followed for 20 days (FOLLOW_UP_LAPSED).
  const planned = await customer(owner.id, 'NORMAL', '2026-03-05T02:00:00Z');
  const [{ id: followUp }] = await q(
    `INSERT INTO follow_ups (customer_id, author_id, at, method, content, next_at)
     VALUES ($1, $2, '2026-03-05T02:00:00Z', 'PHONE', '电话沟通报价', '2026-03-10T01:30:00Z') RETURNING id`,
    [planned, owner.id],
  );
  const idle = await customer(owner.id, 'VIP', '2026-02-18T02:00:00Z');

  // The replica that dies: it holds the scan job and has done the first part of the scan (the due follow-ups).
  const dying = await startJobRunner(app.services, app.db.url, { schedule: false, work: false });
  await dying.boss.send('reminders-scan', {});
  const [held] = await dying.boss.fetch('reminders-scan');
  expect(held).toBeDefined();
  await runScan(app.services, ReminderKind.FOLLOW_UP_DUE);
  expect(await remindersOf(owner.id)).toEqual([{ kind: 'FOLLOW_UP_DUE', subject_id: followUp, n: 1 }]);
  // Killed now: nothing completes its job, which stays active with its heartbeat.
  await dying.stop();
  expect((await q(`SELECT state FROM pgboss.job WHERE id = $1`, [held.id]))[0].state).toBe('active');

  // Another replica works the queue; the next minute's tick arrives behind the dead job.
  const restartedAt = Date.now();
  runner = await startJobRunner(app.services, app.db.url, { schedule: false });
  await runner.boss.send('reminders-scan', {});
  const deadline = restartedAt + 60_000;
  while (!(await remindersOf(owner.id)).some((r) => r.kind === 'FOLLOW_UP_LAPSED')) {
    if (Date.now() > deadline) throw new Error('the due reminders did not arrive within a minute of the takeover');
    await new Promise((r) => setTimeout(r, 250));
  }
  console.log(`the scan a dead worker held was taken over in ${((Date.now() - restartedAt) / 1000).toFixed(1)} s`);

  // Each once: the part the dead worker had done is not repeated (the idle VIP may also raise its churn warning).
  const got = await remindersOf(owner.id);
  expect(got).toEqual(
    expect.arrayContaining([
      { kind: 'FOLLOW_UP_DUE', subject_id: followUp, n: 1 },
      { kind: 'FOLLOW_UP_LAPSED', subject_id: idle, n: 1 },
    ]),
  );
  expect(got.filter((r) => r.n !== 1)).toEqual([]);
  // pg-boss let go of the dead worker's job because its heartbeat stopped, not because 10 minutes passed.
  expect(['retry', 'failed', 'completed']).toContain((await runner.boss.getJobById('reminders-scan', held.id))?.state);
}, 120_000);
