import { monitorEventLoopDelay } from 'node:perf_hooks';
import bcrypt from 'bcryptjs';
import { startTestApp, TEST_WEB_FORWARD_SECRET, type TestApp } from '../../test/test-app';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import { MemoryBucketStore } from '../../graphql/rate-limit';
import { hashPassword, needsRehash, verifyPassword } from './password';
import { SignInThrottle } from './sign-in-throttle';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-12-07T08:00:30Z' }); // 16:00:30 in Shanghai
});
afterAll(() => app.close());

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }`;

/** A sign-in over HTTP with its own user agent (a new device), timed. */
async function signIn(email: string, password: string, agent = 'test') {
  const started = performance.now();
  const res = await fetch(app.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': agent },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] };
  return { ...body, ms: performance.now() - started };
}

describe('password hashes', () => {
  it('are scrypt, self-describing, and verify off the event loop', async () => {
    const hash = await hashPassword('Kehu@2026!');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('Kehu@2026!', hash)).toBe(true);
    expect(await verifyPassword('Kehu@2026?', hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash(bcrypt.hashSync('x', 4))).toBe(true);
  });

  it('never truncate: two long passwords that share their first 72 bytes differ', async () => {
    const head = 'Aa1!'.repeat(18); // 72 bytes
    const hash = await hashPassword(head + 'tail-one');
    expect(await verifyPassword(head + 'tail-one', hash)).toBe(true);
    expect(await verifyPassword(head + 'tail-two', hash)).toBe(false);
    // The legacy bcrypt path refuses a password bcrypt would cut, instead of checking its first 72 bytes.
    const legacy = bcrypt.hashSync(head, 4);
    expect(await verifyPassword(head, legacy)).toBe(true);
    expect(await verifyPassword(head + 'anything', legacy)).toBe(false);
  });
});

describe('legacy bcrypt accounts', () => {
  it('sign in and are upgraded to scrypt on that sign-in', async () => {
    const u = await createUser(app.db.dataSource, { email: 'legacy@signin.test' });
    await app.db.dataSource.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [u.id, bcrypt.hashSync(TEST_PASSWORD, 4)]);
    expect((await signIn(u.email, 'Wrong@2026!')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await signIn(u.email, TEST_PASSWORD)).data?.login.token).toBeTruthy();
    const [{ password_hash }] = await app.db.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [u.id]);
    expect(password_hash).toMatch(/^scrypt\$/);
    expect((await signIn(u.email, TEST_PASSWORD)).data?.login.token).toBeTruthy();
  });
});

describe('long passwords', () => {
  it('an 85-character password is kept whole; over 128 characters is refused with a message', async () => {
    await createUser(app.db.dataSource, { email: 'long@signin.test' });
    const token = await app.login('long@signin.test');
    const long = 'Kehu@2026!'.repeat(8) + 'abcde'; // 85 characters
    const changed = await app.ok(CHANGE, { c: TEST_PASSWORD, n: long }, token);
    expect(changed.changePassword.token).toBeTruthy();
    expect((await signIn('long@signin.test', long.slice(0, 84) + 'X')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await signIn('long@signin.test', long)).data?.login.token).toBeTruthy();
    const tooLong = await app.gql(CHANGE, { c: long, n: 'Aa1!' + 'x'.repeat(125) }, changed.changePassword.token);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', rules: ['TOO_LONG'] });
    expect(tooLong.errors?.[0].message).toContain('128');
  });
});

describe('sign-in does not reveal accounts', () => {
  it('answers a wrong password, an unknown email, a deactivated and a locked account the same way; only the owner and admins learn of the lock', async () => {
    const admin = await createUser(app.db.dataSource, { email: 'admin@signin.test', role: 'ADMIN' });
    const owner = await createUser(app.db.dataSource, { email: 'locked@signin.test', name: '锁定测试' });
    await createUser(app.db.dataSource, { email: 'inactive@signin.test', active: false });
    const adminToken = await app.login(admin.email);
    const ownerToken = await app.login(owner.email);

    const timings: Record<string, number> = {};
    const answers: Record<string, unknown> = {};
    const probe = async (label: string, email: string, password: string) => {
      const r = await signIn(email, password);
      timings[label] = Math.round(r.ms);
      const { stacktrace: _, ...extensions } = r.errors?.[0].extensions ?? {};
      answers[label] = { message: r.errors?.[0].message, extensions, data: r.data?.login ?? null };
    };
    await probe('wrong password', owner.email, 'Wrong@2026!');
    await probe('unknown email', 'nobody@signin.test', 'Wrong@2026!');
    await probe('deactivated', 'inactive@signin.test', TEST_PASSWORD);
    for (let i = 0; i < 4; i++) await signIn(owner.email, 'Wrong@2026!'); // the 5th wrong password locks it
    await probe('locked, wrong password', owner.email, 'Wrong@2026!');
    await probe('locked, right password', owner.email, TEST_PASSWORD);
    console.log('sign-in refusals (ms):', timings);

    const expected = {
      message: '邮箱或密码错误',
      extensions: { code: 'UNAUTHENTICATED', messageKey: 'auth.wrongEmailPassword' },
      data: null,
    };
    for (const [label, answer] of Object.entries(answers)) expect({ label, answer }).toEqual({ label, answer: expected });

    // The owner is told, in their inbox; the admin sees the lock on the user; nobody else hears of it.
    const inbox = await app.ok(`{ notifications(first: 5) { edges { node { kind title body } } } }`, {}, ownerToken);
    const notice = inbox.notifications.edges.map((e: any) => e.node).find((n: any) => n.title.includes('锁定'));
    expect(notice).toMatchObject({ kind: 'NEW_SIGN_IN_LOCATION', title: '账号已临时锁定：密码连续输错' });
    expect(notice.body).toMatch(/已锁定至 2026-12-07 16:\d\d/);
    const adminInbox = await app.ok(`{ notifications(first: 5) { edges { node { title } } } }`, {}, adminToken);
    expect(adminInbox.notifications.edges.filter((e: any) => e.node.title.includes('锁定'))).toEqual([]);
    const users = await app.ok(`query($id: ID!) { node(id: $id) { ... on User { lockedUntil } } }`, { id: owner.id }, adminToken);
    expect(Date.parse(users.node.lockedUntil)).toBeGreaterThan(app.clock.now().getTime());
  });
});

describe('sign-in rate limits', () => {
  it('per email, known or not: RATE_LIMITED with the time to retry as people write it', async () => {
    await createUser(app.db.dataSource, { email: 'throttled@signin.test' });
    for (const email of ['throttled@signin.test', 'ghost@signin.test']) {
      for (let i = 0; i < 10; i++) expect((await signIn(email, 'Wrong@2026!')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      const limited = await signIn(email, TEST_PASSWORD);
      expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'SIGN_IN_THROTTLED' });
      // 16:00:30 + 90 s for one point back = 16:02:00, in Asia/Shanghai, never an ISO instant.
      expect(limited.errors?.[0].message).toContain('2026-12-07 16:02');
      expect(limited.errors?.[0].message).not.toMatch(/\d{4}-\d\d-\d\dT/);
    }
    // (Ten wrong passwords also locked the known account for 15 minutes.)
    app.clock.advance(16 * 60_000);
    expect((await signIn('throttled@signin.test', TEST_PASSWORD)).data?.login.token).toBeTruthy();
  });

  it('per address, end to end: the client address the web server forwards is what counts', async () => {
    const small = await startTestApp({
      now: '2026-12-07T08:00:30Z',
      config: { signInLimits: { perAddress: 3, perAccount: 10, windowMinutes: 15 } },
    });
    try {
      const from = (ip: string, e: string) =>
        fetch(small.server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-kehu-web-secret': TEST_WEB_FORWARD_SECRET, 'x-kehu-client-ip': ip },
          body: JSON.stringify({ query: LOGIN, variables: { e, p: 'Wrong@2026!' } }),
        }).then((r) => r.json() as Promise<any>);
      for (const e of ['a@addr.test', 'b@addr.test', 'c@addr.test'])
        expect((await from('203.0.113.7', e)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const limited = await from('203.0.113.7', 'd@addr.test');
      expect(limited.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'SIGN_IN_THROTTLED' });
      expect(limited.errors[0].message).toContain('2026-12-07 16:06'); // 16:00:30 + 5 min for one point back
      expect((await from('198.51.100.8', 'd@addr.test')).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await small.close();
    }
  });

  it('per address, taken before hashing and given back by a successful sign-in', async () => {
    const throttle = new SignInThrottle(new MemoryBucketStore(), { perAddress: 3, perAccount: 10, windowMinutes: 15 });
    const now = new Date('2026-12-07T08:00:00Z');
    const ok = await throttle.reserve('10.1.1.1', 'a@x', now);
    if (ok.refused) throw new Error('refused');
    await ok.refund(); // a successful sign-in costs nothing
    for (const email of ['a@x', 'b@x', 'c@x']) expect((await throttle.reserve('10.1.1.1', email, now)).refused).toBe(false);
    const fourth = await throttle.reserve('10.1.1.1', 'd@x', now);
    expect(fourth).toEqual({ refused: true, retryAt: new Date(now.getTime() + 300_000) });
    expect((await throttle.reserve('10.2.2.2', 'd@x', now)).refused).toBe(false); // another address is not affected
  });
});

describe('a sign-in storm', () => {
  it('50 sign-ins at once (new devices) while plain requests keep being answered', async () => {
    const users = await Promise.all(
      Array.from({ length: 10 }, (_, i) => createUser(app.db.dataSource, { email: `storm${i}@signin.test` })),
    );
    const token = await app.login(users[0].email);
    for (const u of users) await signIn(u.email, TEST_PASSWORD, 'first-device'); // so the storm's devices are new

    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    let storming = true;
    const storm = Promise.all(
      users.flatMap((u) => Array.from({ length: 5 }, (_, d) => signIn(u.email, TEST_PASSWORD, `device-${d}`))),
    ).finally(() => {
      storming = false;
    });
    const plain: { ms: number; ok: boolean }[] = [];
    while (storming || plain.length < 5) {
      const started = performance.now();
      const res = await app.gql(`{ me { id } }`, {}, token);
      plain.push({ ms: performance.now() - started, ok: res.data?.me?.id === users[0].id && !res.errors });
    }
    const signIns = await storm;
    loop.disable();

    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const pct = (xs: number[], p: number) => Math.round(sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))]);
    const plainMs = plain.map((p) => p.ms);
    const signInMs = signIns.map((s) => s.ms);
    console.log(
      `sign-in storm: 50 sign-ins p50 ${pct(signInMs, 0.5)} ms, max ${pct(signInMs, 1)} ms; ` +
        `${plain.length} plain requests meanwhile p50 ${pct(plainMs, 0.5)} ms, p95 ${pct(plainMs, 0.95)} ms, max ${pct(plainMs, 1)} ms; ` +
        `event-loop delay p99 ${Math.round(loop.percentile(99) / 1e6)} ms, max ${Math.round(loop.max / 1e6)} ms`,
    );
    expect(plain.every((p) => p.ok)).toBe(true);
    expect(signIns.filter((s) => s.data?.login.token)).toHaveLength(50);
  });
});
