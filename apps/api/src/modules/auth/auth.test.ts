import { startTestApp, collect, type TestApp } from '../../test/test-app';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import { verifyToken } from './token';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { id name role mustChangePassword } } }`;
const ME = `{ me { id email role manager { id name } } }`;

describe('sign-in', () => {
  it('returns a token and the user; the token works for me', async () => {
    const boss = await createUser(app.db.dataSource, { role: 'MANAGER', name: '王经理' });
    const user = await createUser(app.db.dataSource, { email: 'li.na@test.kehu', managerId: boss.id });
    const data = await app.ok(LOGIN, { e: '  LI.NA@test.kehu ', p: TEST_PASSWORD });
    expect(data.login.user).toMatchObject({ id: user.id, role: 'SALES', mustChangePassword: false });
    expect(verifyToken(app.services.config.authSecret, data.login.token)?.sub).toBe(user.id);

    const me = await app.ok(ME, {}, data.login.token);
    expect(me.me).toEqual({ id: user.id, email: 'li.na@test.kehu', role: 'SALES', manager: { id: boss.id, name: '王经理' } });
  });

  it('gives the same error for a wrong password and an unknown email', async () => {
    await createUser(app.db.dataSource, { email: 'known@test.kehu' });
    const wrong = await app.gql(LOGIN, { e: 'known@test.kehu', p: 'Wrong@2026!' });
    const unknown = await app.gql(LOGIN, { e: 'nobody@test.kehu', p: 'Wrong@2026!' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a deactivated user with the same error', async () => {
    await createUser(app.db.dataSource, { email: 'gone@test.kehu', active: false });
    const res = await app.gql(LOGIN, { e: 'gone@test.kehu', p: TEST_PASSWORD });
    expect(res.errors?.[0].message).toContain('邮箱或密码错误');
  });
});

describe('every operation but login needs a token', () => {
  it('answers UNAUTHENTICATED without a token, with a forged token, and before any SQL runs', async () => {
    const anonymous = await app.gql(ME);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
    expect(anonymous.statements).toBe(0);

    const forged = await app.gql(ME, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad');
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sees through fragments at the root', async () => {
    const res = await app.gql(`query { ...F } fragment F on Query { me { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses introspection anonymously (integrators sign in, use a key, or read schema.graphql)', async () => {
    const res = await app.gql(`{ __schema { queryType { name } } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INTROSPECTION_REQUIRES_AUTH' });
    expect(res.errors?.[0].message).toContain('schema.graphql');
  });
});

describe('changePassword', () => {
  const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token user { mustChangePassword } } }`;

  it('enforces the policy with a field-named error and changes nothing', async () => {
    await createUser(app.db.dataSource, { email: 'policy@test.kehu' });
    const token = await app.login('policy@test.kehu');
    for (const weak of ['short1!', 'abcdefgh1', 'abcdefgh!', '12345678!']) {
      const res = await app.gql(CHANGE, { c: TEST_PASSWORD, n: weak }, token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    }
    const wrongCurrent = await app.gql(CHANGE, { c: 'Nope@2026!', n: 'Better#2027' }, token);
    expect(wrongCurrent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    await expect(app.login('policy@test.kehu')).resolves.toBeTruthy();
  });

  it('forces admin-created users to change first, then revokes older tokens', async () => {
    await createUser(app.db.dataSource, { email: 'fresh@test.kehu', mustChangePassword: true });
    const first = await app.login('fresh@test.kehu');
    expect((await app.ok(ME, {}, first)).me.email).toBe('fresh@test.kehu');
    const blocked = await app.gql(`{ serverTime }`, {}, first);
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });

    const changed = await app.ok(CHANGE, { c: TEST_PASSWORD, n: 'Xin#mima2026' }, first);
    expect(changed.changePassword.user.mustChangePassword).toBe(false);
    expect((await app.gql(`{ serverTime }`, {}, changed.changePassword.token)).errors).toBeUndefined();
    // The token issued before the change no longer works.
    expect((await app.gql(ME, {}, first)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await expect(app.login('fresh@test.kehu', 'Xin#mima2026')).resolves.toBeTruthy();
  });
});

describe('subscriptions over graphql-ws on the same port and path', () => {
  it('delivers to a signed-in client', async () => {
    await createUser(app.db.dataSource, { email: 'ws@test.kehu' });
    const token = await app.login('ws@test.kehu');
    const events = await collect<{ heartbeat: string }>(app.wsClient(token), `subscription { heartbeat(intervalSeconds: 1) }`, {}, 2);
    expect(events).toHaveLength(2);
    for (const e of events) expect(Number.isNaN(Date.parse(e.data!.heartbeat))).toBe(false);
  });

  it('refuses an anonymous subscription with UNAUTHENTICATED', async () => {
    await expect(collect(app.wsClient(null), `subscription { heartbeat }`, {}, 1)).rejects.toThrow(/UNAUTHENTICATED|请先登录/);
  });
});
