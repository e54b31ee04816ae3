import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';
import { WEBHOOK_RETRY, WebhookDispatcher } from './webhook.dispatcher';
import { TestReceiver, until } from './webhook.receiver.test-helpers';

/**
 * Two instances on one PostgreSQL: a replica in its own process sends, and is killed (SIGKILL) with deliveries in
 * flight. The other instance takes them over once their lease runs out (45 s, under the minute), never before;
 * what the dead one had recorded is never sent again.
 */
let app: TestApp;
let team: Team;
let rx: TestReceiver;
let replica: ChildProcess | null = null;

beforeAll(async () => {
  app = await startTestApp(); // the clock starts at the real time: the replica uses the real clock
  team = await createTeam(app);
  rx = await new TestReceiver().start();
});
afterAll(async () => {
  replica?.kill('SIGKILL');
  await rx.close();
  await app.close();
});

it("a killed replica's in-flight deliveries are taken over after the lease, and recorded ones are not sent again", async () => {
  await app.ok(
    `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`,
    { i: { url: `${rx.url}/takeover`, events: ['CUSTOMER_CREATED'] } },
    team.token.admin,
  );
  for (let i = 0; i < 10; i++) await newCustomer(app, team.token.sales, `接管测试${i}号有限公司`);
  // The replica's first four deliveries are answered; the rest hang until it dies.
  const hung: (() => void)[] = [];
  rx.answer = () => (rx.received.length <= 4 ? 200 : new Promise<number>((r) => hung.push(() => r(200))));

  replica = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'webhook.replica.fixture.ts')], {
    env: { ...process.env, DATABASE_URL: app.db.url, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: path.join(__dirname, '../../..'),
  });
  const succeeded = async () =>
    (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'SUCCEEDED'`))[0].n as number;
  await until('four recorded and six hanging', async () => (await succeeded()) === 4 && rx.received.length === 10);
  const died = new Promise((r) => replica!.once('exit', r));
  replica.kill('SIGKILL');
  await died;
  replica = null;
  for (const release of hung) release(); // the dead replica never hears these answers

  // This instance sees six leased deliveries: not before the lease ends…
  const here = new WebhookDispatcher(app.services);
  app.clock.set(new Date());
  expect(await here.runOnce()).toBe(0);
  app.clock.advance((WEBHOOK_RETRY.leaseSeconds - 5) * 1000);
  expect(await here.runOnce()).toBe(0);
  // …and within the minute after it died, all six.
  app.clock.advance(10_000);
  rx.answer = () => 200;
  expect(await here.runOnce()).toBe(6);
  expect(await succeeded()).toBe(10);

  const count = new Map<string, number>();
  for (const r of rx.received) count.set(r.event.id, (count.get(r.event.id) ?? 0) + 1);
  const times = [...count.values()].sort();
  // Four were recorded by the replica: sent once. Six had reached the receiver but no result was recorded
  // (the replica died waiting): sent again once — at least once, never a third time.
  expect(times).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
  const attempts = await app.db.dataSource.query(
    `SELECT d.id, array_agg(a.succeeded ORDER BY a.number) AS ok, array_agg(a.error ORDER BY a.number) AS errors
       FROM webhook_deliveries d JOIN webhook_attempts a ON a.delivery_id = d.id GROUP BY d.id`,
  );
  const lost = attempts.filter((a: { ok: boolean[] }) => a.ok.length === 2);
  expect(lost).toHaveLength(6);
  for (const a of lost) {
    expect(a.ok).toEqual([false, true]);
    expect(a.errors[0]).toContain('sending replica stopped');
  }
  expect(attempts.filter((a: { ok: boolean[] }) => a.ok.length === 1)).toHaveLength(4);
  // Nothing more to send, now or later.
  app.clock.advance(3600_000);
  expect(await here.runOnce()).toBe(0);
});
