import { startTestApp, TEST_WEB_FORWARD_SECRET, type TestApp } from '../test/test-app';
import { createUser, TEST_PASSWORD } from '../test/factories';

/**
 * 登录记录 names the person's browser and address when the web server relays the sign-in with the shared secret;
 * a request that sets those headers (or X-Forwarded-For) itself is recorded as the client it is (issue 15, item 7).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-12-07T08:00:00Z' });
});
afterAll(() => app.close());

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const SIGN_INS = `query { signIns(first: 10) { ip userAgent newIp newDevice } }`;
const ALERTS = `query { notifications(first: 20) { edges { node { kind title } } } }`;
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

async function signIn(email: string, headers: Record<string, string>) {
  const res = await fetch(app.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'node', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: TEST_PASSWORD } }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown[] };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.login.token;
}
const viaWeb = (ua: string, ip: string) => ({
  'x-kehu-web-secret': TEST_WEB_FORWARD_SECRET,
  'x-kehu-client-ua': ua,
  'x-kehu-client-ip': ip,
});

it('records the browser and address the web server relays, and the second device raises 异地登录', async () => {
  const u = await createUser(app.db.dataSource, { email: 'relay@test.kehu', name: '转发测试' });
  await signIn(u.email, viaWeb(CHROME, '203.0.113.10'));
  app.clock.advance(60_000);
  const token = await signIn(u.email, viaWeb(IPHONE, '198.51.100.20'));

  const { signIns } = await app.ok(SIGN_INS, {}, token);
  expect(signIns[0]).toEqual({ ip: '198.51.100.20', userAgent: IPHONE, newIp: true, newDevice: true });
  expect(signIns[1]).toEqual({ ip: '203.0.113.10', userAgent: CHROME, newIp: false, newDevice: false });
  const alerts = (await app.ok(ALERTS, {}, token)).notifications.edges.map((e: { node: { kind: string } }) => e.node.kind);
  expect(alerts).toContain('NEW_SIGN_IN_LOCATION');
});

it('does not believe forwarding headers without the secret', async () => {
  const u = await createUser(app.db.dataSource, { email: 'forged@test.kehu', name: '伪造测试' });
  await signIn(u.email, { 'x-kehu-client-ua': CHROME, 'x-kehu-client-ip': '203.0.113.99', 'x-forwarded-for': '203.0.113.99' });
  await signIn(u.email, { ...viaWeb(CHROME, '203.0.113.98'), 'x-kehu-web-secret': 'wrong-secret-wrong-secret-000000' });
  const token = await signIn(u.email, {});
  const { signIns } = await app.ok(SIGN_INS, {}, token);
  for (const s of signIns) {
    expect(s.ip).toMatch(/127\.0\.0\.1/);
    expect(s.userAgent).toBe('node');
  }
});
