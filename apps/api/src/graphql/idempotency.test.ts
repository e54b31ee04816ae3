import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../test/test-app';
import { createTeam, CREATE_CUSTOMER, nextMobile, type Team } from '../modules/customers/customer.test-helpers';
import { claimIdempotencyKey, IDEMPOTENCY, requestHash } from './idempotency';

/** Two API instances on one database: what a load balancer in front of two replicas gives a retrying client. */
let a: TestApp;
let b: TestApp;
let team: Team;
beforeAll(async () => {
  a = await startTestApp();
  b = await startTestApp({ db: a.db });
  team = await createTeam(a);
});
afterAll(async () => {
  await b.close();
  await a.close();
});

async function post(app: TestApp, body: { query: string; variables?: Record<string, unknown> }, token: string, key?: string) {
  const res = await fetch(app.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, replayed: res.headers.get('idempotent-replayed'), body: (await res.json()) as any };
}

const createBody = (name: string, mobile = nextMobile()) => ({
  query: CREATE_CUSTOMER,
  variables: { input: { name, contact: { name: '联系人', mobile } } },
});
const customersNamed = async (name: string) =>
  (await a.db.dataSource.query(`SELECT count(*)::int AS n FROM customers WHERE name = $1`, [name]))[0].n;
const keyRows = async (key: string) =>
  (await a.db.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1`, [key]))[0].n;

describe('Idempotency-Key on mutations, across replicas', () => {
  it('replays the first result on the other instance and writes nothing; another body with the key is refused', async () => {
    const key = randomUUID();
    const name = `幂等测试${key.slice(0, 8)}有限公司`;
    const body = createBody(name);
    const first = await post(a, body, team.token.sales, key);
    expect(first.body.errors).toBeUndefined();
    expect(first.replayed).toBeNull();
    const retry = await post(b, body, team.token.sales, key);
    expect(retry.replayed).toBe('true');
    expect(retry.body.data).toEqual(first.body.data);
    expect(await customersNamed(name)).toBe(1);
    expect(await keyRows(key)).toBe(1);

    const other = await post(b, createBody(`${name}二`), team.token.sales, key);
    expect(other.body.errors[0].extensions).toEqual({
      code: 'CONFLICT',
      messageKey: 'graphql.idempotencyKeyWasUsed',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await customersNamed(`${name}二`)).toBe(0);

    // Keys are per caller: another user's identical key is their own.
    const theirs = await post(a, createBody(`${name}三`), team.token.outsider, key);
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.replayed).toBeNull();
    expect(await keyRows(key)).toBe(2);
  });

  it('refuses a retry while the first request is still running, instead of running it twice', async () => {
    const key = randomUUID();
    const name = `进行中测试${key.slice(0, 8)}有限公司`;
    const body = createBody(name);
    // The first request holds the key on some replica and has not answered yet.
    const hash = requestHash(body.query, undefined, body.variables);
    expect(await claimIdempotencyKey(a.db.dataSource, `user:${team.sales.id}`, key, hash, a.clock.now())).toEqual({ kind: 'claimed' });
    const retry = await post(b, body, team.token.sales, key);
    expect(retry.body.errors[0].extensions).toEqual({
      code: 'CONFLICT',
      messageKey: 'graphql.requestIdempotencyKeyStill',
      reason: 'IDEMPOTENCY_KEY_IN_USE',
    });
    expect(await customersNamed(name)).toBe(0);

    // A claim whose replica died is taken over once it is clearly abandoned.
    b.clock.advance(IDEMPOTENCY.abandonedAfterMs + 1000);
    const later = await post(b, body, team.token.sales, key);
    expect(later.body.errors).toBeUndefined();
    expect(await customersNamed(name)).toBe(1);
  });

  it('a write cut off mid-way (its database connection dies) frees its key: the retry on the other instance writes once', async () => {
    const key = randomUUID();
    const name = `中断测试${key.slice(0, 8)}有限公司`;
    const body = createBody(name);
    // Hold inserts into customers so B's write stops in the middle, after it claimed the key.
    const locker = new Client({ connectionString: a.db.url });
    await locker.connect();
    try {
      await locker.query(`BEGIN`);
      await locker.query(`LOCK TABLE customers IN SHARE ROW EXCLUSIVE MODE`);
      const onB = post(b, body, team.token.sales, key).catch((err: Error) => ({
        status: 0,
        replayed: null,
        body: { errors: [{ message: err.message }] },
      }));
      // B answering before it blocks means it never reached the write: fail with its answer instead of waiting forever.
      let answered: unknown;
      void onB.then((r) => (answered = r.body));
      let blocked: { pid: number }[] = [];
      while (!blocked.length) {
        if (answered) throw new Error(`B answered before its write blocked: ${JSON.stringify(answered)}`);
        blocked = await locker
          .query(
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%customers%' AND pid <> pg_backend_pid()`,
          )
          .then((r) => r.rows);
        if (!blocked.length) await new Promise((r) => setTimeout(r, 10));
      }
      expect(await keyRows(key)).toBe(1); // claimed, not done
      // While it runs, a retry elsewhere is told so instead of running it twice.
      expect((await post(a, body, team.token.sales, key)).body.errors[0].extensions.reason).toBe('IDEMPOTENCY_KEY_IN_USE');
      // The replica's connection dies mid-write: PostgreSQL rolls its transaction back.
      await locker.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ANY($1::int[])`, [blocked.map((r) => r.pid)]);
      await locker.query(`COMMIT`);
      const cut = await onB;
      expect(cut.body.errors?.length).toBeGreaterThan(0);
    } finally {
      await locker.end();
    }
    expect(await customersNamed(name)).toBe(0);
    const retry = await post(a, body, team.token.sales, key);
    expect(retry.body.errors).toBeUndefined();
    expect(await customersNamed(name)).toBe(1);
    expect((await post(b, body, team.token.sales, key)).body.data).toEqual(retry.body.data);
    expect(await customersNamed(name)).toBe(1);
  });

  it('keeps the stored result 24 hours; then the key is new again', async () => {
    const key = randomUUID();
    const name = `过期测试${key.slice(0, 8)}有限公司`;
    const body = createBody(name);
    expect((await post(a, body, team.token.sales, key)).body.errors).toBeUndefined();
    a.clock.advance(IDEMPOTENCY.ttlMs - 60_000);
    expect((await post(a, body, team.token.sales, key)).replayed).toBe('true');
    a.clock.advance(120_000);
    // Run again: the name is taken now, so this time the answer is DUPLICATE — proof that it ran.
    const again = await post(a, body, team.token.sales, key);
    expect(again.replayed).toBeNull();
    expect(again.body.errors[0].extensions.code).toBe('DUPLICATE');
    expect(await customersNamed(name)).toBe(1);
  });

  it('never stores an answer carrying a secret: a sign-in or a new API key ignores the key', async () => {
    const key = randomUUID();
    const login = {
      query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      variables: { e: team.sales.email, p: 'Kehu@2026!' },
    };
    expect((await post(a, login, team.token.sales, key)).body.data.login.token).toBeTruthy();
    const CREATE_KEY = {
      query: `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`,
      variables: { i: { name: '幂等密钥', ownerId: team.sales.id, scopes: ['CUSTOMERS_READ'] } },
    };
    expect((await post(a, CREATE_KEY, team.token.admin, key)).body.data.createApiKey.secret).toMatch(/^kehu_/);
    expect(await keyRows(key)).toBe(0);
    const stored: { response: unknown }[] = await a.db.dataSource.query(`SELECT response FROM idempotency_keys`);
    expect(JSON.stringify(stored)).not.toMatch(/kehu_|"token"/);
  });

  it('ignores the key on queries and refuses a malformed key', async () => {
    const key = randomUUID();
    expect((await post(a, { query: `{ me { id } }` }, team.token.sales, key)).body.data.me.id).toBe(team.sales.id);
    expect(await keyRows(key)).toBe(0);
    const bad = await post(a, createBody(`坏键测试${key.slice(0, 8)}有限公司`), team.token.sales, 'x'.repeat(300));
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'IDEMPOTENCY_KEY_INVALID' });
  });
});
