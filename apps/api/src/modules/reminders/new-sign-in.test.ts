import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser, TEST_PASSWORD } from '../../test/factories';

// 异地登录提醒 through the real sign-in path: wireReminders (main.ts, test app) connects users' onNewSignIn to it.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
});
afterAll(() => app.close());

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const INBOX = `{ notifications(first: 10) { totalCount edges { node { kind title subjectType subjectId link } } } unreadNotificationCount }`;

/** Signs in over HTTP as a given client (browser/app), like the web app or the mobile app would. */
async function signInAs(email: string, userAgent: string): Promise<string> {
  const res = await fetch(app.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: TEST_PASSWORD } }),
  });
  const body = (await res.json()) as any;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.login.token;
}

describe('new sign-in notification', () => {
  it('a sign-in from a second client notifies the user exactly once (the first sign-in and repeats do not)', async () => {
    const u = await createUser(app.db.dataSource, { email: 'roam@sign-in.test', name: '出差的人' });
    const other = await createUser(app.db.dataSource, { email: 'stay@sign-in.test' });
    const token = await signInAs(u.email, 'Mozilla/5.0 Chrome/120');
    expect((await app.ok(INBOX, {}, token)).notifications.totalCount).toBe(0);

    const otherToken = await signInAs(other.email, 'Mozilla/5.0 Chrome/120');

    app.clock.advance(60_000);
    await signInAs(u.email, 'Mozilla/5.0 MicroMessenger/8.0 (iPhone)');

    // The same second client again, and the first again: both seen before, nothing new.
    app.clock.advance(60_000);
    await signInAs(u.email, 'Mozilla/5.0 MicroMessenger/8.0 (iPhone)');
    app.clock.advance(60_000);
    await signInAs(u.email, 'Mozilla/5.0 Chrome/120');

    const inbox = await app.ok(INBOX, {}, token);
    expect(inbox.notifications.totalCount).toBe(1);
    expect(inbox.unreadNotificationCount).toBe(1);
    expect(inbox.notifications.edges[0].node).toMatchObject({
      kind: 'NEW_SIGN_IN_LOCATION',
      subjectType: 'USER',
      subjectId: u.id,
      link: '/settings/security',
    });
    expect(inbox.notifications.edges[0].node.title).toContain('MicroMessenger');
    // Nobody else is told.
    expect((await app.ok(INBOX, {}, otherToken)).notifications.totalCount).toBe(0);
  });

  it('is not sent when an admin switches the kind off', async () => {
    const u = await createUser(app.db.dataSource, { email: 'quiet@sign-in.test' });
    const admin = await createUser(app.db.dataSource, { role: 'ADMIN', email: 'admin@sign-in.test' });
    const adminToken = await signInAs(admin.email, 'Chrome/120');
    await app.ok(
      `mutation($k: ReminderKind!, $i: ReminderSettingInput!) { updateReminderSetting(kind: $k, input: $i) { enabled } }`,
      { k: 'NEW_SIGN_IN_LOCATION', i: { enabled: false } },
      adminToken,
    );
    const token = await signInAs(u.email, 'Chrome/120');
    app.clock.advance(60_000);
    await signInAs(u.email, 'Firefox/130');
    expect((await app.ok(INBOX, {}, token)).notifications.totalCount).toBe(0);
    await app.ok(
      `mutation($k: ReminderKind!, $i: ReminderSettingInput!) { updateReminderSetting(kind: $k, input: $i) { enabled } }`,
      { k: 'NEW_SIGN_IN_LOCATION', i: { enabled: true } },
      adminToken,
    );
  });
});
