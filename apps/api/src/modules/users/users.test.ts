import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import { can } from '../access/permissions';
import { createTeam, insertCustomer } from '../team/team-fixtures';

let app: TestApp;
let team: Awaited<ReturnType<typeof createTeam>>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-02T02:00:00Z' });
  team = await createTeam(app.db.dataSource);
  for (const [key, u] of Object.entries(team)) tokens[key] = await app.login(u.email);
});
afterAll(() => app.close());

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const USER = `query { users(first: 100, filter: { search: "%s" }) { edges { node { id lockedUntil failedLoginCount } } } }`;

describe('sign-in lockout', () => {
  it('locks after 5 wrong passwords within 15 minutes, shows it to admins, and unlocks after 15 minutes', async () => {
    const u = await createUser(app.db.dataSource, { email: 'guess@test.kehu', name: '被猜密码' });
    for (let i = 0; i < 4; i++) {
      const res = await app.gql(LOGIN, { e: u.email, p: 'Wrong@2026!' });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      app.clock.advance(60_000);
    }
    // The fifth locks the account, but the answer is the one any wrong password gets (no account probing).
    const fifth = await app.gql(LOGIN, { e: u.email, p: 'Wrong@2026!' });
    expect(fifth.errors?.[0]).toMatchObject({
      message: '邮箱或密码错误',
      extensions: { code: 'UNAUTHENTICATED', messageKey: 'auth.wrongEmailPassword' },
    });
    // Even the right password is refused while locked, with the same answer.
    expect((await app.gql(LOGIN, { e: u.email, p: TEST_PASSWORD })).errors?.[0]).toMatchObject({
      message: fifth.errors?.[0].message,
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const seen = await app.ok(USER.replace('%s', '被猜密码'), {}, tokens.admin);
    expect(seen.users.edges[0].node).toMatchObject({ id: u.id, failedLoginCount: 5 });
    expect(Date.parse(seen.users.edges[0].node.lockedUntil)).toBe(app.clock.now().getTime() + 15 * 60_000);
    // A manager may list users of their team only; this user is in nobody's team.
    expect((await app.ok(USER.replace('%s', '被猜密码'), {}, tokens.manager)).users.edges).toEqual([]);

    app.clock.advance(15 * 60_000 + 1000);
    await expect(app.login(u.email)).resolves.toBeTruthy();
    const after = await app.ok(USER.replace('%s', '被猜密码'), {}, tokens.admin);
    expect(after.users.edges[0].node).toMatchObject({ lockedUntil: null, failedLoginCount: 0 });
  });

  it('starts a new window when failures are more than 15 minutes apart', async () => {
    const u = await createUser(app.db.dataSource, { email: 'slow@test.kehu' });
    for (let i = 0; i < 8; i++) {
      const res = await app.gql(LOGIN, { e: u.email, p: 'Wrong@2026!' });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      app.clock.advance(4 * 60_000); // the window restarts every fourth attempt
    }
  });

  it('lets an admin unlock at once', async () => {
    const u = await createUser(app.db.dataSource, { email: 'unlock@test.kehu' });
    for (let i = 0; i < 5; i++) await app.gql(LOGIN, { e: u.email, p: 'Wrong@2026!' });
    expect(
      (await app.gql(`mutation($id: ID!) { unlockUser(id: $id) { id } }`, { id: u.id }, tokens.manager)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    await app.ok(`mutation($id: ID!) { unlockUser(id: $id) { id lockedUntil } }`, { id: u.id }, tokens.admin);
    await expect(app.login(u.email)).resolves.toBeTruthy();
  });
});

describe('sign-in records', () => {
  it('records sign-ins and marks a new IP address or device (not the very first sign-in)', async () => {
    const u = await createUser(app.db.dataSource, { email: 'where@test.kehu' });
    const signIn = (agent: string) =>
      fetch(app.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': agent },
        body: JSON.stringify({ query: LOGIN, variables: { e: u.email, p: TEST_PASSWORD } }),
      }).then((r) => r.json() as Promise<any>);
    const first = await signIn('Chrome/120');
    await signIn('Chrome/120');
    await signIn('WeChat/8.0');
    const token = first.data.login.token;
    const data = await app.ok(`{ signIns(first: 10) { userAgent newIp newDevice ip } }`, {}, token);
    expect(data.signIns.map((s: any) => [s.userAgent, s.newDevice, s.newIp])).toEqual([
      ['WeChat/8.0', true, false],
      ['Chrome/120', false, false],
      ['Chrome/120', false, false],
    ]);
    expect(data.signIns[0].ip).toBeTruthy();
    expect((await app.gql(`query($u: ID) { signIns(userId: $u) { at } }`, { u: team.admin.id }, token)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.ok(`query($u: ID) { signIns(userId: $u) { at } }`, { u: u.id }, tokens.admin)).signIns).toHaveLength(3);
  });
});

describe('user management', () => {
  const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id role mustChangePassword manager { id } version } }`;
  const UPDATE = `mutation($id: ID!, $v: Int!, $i: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $i) { id manager { id } role name version } }`;

  it('creates users who must change the password, which must meet the policy', async () => {
    const weak = await app.gql(CREATE, { i: { name: '新人', email: 'new1@test.kehu', role: 'SALES', password: 'abc12345' } }, tokens.admin);
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const created = await app.ok(
      CREATE,
      { i: { name: '新人', email: 'New1@Test.kehu', role: 'SALES', managerId: team.manager.id, password: 'Chu#shi2026' } },
      tokens.admin,
    );
    expect(created.createUser).toMatchObject({ role: 'SALES', mustChangePassword: true, manager: { id: team.manager.id } });
    await expect(app.login('new1@test.kehu', 'Chu#shi2026')).resolves.toBeTruthy();
    const dup = await app.gql(
      CREATE,
      { i: { name: '重复', email: 'new1@test.kehu', role: 'SALES', password: 'Chu#shi2026' } },
      tokens.admin,
    );
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    const bySales = await app.gql(
      CREATE,
      { i: { name: '越权', email: 'x@test.kehu', role: 'ADMIN', password: 'Chu#shi2026' } },
      tokens.sales1,
    );
    expect(bySales.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const badManager = await app.gql(
      CREATE,
      { i: { name: '新人', email: 'new2@test.kehu', role: 'SALES', managerId: team.sales1.id, password: 'Chu#shi2026' } },
      tokens.admin,
    );
    expect(badManager.errors?.[0].extensions).toMatchObject({ field: 'input.managerId' });
  });

  it('refuses a manager that would make a cycle, at any depth', async () => {
    const top = await createUser(app.db.dataSource, { role: 'MANAGER' });
    const mid = await createUser(app.db.dataSource, { role: 'MANAGER', managerId: top.id });
    const low = await createUser(app.db.dataSource, { role: 'MANAGER', managerId: mid.id });
    const cycle = await app.gql(UPDATE, { id: top.id, v: top.version, i: { managerId: low.id } }, tokens.admin);
    expect(cycle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.managerId' });
    const self = await app.gql(UPDATE, { id: top.id, v: top.version, i: { managerId: top.id } }, tokens.admin);
    expect(self.errors?.[0].extensions).toMatchObject({ field: 'input.managerId' });
    const moved = await app.ok(UPDATE, { id: low.id, v: low.version, i: { managerId: top.id, name: '改名', role: 'SALES' } }, tokens.admin);
    expect(moved.updateUser).toMatchObject({ manager: { id: top.id }, name: '改名', role: 'SALES', version: low.version + 1 });
    const stale = await app.gql(UPDATE, { id: low.id, v: low.version, i: { name: '又改' } }, tokens.admin);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('lists users by scope: admins all, managers their team at any depth, salespeople themselves', async () => {
    const ids = async (token: string) =>
      (await app.ok(`{ users(first: 100) { edges { node { id } } } }`, {}, token)).users.edges.map((e: any) => e.node.id);
    const directorSees = await ids(tokens.director);
    expect(directorSees).toEqual(
      expect.arrayContaining([team.director.id, team.manager.id, team.sales1.id, team.sales2.id, team.service.id]),
    );
    expect(directorSees).not.toContain(team.admin.id);
    expect(await ids(tokens.sales1)).toEqual([team.sales1.id]);
    expect((await ids(tokens.admin)).length).toBeGreaterThan(6);
  });

  it('grants and revokes export per user', async () => {
    const u = await createUser(app.db.dataSource, { role: 'SALES' });
    const SET = `mutation($u: ID!, $a: Boolean!) { setExportPermission(userId: $u, allowed: $a) { id canExport } }`;
    expect((await app.gql(SET, { u: u.id, a: true }, tokens.manager)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.ok(SET, { u: u.id, a: true }, tokens.admin)).setExportPermission.canExport).toBe(true);
    const [row] = await app.db.dataSource.query(`SELECT role, can_export AS "canExport" FROM users WHERE id = $1`, [u.id]);
    expect(can(row, 'customer.export')).toBe(true);
    expect((await app.ok(SET, { u: u.id, a: false }, tokens.admin)).setExportPermission.canExport).toBe(false);
    expect(can({ role: 'SALES', canExport: false }, 'customer.export')).toBe(false);
  });
});

describe('deactivateUser', () => {
  const DEACTIVATE = `mutation($id: ID!, $r: ID) { deactivateUser(id: $id, receiverId: $r) { user { id active } customersMoved } }`;

  it('refuses while the user owns customers, then hands everything over and ends their sessions', async () => {
    const leaver = await createUser(app.db.dataSource, { role: 'SALES', managerId: team.manager.id });
    const token = await app.login(leaver.email);
    const a = await insertCustomer(app.db.dataSource, { ownerId: leaver.id });
    const b = await insertCustomer(app.db.dataSource, { ownerId: leaver.id });

    const refused = await app.gql(DEACTIVATE, { id: leaver.id }, tokens.admin);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'OWNS_CUSTOMERS',
      customerCount: 2,
      field: 'receiverId',
    });
    expect((await app.gql(`{ me { id } }`, {}, token)).errors).toBeUndefined();

    const done = await app.ok(DEACTIVATE, { id: leaver.id, r: team.sales2.id }, tokens.admin);
    expect(done.deactivateUser).toEqual({ user: { id: leaver.id, active: false }, customersMoved: 2 });
    const owners = await app.db.dataSource.query(`SELECT DISTINCT owner_id FROM customers WHERE id = ANY($1::uuid[])`, [[a.id, b.id]]);
    expect(owners).toEqual([{ owner_id: team.sales2.id }]);
    expect((await app.gql(`{ me { id } }`, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(LOGIN, { e: leaver.email, p: TEST_PASSWORD })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(DEACTIVATE, { id: team.admin.id }, tokens.admin)).errors?.[0].extensions?.field).toBe('id');
  });

  it('deactivates a user without customers directly', async () => {
    const idle = await createUser(app.db.dataSource, { role: 'SERVICE' });
    expect((await app.ok(DEACTIVATE, { id: idle.id }, tokens.admin)).deactivateUser).toEqual({
      user: { id: idle.id, active: false },
      customersMoved: 0,
    });
  });
});
