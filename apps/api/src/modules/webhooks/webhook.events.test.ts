import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';
import { WebhookDispatcher } from './webhook.dispatcher';
import { WebhookEventType } from './webhook.events';
import { verifySignature } from './webhook.signature';
import { runImport } from '../imports/import.run';
import { bulk, upload } from '../imports/import.test-helpers';

/**
 * Every event an endpoint can subscribe to is emitted by the mutation that makes the change, and reaches a real
 * HTTP peer signed, with a small payload of ids. One endpoint subscribed to everything watches a whole customer's life.
 */
let app: TestApp;
let team: Team;
let receiver: Server;
let url: string;
let secret: string;
let dispatcher: WebhookDispatcher;
const received: { type: string; data: Record<string, any>; id: string }[] = [];

beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const header = String(req.headers['kehu-signature']);
      const t = Number(/t=(\d+)/.exec(header)?.[1]);
      // Only correctly signed deliveries count; anything else is answered 400 (and would stay PENDING).
      if (!verifySignature(secret, header, body, t)) {
        res.statusCode = 400;
        return res.end('bad signature');
      }
      received.push(JSON.parse(body));
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/all`;
  const data = await app.ok(
    `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
    { input: { url, events: Object.keys(WebhookEventType), description: '全部事件' } },
    team.token.admin,
  );
  secret = data.createWebhookEndpoint.secret;
  dispatcher = new WebhookDispatcher(app.services, { timeoutMs: 5000 });
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((r) => receiver.close(r));
  await app.close();
});

/** Delivers everything in the outbox and returns what the peer got since the last call. */
async function deliver() {
  const from = received.length;
  while ((await dispatcher.runOnce()) > 0);
  return received.slice(from);
}
/** Event types, sorted: events written at the same (manual) clock moment may be delivered in any order. */
const types = (events: { type: string }[]) => events.map((e) => e.type).sort();
/** The payloads of one event type, in the order they were created (their data is told apart by the test). */
const of = (events: { type: string; data: Record<string, any> }[], type: string) =>
  events.filter((e) => e.type === type).map((e) => e.data);

describe('webhook events', () => {
  let customerId: string;
  let contactId: string;
  let oppId: string;
  let contract: { id: string; version: number; number: string };

  it('customer, contact and follow-up events', async () => {
    customerId = await newCustomer(app, team.token.sales, '南京钩子事件科技有限公司');
    const contact = await app.ok(
      `mutation($c: ID!) { createContact(customerId: $c, input: { name: "王采购", mobile: "13955550001" }) { id version } }`,
      { c: customerId },
      team.token.sales,
    );
    contactId = contact.createContact.id;
    await app.ok(
      `mutation($id: ID!, $v: Int!) { updateContact(id: $id, version: $v, input: { name: "王采购", title: "采购经理" }) { id } }`,
      { id: contactId, v: contact.createContact.version },
      team.token.sales,
    );
    await app.ok(
      `mutation($id: ID!) { updateCustomer(id: $id, version: 1, input: { remark: "华东大客户" }) { id } }`,
      { id: customerId },
      team.token.sales,
    );
    await app.ok(
      `mutation($c: ID!, $i: FollowUpInput!) { createFollowUp(customerId: $c, input: $i) { id } }`,
      { c: customerId, i: { method: 'VISIT', content: '上门演示', contactId } },
      team.token.sales,
    );

    const got = await deliver();
    expect(types(got)).toEqual(['contact.created', 'contact.updated', 'customer.created', 'customer.updated', 'follow_up.created']);
    expect(of(got, 'customer.updated')[0]).toMatchObject({ id: customerId, changedFields: ['remark'], updatedById: team.sales.id });
    expect(of(got, 'customer.created')[0]).toMatchObject({ id: customerId, name: '南京钩子事件科技有限公司', ownerId: team.sales.id });
    expect(of(got, 'contact.created')[0]).toMatchObject({
      id: contactId,
      customerId,
      name: '王采购',
      isPrimary: false,
      createdById: team.sales.id,
    });
    expect(of(got, 'contact.updated')[0]).toMatchObject({
      id: contactId,
      customerId,
      version: 2,
      changedFields: ['contact.title'],
      updatedById: team.sales.id,
    });
    expect(of(got, 'follow_up.created')[0]).toMatchObject({
      customerId,
      method: 'VISIT',
      contactId,
      opportunityId: null,
      authorId: team.sales.id,
    });
  });

  it('opportunity created and stage changed; contract approved and signed (which wins the opportunity); receipt and invoice', async () => {
    const opp = await app.ok(
      `mutation($c: ID!) { createOpportunity(customerId: $c, input: { name: "钩子采购", amount: "20000" }) { id version } }`,
      { c: customerId },
      team.token.sales,
    );
    oppId = opp.createOpportunity.id;
    await app.ok(
      `mutation($id: ID!, $v: Int!) { advanceOpportunity(id: $id, version: $v, stage: NEEDS, note: "确认需求") { version } }`,
      { id: oppId, v: opp.createOpportunity.version },
      team.token.sales,
    );
    const FLOW = (op: string, extra = '') => `mutation($id: ID!, $v: Int!) { ${op}(id: $id, version: $v${extra}) { id version number } }`;
    contract = (
      await app.ok(
        `mutation($i: CreateContractInput!) { createContract(input: $i) { id version number } }`,
        { i: { customerId, opportunityId: oppId, title: '钩子合同', lines: [{ name: '软件许可', quantity: '2', unitPrice: '10000' }] } },
        team.token.sales,
      )
    ).createContract;
    contract = (await app.ok(FLOW('submitContract'), { id: contract.id, v: contract.version }, team.token.sales)).submitContract;
    contract = (await app.ok(FLOW('approveContract'), { id: contract.id, v: contract.version }, team.token.manager)).approveContract;
    contract = (await app.ok(FLOW('signContract', ', signedAt: "2026-03-10"'), { id: contract.id, v: contract.version }, team.token.sales))
      .signContract;
    const receipt = await app.ok(
      `mutation($c: ID!) { recordReceipt(contractId: $c, input: { amount: "5000.50", method: BANK_TRANSFER, receivedDate: "2026-03-10" }) { id } }`,
      { c: contract.id },
      team.token.sales,
    );
    const invoice = await app.ok(
      `mutation($c: ID!) { issueInvoice(contractId: $c, input: { number: "INV-HOOK-1", type: VAT_NORMAL, amount: "5000.50", issuedDate: "2026-03-10" }) { id } }`,
      { c: contract.id },
      team.token.sales,
    );

    const got = await deliver();
    expect(types(got)).toEqual([
      'contract.approved',
      'contract.signed',
      'customer.updated',
      'customer.updated',
      'invoice.issued',
      'opportunity.created',
      'opportunity.stage_changed',
      'opportunity.stage_changed',
      'receipt.recorded',
    ]);
    // Signing made the customer 成交 and regraded it by its ¥20,000.00 (普通 from ¥10,000.00): both are customer changes.
    expect(of(got, 'customer.updated').map((d) => ({ id: d.id, changedFields: d.changedFields, updatedById: d.updatedById }))).toEqual([
      { id: customerId, changedFields: ['type'], updatedById: team.sales.id },
      { id: customerId, changedFields: ['grade'], updatedById: team.sales.id },
    ]);
    expect(of(got, 'opportunity.created')[0]).toMatchObject({
      id: oppId,
      customerId,
      name: '钩子采购',
      amount: '20000.00',
      stage: 'INITIAL',
      ownerId: team.sales.id,
      createdById: team.sales.id,
    });
    expect(of(got, 'opportunity.stage_changed')).toContainEqual({ id: oppId, customerId, from: 'INITIAL', to: 'NEEDS' });
    expect(of(got, 'contract.approved')[0]).toMatchObject({
      id: contract.id,
      customerId,
      number: contract.number,
      amount: '20000.00',
      approvedById: team.manager.id,
    });
    expect(of(got, 'contract.signed')[0]).toMatchObject({
      id: contract.id,
      customerId,
      number: contract.number,
      amount: '20000.00',
      signedAt: '2026-03-10',
    });
    expect(of(got, 'opportunity.stage_changed')).toContainEqual({
      id: oppId,
      customerId,
      from: 'NEEDS',
      to: 'WON',
      contractId: contract.id,
    });
    expect(of(got, 'receipt.recorded')[0]).toMatchObject({
      id: receipt.recordReceipt.id,
      customerId,
      contractId: contract.id,
      amount: '5000.50',
      method: 'BANK_TRANSFER',
      planId: null,
    });
    expect(of(got, 'invoice.issued')[0]).toMatchObject({
      id: invoice.issueInvoice.id,
      customerId,
      contractId: contract.id,
      number: 'INV-HOOK-1',
      type: 'VAT_NORMAL',
      amount: '5000.50',
    });
  });

  it('visit recorded and task completed (a cancelled task is not)', async () => {
    const visit = await app.ok(
      `mutation($c: ID!) { planVisit(customerId: $c, input: { type: NEW_CUSTOMER, plannedAt: "2026-03-09T02:00:00Z", topic: "新客户回访" }) { id version } }`,
      { c: customerId },
      team.token.sales,
    );
    await app.ok(
      `mutation($id: ID!, $v: Int!) { recordVisit(id: $id, version: $v, input: { method: PHONE, satisfaction: SATISFIED, content: "使用顺利" }) { id } }`,
      { id: visit.planVisit.id, v: visit.planVisit.version },
      team.token.sales,
    );
    const TASK = `mutation($c: ID!, $t: String!) { createTask(input: { title: $t, dueAt: "2026-03-12T02:00:00Z", customerId: $c }) { id version } }`;
    const done = (await app.ok(TASK, { c: customerId, t: '寄送发票' }, team.token.sales)).createTask;
    const dropped = (await app.ok(TASK, { c: customerId, t: '不再需要' }, team.token.sales)).createTask;
    await app.ok(
      `mutation($id: ID!, $v: Int!) { completeTask(id: $id, version: $v, note: "已寄出") { id } }`,
      { id: done.id, v: done.version },
      team.token.sales,
    );
    await app.ok(
      `mutation($id: ID!, $v: Int!) { cancelTask(id: $id, version: $v) { id } }`,
      { id: dropped.id, v: dropped.version },
      team.token.sales,
    );

    const got = await deliver();
    expect(types(got)).toEqual(['task.completed', 'visit.recorded']);
    expect(of(got, 'visit.recorded')[0]).toMatchObject({
      id: visit.planVisit.id,
      customerId,
      type: 'NEW_CUSTOMER',
      method: 'PHONE',
      satisfaction: 'SATISFIED',
      recordedById: team.sales.id,
    });
    expect(of(got, 'task.completed')[0]).toMatchObject({
      id: done.id,
      customerId,
      title: '寄送发票',
      assigneeId: team.sales.id,
      completedById: team.sales.id,
      completionNote: '已寄出',
    });
  });

  it('released to the pool, claimed, reassigned, deleted and restored, merged', async () => {
    const other = await newCustomer(app, team.token.sales, '苏州钩子池塘有限公司');
    await deliver();
    await app.ok(`mutation($id: ID!) { releaseCustomer(id: $id, reason: "客户暂无需求") { id } }`, { id: other }, team.token.sales);
    await app.ok(`mutation($id: ID!) { claimCustomer(id: $id) { id } }`, { id: other }, team.token.outsider);
    await app.ok(
      `mutation($f: ID!, $t: ID!, $ids: [ID!]) { reassignCustomers(fromUserId: $f, toUserId: $t, customerIds: $ids) { customerIds } }`,
      { f: team.outsider.id, t: team.sales.id, ids: [other] },
      team.token.admin,
    );
    await app.ok(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id: other }, team.token.sales);
    await app.ok(`mutation($id: ID!) { restoreCustomer(id: $id) { id } }`, { id: other }, team.token.admin);
    await app.ok(
      `mutation($m: ID!, $d: [ID!]!) { mergeCustomers(masterId: $m, duplicateIds: $d) { mergedCustomerIds } }`,
      { m: customerId, d: [other] },
      team.token.admin,
    );

    const got = await deliver();
    expect(types(got)).toEqual([
      'customer.claimed',
      'customer.deleted',
      'customer.merged',
      'customer.reassigned',
      'customer.released',
      'customer.restored',
      'customer.updated',
      'customer.updated',
      'customer.updated',
    ]);
    // Each change of owner is a change of the customer's fields too (the customers module announces it).
    expect(of(got, 'customer.updated').map((d) => ({ id: d.id, changedFields: d.changedFields, updatedById: d.updatedById }))).toEqual([
      { id: other, changedFields: ['ownerId'], updatedById: team.sales.id },
      { id: other, changedFields: ['ownerId', 'type'], updatedById: team.outsider.id }, // 意向 -> 分配 on claim
      { id: other, changedFields: ['ownerId'], updatedById: team.admin.id },
    ]);
    expect(of(got, 'customer.released')[0]).toMatchObject({
      id: other,
      fromUserId: team.sales.id,
      kind: 'RELEASE',
      reason: '客户暂无需求',
    });
    expect(of(got, 'customer.claimed')[0]).toEqual({ id: other, ownerId: team.outsider.id });
    expect(of(got, 'customer.reassigned')[0]).toEqual({
      id: other,
      fromUserId: team.outsider.id,
      toUserId: team.sales.id,
      reassignedById: team.admin.id,
    });
    expect(of(got, 'customer.deleted')[0]).toEqual({ id: other, deletedById: team.sales.id });
    expect(of(got, 'customer.restored')[0]).toEqual({ id: other, restoredById: team.admin.id });
    expect(of(got, 'customer.merged')[0]).toMatchObject({ id: customerId, mergedCustomerIds: [other], mergedById: team.admin.id });
  });

  it('purged from the recycle bin; an import reverted', async () => {
    const gone = await newCustomer(app, team.token.sales, '苏州钩子彻底删除有限公司');
    await app.ok(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id: gone }, team.token.sales);
    await app.ok(`mutation($id: ID!) { purgeCustomer(id: $id) }`, { id: gone }, team.token.admin);
    const up = await upload(app, team.token.sales, '钩子.csv', bulk('钩子导入', 2));
    await app.ok(`mutation($id: ID!) { startImport(id: $id, choices: []) { id } }`, { id: up.body.id }, team.token.sales);
    await runImport(app.services, up.body.id!);
    const imported = await deliver();
    expect(types(imported)).toEqual(['customer.created', 'customer.created', 'customer.created', 'customer.deleted', 'customer.purged']);
    await app.ok(`mutation($id: ID!) { revertImport(id: $id) { status } }`, { id: up.body.id }, team.token.sales);

    const got = await deliver();
    expect(types(got)).toEqual(['customer.purged', 'customer.purged', 'import.reverted']);
    expect(of(imported, 'customer.purged')[0]).toEqual({ id: gone, purgedById: team.admin.id });
    expect(of(imported, 'customer.created').filter((c) => c.importId === up.body.id)).toHaveLength(2);
    expect(of(got, 'import.reverted')[0]).toMatchObject({
      id: up.body.id,
      kind: 'CUSTOMERS',
      reverted: 2,
      removedCustomers: 2,
      cancelledDeliveries: 0,
    });
  });

  it('every subscribable event was delivered, each once, with a distinct event id', async () => {
    await deliver();
    expect(new Set(types(received))).toEqual(new Set(Object.values(WebhookEventType)));
    expect(new Set(received.map((e) => e.id)).size).toBe(received.length);
    const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status <> 'SUCCEEDED'`);
    expect(n).toBe(0);
  });
});
