import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, REPO_ROOT } from '../../config';
import { createDataSource } from '../../db/data-source';
import { logger } from '../../common/logger';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';
import { upload, bulk } from '../imports/import.test-helpers';
import { runImport } from '../imports/import.run';
import { WEBHOOK_RETRY, WebhookDispatcher } from './webhook.dispatcher';
import { TestReceiver, until } from './webhook.receiver.test-helpers';
import { signatureHeader, verifySignature } from './webhook.signature';

/**
 * How deliveries go out: concurrently, in order per customer, a slow endpoint holding only its own share; every
 * attempt kept; a result recorded once even when the database stalls; secrets rotated with an overlap; the
 * event log; an import's revert. All against a real HTTP receiver on 127.0.0.1.
 */
let app: TestApp;
let team: Team;
let rx: TestReceiver;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
  rx = await new TestReceiver().start();
});
afterAll(async () => {
  await rx.close();
  await app.close();
});
beforeEach(async () => {
  // One test's endpoints and deliveries at a time.
  await app.db.dataSource.query(`DELETE FROM webhook_endpoints`);
  rx.received.length = 0;
  rx.maxInProgress = 0;
  rx.maxByPath.clear();
  rx.answer = () => 200;
});

const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id version } } }`;
async function subscribe(path: string, events: string[]) {
  const data = await app.ok(CREATE_ENDPOINT, { input: { url: rx.url + path, events } }, team.token.admin);
  return data.createWebhookEndpoint as { secret: string; endpoint: { id: string; version: number } };
}
const pending = async () =>
  (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'PENDING'`))[0].n as number;
const ATTEMPTS = `query($f: WebhookDeliveryFilter) { webhookDeliveries(first: 50, filter: $f) { edges { node { id eventId eventType status attempts redeliveryOfId attemptLog { number startedAt durationMs responseCode error succeeded } } } } }`;

describe('webhook delivery', () => {
  it("sends concurrently, yet each customer's events in the order they happened", async () => {
    await subscribe('/ordered', ['CUSTOMER_CREATED', 'CUSTOMER_UPDATED', 'CONTACT_CREATED']);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const id = await newCustomer(app, team.token.sales, `顺序测试${i}号有限公司`);
      ids.push(id);
      await app.ok(
        `mutation($id: ID!) { updateCustomer(id: $id, version: 1, input: { industry: "制造" }) { id } }`,
        { id },
        team.token.sales,
      );
      await app.ok(
        `mutation($c: ID!) { createContact(customerId: $c, input: { name: "第二联系人" }) { id } }`,
        { c: id },
        team.token.sales,
      );
    }
    // Each answer takes 0–15 ms, in no particular order: without the per-customer rule, events would overtake.
    rx.answer = () => new Promise((r) => setTimeout(() => r(200), Math.floor(Math.random() * 15)));
    const d = new WebhookDispatcher(app.services, { intervalMs: 20, perEndpoint: 8 }).start();
    await until('all sent', async () => (await pending()) === 0);
    await d.stop();
    expect(rx.received).toHaveLength(36);
    expect(rx.maxInProgress).toBeGreaterThan(1);
    for (const id of ids) {
      const mine = rx.received.filter((r) => (r.event.data.customerId ?? r.event.data.id) === id).map((r) => r.event.type);
      expect(mine).toEqual(['customer.created', 'customer.updated', 'contact.created']);
    }
  });

  it('a slow endpoint holds only its own share: a fast one gets everything meanwhile', async () => {
    await subscribe('/slow', ['CUSTOMER_CREATED']);
    await subscribe('/fast', ['CUSTOMER_CREATED']);
    for (let i = 0; i < 30; i++) await newCustomer(app, team.token.sales, `快慢测试${i}号有限公司`);
    let release!: () => void;
    const held = new Promise<number>((r) => (release = () => r(200)));
    rx.answer = (r) => (r.path === '/slow' ? held : 200);
    const d = new WebhookDispatcher(app.services, { intervalMs: 20, perEndpoint: 5, maxInFlight: 20 }).start();
    await until('the fast endpoint has all', () => rx.of('/fast').length === 30);
    expect(rx.of('/slow')).toHaveLength(5); // its share, held
    release();
    await until('the slow one too', () => rx.of('/slow').length === 30);
    await until('all recorded', async () => (await pending()) === 0);
    await d.stop();
    expect(rx.maxByPath.get('/slow')).toBeLessThanOrEqual(5);
  });

  it('keeps every attempt, redelivery included', async () => {
    const { endpoint } = await subscribe('/attempts', ['CUSTOMER_CREATED']);
    await newCustomer(app, team.token.sales, '尝试记录有限公司');
    const answers = [500, 503];
    rx.answer = () => answers.shift() ?? 200;
    const d = new WebhookDispatcher(app.services);
    expect(await d.runOnce()).toBe(1);
    app.clock.advance(WEBHOOK_RETRY.firstDelaySeconds * 1000 + 1);
    expect(await d.runOnce()).toBe(1);
    app.clock.advance(2 * WEBHOOK_RETRY.firstDelaySeconds * 1000 + 1);
    expect(await d.runOnce()).toBe(1);
    let nodes = (await app.ok(ATTEMPTS, { f: { endpointId: endpoint.id } }, team.token.admin)).webhookDeliveries.edges.map(
      (e: any) => e.node,
    );
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ status: 'SUCCEEDED', attempts: 3 });
    expect(nodes[0].attemptLog.map((a: any) => [a.number, a.responseCode, a.error, a.succeeded])).toEqual([
      [1, 500, 'HTTP 500', false],
      [2, 503, 'HTTP 503', false],
      [3, 200, null, true],
    ]);
    expect(nodes[0].attemptLog.every((a: any) => a.durationMs >= 0)).toBe(true);
    expect(new Date(nodes[0].attemptLog[2].startedAt).getTime()).toBeGreaterThan(new Date(nodes[0].attemptLog[0].startedAt).getTime());

    const again = (
      await app.ok(`mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id redeliveryOfId } }`, { id: nodes[0].id }, team.token.admin)
    ).redeliverWebhook;
    expect(again.redeliveryOfId).toBe(nodes[0].id);
    expect(await d.runOnce()).toBe(1);
    nodes = (await app.ok(ATTEMPTS, { f: { endpointId: endpoint.id } }, team.token.admin)).webhookDeliveries.edges.map((e: any) => e.node);
    const byId = Object.fromEntries(nodes.map((n: any) => [n.id, n]));
    expect(byId[again.id].attemptLog.map((a: any) => a.responseCode)).toEqual([200]);
    expect(byId[nodes.find((n: any) => n.id !== again.id).id].attemptLog).toHaveLength(3);
    expect(rx.received.map((r) => r.event.id)).toEqual(Array(4).fill(nodes[0].eventId));
  });

  it('a result that cannot be recorded at first is recorded later, and the delivery is not sent twice', async () => {
    await subscribe('/stall', ['CUSTOMER_CREATED']);
    await newCustomer(app, team.token.sales, '数据库卡顿有限公司');
    // The dispatcher's own pool, whose statements give up after 300 ms waiting for a lock (a stalled database).
    const ds = createDataSource({ url: app.db.url, poolSize: 2, applicationName: 'kehu-hooks-stall' });
    (ds.options as { extra: { options: string } }).extra.options += ' -c lock_timeout=300';
    await ds.initialize();
    const blocker = app.db.dataSource.createQueryRunner();
    await blocker.connect();
    const debug = jest.spyOn(logger, 'debug');
    try {
      // While the endpoint answers, the attempts table is locked: the first tries to record fail.
      rx.answer = async () => {
        await blocker.startTransaction();
        await blocker.query(`LOCK TABLE webhook_attempts IN EXCLUSIVE MODE`);
        return 200;
      };
      const d = new WebhookDispatcher({ ...app.services, dataSource: ds }, { recordRetryMs: 50 });
      const run = d.runOnce();
      await until('a failed try to record', () => debug.mock.calls.some(([m]) => String(m).includes('recording failed')));
      await blocker.commitTransaction();
      expect(await run).toBe(1);
      const [row] = await app.db.dataSource.query(
        `SELECT status, (SELECT count(*)::int FROM webhook_attempts a WHERE a.delivery_id = d.id) AS n FROM webhook_deliveries d`,
      );
      expect(row).toEqual({ status: 'SUCCEEDED', n: 1 });
      // Long after the lease would have run out, nothing is sent again.
      app.clock.advance(10 * WEBHOOK_RETRY.leaseSeconds * 1000);
      expect(await d.runOnce()).toBe(0);
      expect(rx.received).toHaveLength(1);
    } finally {
      debug.mockRestore();
      if (blocker.isTransactionActive) await blocker.rollbackTransaction();
      await blocker.release();
      await ds.destroy();
    }
  });

  it('rotates a secret: both sign during the overlap (v1= twice), then only the new one', async () => {
    const { endpoint, secret: old } = await subscribe('/rotate', ['CUSTOMER_CREATED']);
    const sales = await app.gql(`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id: endpoint.id }, team.token.sales);
    expect(sales.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tooLong = await app.gql(
      `mutation($id: ID!) { rotateWebhookSecret(id: $id, overlapHours: 500) { secret } }`,
      { id: endpoint.id },
      team.token.admin,
    );
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overlapHours' });
    const rotated = (
      await app.ok(
        `mutation($id: ID!) { rotateWebhookSecret(id: $id, overlapHours: 2) { secret endpoint { secretRotatedAt previousSecretExpiresAt } } }`,
        { id: endpoint.id },
        team.token.admin,
      )
    ).rotateWebhookSecret;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(old);
    expect(new Date(rotated.endpoint.previousSecretExpiresAt).getTime() - new Date(rotated.endpoint.secretRotatedAt).getTime()).toBe(
      2 * 3600_000,
    );

    const d = new WebhookDispatcher(app.services);
    await newCustomer(app, team.token.sales, '轮换密钥甲有限公司');
    await d.runOnce();
    const during = rx.received[0];
    const header = String(during.headers['kehu-signature']);
    expect(header.match(/v1=/g)).toHaveLength(2);
    const t = Number(/t=(\d+)/.exec(header)![1]);
    expect(verifySignature(rotated.secret, header, during.body, t)).toBe(true);
    expect(verifySignature(old, header, during.body, t)).toBe(true);
    expect(verifySignature('whsec_wrong', header, during.body, t)).toBe(false);

    app.clock.advance(2 * 3600_000 + 1000);
    await newCustomer(app, team.token.sales, '轮换密钥乙有限公司');
    await d.runOnce();
    const after = rx.received[1];
    const header2 = String(after.headers['kehu-signature']);
    const t2 = Number(/t=(\d+)/.exec(header2)![1]);
    expect(header2.match(/v1=/g)).toHaveLength(1);
    expect(verifySignature(rotated.secret, header2, after.body, t2)).toBe(true);
    expect(verifySignature(old, header2, after.body, t2)).toBe(false);
  });

  it('lists past events for reconciliation, by time and type; an API key needs customers:read', async () => {
    app.clock.advance(1000); // past earlier tests' events
    const since = app.clock.now();
    app.clock.advance(1000);
    const id = await newCustomer(app, team.token.sales, '对账事件有限公司');
    app.clock.advance(1000); // the log is newest first by time (events of the same moment in no set order)
    await app.ok(
      `mutation($id: ID!) { updateCustomer(id: $id, version: 1, input: { industry: "零售" }) { id } }`,
      { id },
      team.token.sales,
    );
    const Q = `query($s: DateTimeISO!, $t: [WebhookEventType!]) { webhookEvents(since: $s, types: $t, first: 10) { totalCount edges { node { id type payload createdAt } } } }`;
    const all = (await app.ok(Q, { s: since.toISOString() }, team.token.admin)).webhookEvents;
    // No endpoint was subscribed: the log has them anyway.
    expect(all.edges.map((e: any) => e.node.type)).toEqual(['CUSTOMER_UPDATED', 'CUSTOMER_CREATED']); // newest first
    const created = (await app.ok(Q, { s: since.toISOString(), t: ['CUSTOMER_CREATED'] }, team.token.admin)).webhookEvents;
    expect(created.edges.map((e: any) => e.node.payload.id)).toEqual([id]);
    app.clock.advance(1000);
    const later = (await app.ok(Q, { s: app.clock.now().toISOString(), t: null }, team.token.admin)).webhookEvents;
    expect(later.totalCount).toBe(0);
    expect((await app.gql(Q, { s: since.toISOString() }, team.token.sales)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const key = async (scopes: string[]) =>
      (
        await app.ok(
          `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`,
          { i: { name: scopes.join() || '无', ownerId: team.admin.id, scopes } },
          team.token.admin,
        )
      ).createApiKey.secret;
    const withRead = (await app.ok(Q, { s: since.toISOString(), t: ['CUSTOMER_CREATED'] }, await key(['CUSTOMERS_READ']))).webhookEvents;
    expect(withRead.edges.map((e: any) => e.node.payload.id)).toEqual([id]);
    const without = await app.gql(Q, { s: since.toISOString() }, await key(['DEALS_READ']));
    expect(without.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a reverted import cancels its undelivered events, announces the delivered customers as purged, and says so', async () => {
    const { endpoint } = await subscribe('/imports', ['CUSTOMER_CREATED', 'CUSTOMER_PURGED', 'IMPORT_REVERTED']);
    const up = await upload(app, team.token.sales, '撤销.csv', bulk('撤销导入测试', 5));
    expect(up.status).toBe(201);
    await app.ok(`mutation($id: ID!) { startImport(id: $id, choices: []) { id } }`, { id: up.body.id }, team.token.sales);
    await runImport(app.services, up.body.id!);
    const d = new WebhookDispatcher(app.services);
    expect(await d.runOnce(2)).toBe(2); // two of five customer.created go out before the revert
    const sent = rx.received.map((r) => r.event.data.id);
    await app.ok(`mutation($id: ID!) { revertImport(id: $id) { status } }`, { id: up.body.id }, team.token.sales);
    while ((await d.runOnce()) > 0);
    const types = rx.received.map((r) => r.event.type);
    expect(types.filter((t) => t === 'customer.created')).toHaveLength(2);
    expect(
      rx.received
        .filter((r) => r.event.type === 'customer.purged')
        .map((r) => r.event.data.id)
        .sort(),
    ).toEqual([...sent].sort());
    const reverted = rx.received.filter((r) => r.event.type === 'import.reverted');
    expect(reverted.map((r) => r.event.data)).toEqual([
      expect.objectContaining({ id: up.body.id, kind: 'CUSTOMERS', reverted: 5, removedCustomers: 5, cancelledDeliveries: 3 }),
    ]);
    const statuses = await app.db.dataSource.query(
      `SELECT status, count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1 GROUP BY status ORDER BY status`,
      [endpoint.id],
    );
    expect(statuses).toEqual([
      { status: 'CANCELLED', n: 3 },
      { status: 'SUCCEEDED', n: 5 },
    ]);
  });

  it('a customer purged from the recycle bin is announced', async () => {
    await subscribe('/purge', ['CUSTOMER_DELETED', 'CUSTOMER_PURGED']);
    const id = await newCustomer(app, team.token.sales, '彻底删除测试有限公司');
    await app.ok(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id }, team.token.sales);
    await app.ok(`mutation($id: ID!) { purgeCustomer(id: $id) }`, { id }, team.token.admin);
    const d = new WebhookDispatcher(app.services);
    while ((await d.runOnce()) > 0);
    expect(rx.received.map((r) => [r.event.type, r.event.data])).toEqual([
      ['customer.deleted', { id, deletedById: team.sales.id }],
      ['customer.purged', { id, purgedById: team.admin.id }],
    ]);
  });

  it("the README's verification snippet accepts either secret during an overlap, and nothing else", () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const block = /```js\n(const crypto = require\('node:crypto'\);[\s\S]*?function verifyKehuSignature[\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const verify = new Function('require', `${block}; return verifyKehuSignature;`)(require) as (
      s: string,
      h: string,
      b: string,
    ) => boolean;
    const body = JSON.stringify({ id: 'e1', type: 'customer.created', data: { id: 'c1' } });
    const t = Math.floor(Date.now() / 1000);
    const both = signatureHeader(['whsec_new', 'whsec_old'], t, body);
    expect(verify('whsec_new', both, body)).toBe(true);
    expect(verify('whsec_old', both, body)).toBe(true);
    expect(verify('whsec_other', both, body)).toBe(false);
    expect(verify('whsec_new', both, body + ' ')).toBe(false);
    expect(verify('whsec_new', signatureHeader('whsec_new', t - 3600, body), body)).toBe(false);
  });

  it('with NODE_ENV=production, loopback and private targets are refused unless the installation allows the host', async () => {
    const saved = app.services.config.outbound;
    const production = (extra: Record<string, string> = {}) =>
      loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'production-secret-production-secret-0123', ...extra });
    try {
      app.services.config.outbound = production().outbound;
      for (const url of [`${rx.url}/prod`, 'http://10.0.0.8/hook', 'https://192.168.1.20/hook', 'https://localhost/hook']) {
        const refused = await app.gql(CREATE_ENDPOINT, { input: { url, events: ['CUSTOMER_CREATED'] } }, team.token.admin);
        expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
      }
      app.services.config.outbound = production({ KEHU_OUTBOUND_ALLOW_HOSTS: '127.0.0.1' }).outbound;
      expect(
        (await app.ok(CREATE_ENDPOINT, { input: { url: `${rx.url}/prod`, events: ['CUSTOMER_CREATED'] } }, team.token.admin))
          .createWebhookEndpoint.secret,
      ).toMatch(/^whsec_/);
    } finally {
      app.services.config.outbound = saved;
    }
  });
});
