import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';
import { sendWeCom } from '../channels/wecom';
import { WebhookDispatcher } from './webhook.dispatcher';

// No private host allowed here (the shared test app allows 127.0.0.1): the rules exactly as in production.
let app: TestApp;
let team: Team;
let internal: Server;
let internalUrl: string;
const internalHits: string[] = [];
let redirector: Server;
let redirectorUrl: string;

const listen = async (s: Server) => {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  app = await startTestApp({ config: { outbound: { allowHosts: [] } } });
  team = await createTeam(app);
  // An "internal service" with secrets in its answers, and a hook that redirects to it.
  internal = createServer((req, res) => {
    internalHits.push(req.url ?? '');
    res.statusCode = req.url?.startsWith('/robot') ? 200 : 500;
    res.setHeader('content-type', 'application/json');
    res.end(
      req.url?.startsWith('/robot')
        ? '{"errcode":93000,"errmsg":"INTERNAL-ONLY: db_password=hunter2"}'
        : 'INTERNAL-ONLY: db_password=hunter2',
    );
  });
  internalUrl = await listen(internal);
  redirector = createServer((req, res) => {
    res.writeHead(307, { location: `${internalUrl}/admin` });
    res.end('INTERNAL-ONLY: redirect body');
  });
  redirectorUrl = await listen(redirector);
});
afterAll(async () => {
  for (const s of [internal, redirector]) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
  await app.close();
});

/** Allows this machine for the duration of fn, as KEHU_OUTBOUND_ALLOW_HOSTS=127.0.0.1 would. */
async function withLoopbackAllowed<T>(fn: () => Promise<T>): Promise<T> {
  app.services.config.outbound.allowHosts = ['127.0.0.1'];
  try {
    return await fn();
  } finally {
    app.services.config.outbound.allowHosts = [];
  }
}

const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id version } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $url: String!) { updateWebhookEndpoint(id: $id, version: $v, input: { url: $url }) { url } }`;
const CHANNELS = `mutation($i: NotificationChannelsInput!) { updateNotificationChannels(input: $i) { weCom { enabled } } }`;
const DELIVERIES = `query($f: WebhookDeliveryFilter) { webhookDeliveries(first: 5, filter: $f) { edges { node { status responseCode lastError } } } }`;

const REFUSED = [
  'https://169.254.169.254/latest/meta-data/',
  'https://10.0.0.5/',
  'https://[::1]/',
  'https://[::ffff:127.0.0.1]/',
  'https://2130706433/',
  'https://0x7f000001/',
  'https://017700000001/',
  'https://127.1/',
  'https://metadata.google.internal/',
  'https://localhost/',
  'http://127.0.0.1:4791/robot',
];

describe('webhook endpoints and robots: no request forgery', () => {
  it('refuses private, loopback, link-local, mapped and numeric destinations when an endpoint is created or changed', async () => {
    for (const url of REFUSED) {
      const res = await app.gql(CREATE, { input: { url, events: ['CUSTOMER_CREATED'] } }, team.token.admin);
      expect({ url, ext: res.errors?.[0].extensions }).toMatchObject({ url, ext: { code: 'BAD_USER_INPUT', field: 'input.url' } });
    }
    const ok = await app.ok(CREATE, { input: { url: 'https://hooks.example.com/kehu', events: ['CUSTOMER_CREATED'] } }, team.token.admin);
    const { id, version } = ok.createWebhookEndpoint.endpoint;
    const changed = await app.gql(UPDATE, { id, v: version, url: 'https://169.254.169.254/' }, team.token.admin);
    expect(changed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    await app.db.dataSource.query(`DELETE FROM webhook_endpoints`);
  });

  it('refuses them for the DingTalk and WeCom robots and the mail relay, naming the field', async () => {
    const weCom = await app.gql(CHANNELS, { i: { weCom: { enabled: true, webhookUrl: 'http://127.0.0.1:4791/robot' } } }, team.token.admin);
    expect(weCom.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weCom.webhookUrl' });
    const ding = await app.gql(
      CHANNELS,
      { i: { dingTalk: { enabled: true, webhookUrl: 'https://169.254.169.254/robot/send' } } },
      team.token.admin,
    );
    expect(ding.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dingTalk.webhookUrl' });
    for (const host of ['2130706433', '10.0.0.5', 'localhost', '::1']) {
      const mail = await app.gql(CHANNELS, { i: { email: { enabled: true, host, port: 25, from: 'crm@example.com' } } }, team.token.admin);
      expect({ host, ext: mail.errors?.[0].extensions }).toMatchObject({
        host,
        ext: { code: 'BAD_USER_INPUT', field: 'input.email.host' },
      });
    }
    expect((await app.db.dataSource.query(`SELECT count(*)::int AS n FROM channel_settings WHERE enabled`))[0].n).toBe(0);
  });

  it('checks again at delivery: an endpoint stored with a private address is not called', async () => {
    const [{ id }] = await app.db.dataSource.query(
      `INSERT INTO webhook_endpoints (url, events, secret, created_at, updated_at) VALUES ($1, $2, 'whsec_x', now(), now()) RETURNING id`,
      [`${internalUrl}/stored`, ['customer.created']],
    );
    internalHits.length = 0;
    await newCustomer(app, team.token.sales, '旧地址测试有限公司');
    await new WebhookDispatcher(app.services).runOnce();
    expect(internalHits).toEqual([]);
    const [d] = (await app.ok(DELIVERIES, { f: { endpointId: id } }, team.token.admin)).webhookDeliveries.edges.map((e: any) => e.node);
    expect(d).toMatchObject({ status: 'PENDING', responseCode: null });
    expect(d.lastError).toBe('必须使用 https 地址');
    await app.db.dataSource.query(`DELETE FROM webhook_endpoints`);
  });

  it('does not follow a redirect and never stores what the peer answered (allowed on-premises host)', async () => {
    await withLoopbackAllowed(async () => {
      const redirecting = await app.ok(CREATE, { input: { url: `${redirectorUrl}/hook`, events: ['CUSTOMER_CREATED'] } }, team.token.admin);
      internalHits.length = 0;
      await newCustomer(app, team.token.sales, '跳转测试有限公司');
      await new WebhookDispatcher(app.services).runOnce();
      expect(internalHits).toEqual([]); // the 307 was not followed
      const [d] = (
        await app.ok(DELIVERIES, { f: { endpointId: redirecting.createWebhookEndpoint.endpoint.id } }, team.token.admin)
      ).webhookDeliveries.edges.map((e: any) => e.node);
      expect(d).toMatchObject({ status: 'PENDING', responseCode: 307, lastError: 'HTTP 307 (redirect not followed)' });
      await app.db.dataSource.query(`DELETE FROM webhook_endpoints`);

      const leaking = await app.ok(CREATE, { input: { url: `${internalUrl}/hook`, events: ['CUSTOMER_CREATED'] } }, team.token.admin);
      await newCustomer(app, team.token.sales, '内部服务测试有限公司');
      await new WebhookDispatcher(app.services).runOnce();
      const [e] = (
        await app.ok(DELIVERIES, { f: { endpointId: leaking.createWebhookEndpoint.endpoint.id } }, team.token.admin)
      ).webhookDeliveries.edges.map((x: any) => x.node);
      expect(e).toMatchObject({ responseCode: 500, lastError: 'HTTP 500' });
      await app.db.dataSource.query(`DELETE FROM webhook_endpoints`);

      // A robot: the errcode is kept, the answer's text (errmsg) is not.
      const robotError = await sendWeCom(app.services.config.outbound, { webhookUrl: `${internalUrl}/robot` }, 'hi').catch(
        (err: Error) => err.message,
      );
      expect(robotError).toContain('错误码 93000');
      expect(robotError).not.toContain('INTERNAL');
      const redirected = await sendWeCom(app.services.config.outbound, { webhookUrl: `${redirectorUrl}/robot` }, 'hi').catch(
        (err: Error) => err.message,
      );
      expect(redirected).toBe('HTTP 307 (redirect not followed)');
    });
  });
});
