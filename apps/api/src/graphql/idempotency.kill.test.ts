import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../test/test-app';
import { createTeam, newCustomer, type Team } from '../modules/customers/customer.test-helpers';
import { IDEMPOTENCY } from './idempotency';

/**
 * Issue 21 item 1: an API instance (a real process) is killed in the middle of an idempotent mutation, and the
 * client retries on another instance sharing PostgreSQL. Whatever the moment of the kill there is one row: killed
 * before its transaction committed, the retry runs it; killed after the commit but before the answer was stored,
 * the retry is told it was applied (IDEMPOTENCY_KEY_APPLIED) and writes nothing.
 */
jest.setTimeout(300_000); // two API processes boot from source on a shared, busy machine

let b: TestApp;
let team: Team;
let instances: { url: string; child: ChildProcess }[];
let customerId: string;
const children: ChildProcess[] = [];

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/** Instance A: the API as `npm run dev` starts it, on B's database, without background jobs. */
async function startInstance(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, '..', 'main.ts')], {
    cwd: path.join(__dirname, '..', '..'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: b.db.url,
      PORT: String(port),
      AUTH_SECRET: b.services.config.authSecret,
      KEHU_JOBS: 'false',
      KEHU_SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance exited with ${child.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url: `http://127.0.0.1:${port}/graphql`, child };
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  b = await startTestApp();
  team = await createTeam(b);
  customerId = await newCustomer(b, team.token.sales, '断电重试有限公司');
  instances = await Promise.all([startInstance(), startInstance()]);
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await b.close();
});

const CREATE = `mutation($c: ID!, $i: FollowUpInput!) { createFollowUp(customerId: $c, input: $i) { id customer { tags { name } } } }`;
const body = (content: string) => ({ query: CREATE, variables: { c: customerId, i: { method: 'PHONE', content } } });
function post(url: string, content: string, key: string) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${team.token.sales}`, 'idempotency-key': key },
    body: JSON.stringify(body(content)),
  }).then(async (r) => (await r.json()) as any);
}
const followUps = async (content: string) =>
  (await b.db.dataSource.query(`SELECT count(*)::int AS n FROM follow_ups WHERE content = $1`, [content]))[0].n as number;

/** Holds `table` locked from a connection of the test; waits until a statement of instance A queues behind it. */
async function blockOn(locker: Client, table: string, request: Promise<unknown>) {
  let answered: unknown = undefined;
  let polls = 0;
  void request.then((r) => (answered = r ?? 'no answer'));
  for (;;) {
    if (answered !== undefined) throw new Error(`instance A answered instead of waiting on ${table}: ${JSON.stringify(answered)}`);
    // The locker is inside its transaction, where pg_stat_activity is a snapshot taken once: take a fresh one.
    await locker.query(`SELECT pg_stat_clear_snapshot()`);
    const { rows } = await locker.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE $1 AND pid <> pg_backend_pid()`,
      [`%${table}%`],
    );
    if (rows.length) return;
    if (++polls % 250 === 0) {
      const active = await locker.query(
        `SELECT pid, application_name, state, wait_event_type, left(query, 120) AS q FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle'`,
      );
      process.stderr.write(`[kill test] still waiting for a statement on ${table}: ${JSON.stringify(active.rows)}\n`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function killed(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

describe('an instance killed mid-write, the retry on another: one row', () => {
  it('killed before its transaction committed: the retry (once the claim is abandoned) writes it once', async () => {
    const a = instances[0];
    const key = randomUUID();
    const content = `提交前断电 ${key}`;
    const locker = new Client({ connectionString: b.db.url });
    await locker.connect();
    try {
      await locker.query(`BEGIN`);
      await locker.query(`LOCK TABLE follow_ups IN SHARE ROW EXCLUSIVE MODE`); // A's insert waits here, inside its transaction
      const onA = post(a.url, content, key).catch(() => null);
      await blockOn(locker, 'follow_ups', onA);
      await killed(a.child);
      await locker.query(`ROLLBACK`);
      expect(await onA).toBeNull(); // the client's connection was cut: it does not know what happened
    } finally {
      await locker.end();
    }
    expect(await followUps(content)).toBe(0);
    const [claim] = await b.db.dataSource.query(`SELECT wrote, response FROM idempotency_keys WHERE key = $1`, [key]);
    expect(claim).toEqual({ wrote: false, response: null });
    b.clock.set(new Date()); // A claimed the key by the real clock
    // Still within the abandonment window: told to retry later, nothing written.
    expect((await post(b.server.url, content, key)).errors[0].extensions.reason).toBe('IDEMPOTENCY_KEY_IN_USE');
    b.clock.advance(IDEMPOTENCY.abandonedAfterMs + 1000);
    const retry = await post(b.server.url, content, key);
    expect(retry.errors).toBeUndefined();
    expect(await followUps(content)).toBe(1);
    expect((await post(b.server.url, content, key)).data).toEqual(retry.data); // and replayed from then on
    expect(await followUps(content)).toBe(1);
  });

  it('killed after its transaction committed, before the answer was stored: the retry writes nothing', async () => {
    const a = instances[1];
    const key = randomUUID();
    const content = `提交后断电 ${key}`;
    const locker = new Client({ connectionString: b.db.url });
    await locker.connect();
    try {
      await locker.query(`BEGIN`);
      // The answer's `customer { tags }` is read after the follow-up is committed: A stops there.
      await locker.query(`LOCK TABLE tags IN ACCESS EXCLUSIVE MODE`);
      const onA = post(a.url, content, key).catch(() => null);
      await blockOn(locker, 'tags', onA);
      expect(await followUps(content)).toBe(1); // committed (visible from another connection)
      await killed(a.child);
      await locker.query(`ROLLBACK`);
      expect(await onA).toBeNull();
    } finally {
      await locker.end();
    }
    const [claim] = await b.db.dataSource.query(`SELECT wrote, response FROM idempotency_keys WHERE key = $1`, [key]);
    expect(claim).toEqual({ wrote: true, response: null });
    b.clock.set(new Date());
    expect((await post(b.server.url, content, key)).errors[0].extensions.reason).toBe('IDEMPOTENCY_KEY_IN_USE');
    // Long after the instance died, a retry is not run again (before: it was, and wrote a second follow-up).
    b.clock.advance(IDEMPOTENCY.abandonedAfterMs + 1000);
    const retry = await post(b.server.url, content, key);
    expect(retry.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_APPLIED' });
    expect(await followUps(content)).toBe(1);
  });
});
