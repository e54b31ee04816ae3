import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';
import { WebhookDispatcher } from './webhook.dispatcher';
import { verifySignature } from './webhook.signature';

let app: TestApp;
let team: Team;
let receiver: Server;
let receiverUrl: string;
/** What the test endpoint received, and the status codes it answers with next (then 200). */
const received: { headers: IncomingMessage['headers']; body: string }[] = [];
const answers: number[] = [];
let delayMs = 0;

beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const status = answers.shift() ?? 200;
      setTimeout(() => {
        res.statusCode = status;
        res.end('ok');
      }, delayMs).unref();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/kehu`;
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((r) => receiver.close(r));
  await app.close();
});

const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url events active version } } }`;
const DELIVERIES = `query($f: WebhookDeliveryFilter) { webhookDeliveries(first: 20, filter: $f) { edges { node { id eventId eventType status attempts responseCode lastError deliveredAt payload } } } }`;

async function subscribe(events: string[], url = receiverUrl) {
  // One endpoint at a time: earlier tests' endpoints would otherwise take some of the scripted answers.
  await app.db.dataSource.query(`DELETE FROM webhook_endpoints`);
  const data = await app.ok(CREATE_ENDPOINT, { input: { url, events, description: '测试端点' } }, team.token.admin);
  return data.createWebhookEndpoint as { secret: string; endpoint: { id: string; version: number } };
}

describe('webhooks', () => {
  it('only admins subscribe, to https or loopback http', async () => {
    const sales = await app.gql(CREATE_ENDPOINT, { input: { url: receiverUrl, events: ['CUSTOMER_CREATED'] } }, team.token.sales);
    expect(sales.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const plain = await app.gql(
      CREATE_ENDPOINT,
      { input: { url: 'http://example.com/hook', events: ['CUSTOMER_CREATED'] } },
      team.token.admin,
    );
    expect(plain.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const none = await app.gql(CREATE_ENDPOINT, { input: { url: 'https://example.com/hook', events: [] } }, team.token.admin);
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events' });
  });

  it('signs, retries after a 500 with backoff, and delivers exactly once', async () => {
    const { secret, endpoint } = await subscribe(['CUSTOMER_CREATED', 'CUSTOMER_UPDATED']);
    const dispatcher = new WebhookDispatcher(app.services, { timeoutMs: 2000 });
    received.length = 0;
    answers.push(500);
    const customerId = await newCustomer(app, team.token.sales, '杭州钩子测试有限公司');

    // The mutation only wrote the outbox row; nothing was sent yet.
    expect(received).toHaveLength(0);
    expect(await dispatcher.runOnce()).toBe(1);
    expect(received).toHaveLength(1);
    let list = await app.ok(DELIVERIES, { f: { endpointId: endpoint.id } }, team.token.admin);
    expect(list.webhookDeliveries.edges[0].node).toMatchObject({
      eventType: 'CUSTOMER_CREATED',
      status: 'PENDING',
      attempts: 1,
      responseCode: 500,
      lastError: 'HTTP 500',
    });

    // Not due again until the backoff has passed.
    expect(await dispatcher.runOnce()).toBe(0);
    app.clock.advance(31_000);
    expect(await dispatcher.runOnce()).toBe(1);
    expect(received).toHaveLength(2);
    list = await app.ok(DELIVERIES, { f: { endpointId: endpoint.id } }, team.token.admin);
    expect(list.webhookDeliveries.edges[0].node).toMatchObject({ status: 'SUCCEEDED', attempts: 2, responseCode: 200, lastError: null });
    app.clock.advance(3600_000);
    expect(await dispatcher.runOnce()).toBe(0);
    expect(received).toHaveLength(2);

    for (const r of received) {
      const header = String(r.headers['kehu-signature']);
      const t = Number(/t=(\d+)/.exec(header)![1]);
      expect(verifySignature(secret, header, r.body, t)).toBe(true);
      expect(verifySignature('whsec_wrong', header, r.body, t)).toBe(false);
      expect(verifySignature(secret, header, r.body + ' ', t)).toBe(false);
      const body = JSON.parse(r.body);
      expect(body).toMatchObject({ type: 'customer.created', data: { id: customerId, name: '杭州钩子测试有限公司' } });
      expect(r.headers['kehu-event']).toBe('customer.created');
    }
    // Both attempts carry the same event id, so a receiver can de-duplicate.
    expect(JSON.parse(received[0].body).id).toBe(JSON.parse(received[1].body).id);
  });

  it("writes the event in the caller's transaction: a refused change emits nothing", async () => {
    await subscribe(['CUSTOMER_CREATED']);
    const before = (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM webhook_deliveries`))[0].n;
    await newCustomer(app, team.token.sales, '重复名称测试有限公司');
    const after = (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM webhook_deliveries`))[0].n;
    expect(after).toBeGreaterThan(before);
    const dup = await app.gql(
      `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
      { input: { name: '重复名称测试有限公司', contact: { name: '甲', mobile: '13912345678' } } },
      team.token.sales,
    );
    expect(dup.errors).toBeDefined();
    expect((await app.db.dataSource.query(`SELECT count(*)::int AS n FROM webhook_deliveries`))[0].n).toBe(after);
    await new WebhookDispatcher(app.services).runOnce();
  });

  it('gives up after a day, can be re-sent by hand, and a slow endpoint times out without holding the API', async () => {
    const { endpoint } = await subscribe(['CUSTOMER_UPDATED']);
    const dispatcher = new WebhookDispatcher(app.services, { timeoutMs: 300 });
    const id = await newCustomer(app, team.token.sales, '慢端点测试有限公司');
    await dispatcher.runOnce();
    received.length = 0;

    delayMs = 2000;
    await app.ok(`mutation($id: ID!) { updateCustomer(id: $id, version: 1, input: { remark: "改" }) { id } }`, { id }, team.token.sales);
    // The mutation answered without calling the (slow) endpoint at all: delivery happens later, from the outbox.
    expect(received).toHaveLength(0);
    await dispatcher.runOnce();
    let [d] = (await app.ok(DELIVERIES, { f: { endpointId: endpoint.id } }, team.token.admin)).webhookDeliveries.edges.map(
      (e: any) => e.node,
    );
    expect(d).toMatchObject({
      status: 'PENDING',
      responseCode: null,
      lastError: 'timed out after 300 ms',
      payload: { id, changedFields: ['remark'] },
    });

    delayMs = 0;
    for (let i = 0; i < 20 && d.status === 'PENDING'; i++) {
      answers.push(503);
      app.clock.advance(4 * 3600_000);
      await dispatcher.runOnce();
      [d] = (await app.ok(DELIVERIES, { f: { endpointId: endpoint.id } }, team.token.admin)).webhookDeliveries.edges.map(
        (e: any) => e.node,
      );
    }
    expect(d.status).toBe('FAILED');
    expect(d.responseCode).toBe(503);

    received.length = 0;
    answers.length = 0;
    const again = await app.ok(
      `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id eventId status } }`,
      { id: d.id },
      team.token.admin,
    );
    expect(again.redeliverWebhook).toMatchObject({ eventId: d.eventId, status: 'PENDING' });
    await dispatcher.runOnce();
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0].body).id).toBe(d.eventId);
  });

  it('a paused endpoint gets nothing new', async () => {
    const { endpoint } = await subscribe(['CUSTOMER_CREATED']);
    await app.ok(
      `mutation($id: ID!, $v: Int!) { updateWebhookEndpoint(id: $id, version: $v, input: { active: false }) { active } }`,
      { id: endpoint.id, v: endpoint.version },
      team.token.admin,
    );
    await newCustomer(app, team.token.sales, '暂停端点测试有限公司');
    const n = (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1`, [endpoint.id]))[0]
      .n;
    expect(n).toBe(0);
  });
});
