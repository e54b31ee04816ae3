import { startTestApp, type TestApp } from '../../test/test-app';
import { addFollowUp, createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';
import { notifyNewSignIn } from '../reminders/reminder.service';
import { bulk, upload } from '../imports/import.test-helpers';

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-01-10T02:00:00Z' });
  team = await createTeam(app);
});
afterAll(() => app.close());

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Customer { name } ... on FollowUp { content } ... on User { name } } }`;

describe('node(id)', () => {
  it('returns any visible record by id with its type', async () => {
    const id = await newCustomer(app, team.token.sales, '节点测试科技有限公司');
    const data = await app.ok(NODE, { id }, team.token.sales);
    expect(data.node).toEqual({ __typename: 'Customer', id, name: '节点测试科技有限公司' });
    const followUpId = await addFollowUp(app, team.token.sales, id, { content: '节点跟进' });
    expect((await app.ok(NODE, { id: followUpId }, team.token.sales)).node).toEqual({
      __typename: 'FollowUp',
      id: followUpId,
      content: '节点跟进',
    });
    // The manager above the salesperson sees it too.
    expect((await app.ok(NODE, { id }, team.token.manager)).node.id).toBe(id);
    expect((await app.ok(NODE, { id: team.sales.id }, team.token.sales)).node).toMatchObject({ __typename: 'User', name: '李销售' });
  });

  it('answers null for an invisible record and its children, exactly as for an unknown id', async () => {
    const theirs = await newCustomer(app, team.token.outsider, '别人的节点客户有限公司');
    const theirFollowUp = await addFollowUp(app, team.token.outsider, theirs);
    expect((await app.ok(NODE, { id: theirs }, team.token.sales)).node).toBeNull();
    expect((await app.ok(NODE, { id: theirFollowUp }, team.token.sales)).node).toBeNull();
    expect((await app.ok(NODE, { id: '00000000-0000-4000-8000-000000000000' }, team.token.sales)).node).toBeNull();
    expect((await app.ok(NODE, { id: 'not-a-uuid' }, team.token.sales)).node).toBeNull();
    // Another salesperson's user record is not theirs to open.
    expect((await app.ok(NODE, { id: team.outsider.id }, team.token.sales)).node).toBeNull();
  });

  it('nodes(ids) keeps the order asked, in a fixed number of statements', async () => {
    const a = await newCustomer(app, team.token.sales, '批量节点甲有限公司');
    const b = await newCustomer(app, team.token.sales, '批量节点乙有限公司');
    const f = await addFollowUp(app, team.token.sales, a);
    const theirs = await newCustomer(app, team.token.outsider, '批量节点丙有限公司');
    const res = await app.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: [b, theirs, f, a] }, team.token.sales);
    expect(res.data?.nodes).toEqual([
      { __typename: 'Customer', id: b },
      null,
      { __typename: 'FollowUp', id: f },
      { __typename: 'Customer', id: a },
    ]);
    // token lookup + type lookup (UNION ALL) + one load per type found
    expect(res.statements).toBeLessThanOrEqual(4);
  });
});

describe('node(id) for deals, visits, tasks, notifications and catalogue records', () => {
  const TYPED = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
    ... on Opportunity { name } ... on Contract { number } ... on PaymentPlan { amount } ... on Receipt { amount }
    ... on Invoice { number } ... on Visit { topic } ... on Task { title } ... on Notification { title }
    ... on Product { code } ... on Tag { name } ... on CustomField { key } } }`;
  const nodes = async (ids: string[], token: string) =>
    (await app.ok(TYPED, { ids }, token)).nodes as ({ __typename: string; id: string } | null)[];
  const typeOf = (list: Awaited<ReturnType<typeof nodes>>) => list.map((n) => n?.__typename ?? null);

  /** A customer of `token`'s user with one of every record under it; returns the ids by type. */
  async function customerWithEverything(token: string, approverToken: string, label: string) {
    const customerId = await newCustomer(app, token, `${label}节点全家有限公司`);
    const opp = (
      await app.ok(
        `mutation($c: ID!, $n: String!) { createOpportunity(customerId: $c, input: { name: $n }) { id } }`,
        { c: customerId, n: `${label}商机` },
        token,
      )
    ).createOpportunity.id;
    const FLOW = (op: string, extra = '') => `mutation($id: ID!, $v: Int!) { ${op}(id: $id, version: $v${extra}) { id version number } }`;
    let c = (
      await app.ok(
        `mutation($i: CreateContractInput!) { createContract(input: $i) { id version number } }`,
        { i: { customerId, opportunityId: opp, title: `${label}合同`, lines: [{ name: '服务', quantity: '1', unitPrice: '1000' }] } },
        token,
      )
    ).createContract;
    c = (await app.ok(FLOW('submitContract'), { id: c.id, v: c.version }, token)).submitContract;
    c = (await app.ok(FLOW('approveContract'), { id: c.id, v: c.version }, approverToken)).approveContract;
    c = (await app.ok(FLOW('signContract', ', signedAt: "2026-01-05"'), { id: c.id, v: c.version }, token)).signContract;
    const plan = (
      await app.ok(
        `mutation($c: ID!) { addPaymentPlan(contractId: $c, input: { dueDate: "2026-02-01", amount: "600" }) { id } }`,
        { c: c.id },
        token,
      )
    ).addPaymentPlan.id;
    const receipt = (
      await app.ok(
        `mutation($c: ID!) { recordReceipt(contractId: $c, input: { amount: "300", method: CASH, receivedDate: "2026-01-06" }) { id } }`,
        { c: c.id },
        token,
      )
    ).recordReceipt.id;
    const invoice = (
      await app.ok(
        `mutation($c: ID!, $n: String!) { issueInvoice(contractId: $c, input: { number: $n, type: E_INVOICE, amount: "300", issuedDate: "2026-01-06" }) { id } }`,
        { c: c.id, n: `FP-${label}` },
        token,
      )
    ).issueInvoice.id;
    const visit = (
      await app.ok(
        `mutation($c: ID!) { planVisit(customerId: $c, input: { type: REGULAR, plannedAt: "2026-01-20T02:00:00Z", topic: "定期回访" }) { id } }`,
        { c: customerId },
        token,
      )
    ).planVisit.id;
    const task = (
      await app.ok(
        `mutation($c: ID!) { createTask(input: { title: "客户任务", dueAt: "2026-01-20T02:00:00Z", customerId: $c }) { id } }`,
        { c: customerId },
        token,
      )
    ).createTask.id;
    return { customerId, ids: [opp, c.id, plan, receipt, invoice, visit, task] };
  }
  const UNDER_CUSTOMER = ['Opportunity', 'Contract', 'PaymentPlan', 'Receipt', 'Invoice', 'Visit', 'Task'];

  it('resolves every record under a customer for those who may read the customer, null for others', async () => {
    const mine = await customerWithEverything(team.token.sales, team.token.manager, '甲');
    const theirs = await customerWithEverything(team.token.outsider, team.token.admin, '乙');

    const seen = await nodes([...mine.ids, ...theirs.ids], team.token.sales);
    expect(typeOf(seen)).toEqual([...UNDER_CUSTOMER, ...UNDER_CUSTOMER.map(() => null)]);
    expect(seen.slice(0, 7).map((n) => n!.id)).toEqual(mine.ids);
    expect(seen[0]).toMatchObject({ name: '甲商机' });
    expect(seen[4]).toMatchObject({ number: 'FP-甲' });
    // The manager above the salesperson reads them too; the outsider reads only their own.
    expect(typeOf(await nodes(mine.ids, team.token.manager))).toEqual(UNDER_CUSTOMER);
    expect(typeOf(await nodes(mine.ids, team.token.outsider))).toEqual(UNDER_CUSTOMER.map(() => null));
    expect(typeOf(await nodes(theirs.ids, team.token.outsider))).toEqual(UNDER_CUSTOMER);
    expect(typeOf(await nodes(theirs.ids, team.token.admin))).toEqual(UNDER_CUSTOMER);
  });

  it("a task without a customer is its people's; a notification is its recipient's only", async () => {
    const TASK = `mutation($a: ID) { createTask(input: { title: "个人任务", dueAt: "2026-01-20T02:00:00Z", assigneeId: $a }) { id } }`;
    const own = (await app.ok(TASK, { a: null }, team.token.sales)).createTask.id;
    const given = (await app.ok(TASK, { a: team.sales.id }, team.token.outsider)).createTask.id; // outsider → sales
    expect(typeOf(await nodes([own, given], team.token.sales))).toEqual(['Task', 'Task']);
    expect(typeOf(await nodes([own, given], team.token.manager))).toEqual(['Task', 'Task']); // the assignee's manager
    expect(typeOf(await nodes([own, given], team.token.outsider))).toEqual([null, 'Task']); // the creator
    expect(typeOf(await nodes([own, given], team.token.service))).toEqual([null, null]);

    const n = await notifyNewSignIn(app.services, { userId: team.sales.id, at: new Date('2026-01-05T02:00:00Z'), location: '测试地点' });
    expect(await nodes([n!.id], team.token.sales)).toEqual([{ __typename: 'Notification', id: n!.id, title: n!.title }]);
    expect(typeOf(await nodes([n!.id], team.token.manager))).toEqual([null]);
    expect(typeOf(await nodes([n!.id], team.token.admin))).toEqual([null]);
  });

  it('catalogue records (product, tag, custom field) are readable by every signed-in user', async () => {
    const product = (
      await app.ok(`mutation { createProduct(input: { name: "节点商品", code: "NODE-1", listPrice: "99" }) { id } }`, {}, team.token.admin)
    ).createProduct.id;
    const field = (
      await app.ok(
        `mutation { createCustomField(input: { key: "node_code", label: "节点编码", kind: TEXT }) { id } }`,
        {},
        team.token.admin,
      )
    ).createCustomField.id;
    const customerId = await newCustomer(app, team.token.sales, '节点标签有限公司');
    await app.ok(`mutation($c: ID!) { addTags(customerId: $c, names: ["节点标签"]) { id } }`, { c: customerId }, team.token.sales);
    const tag = (await app.ok(`{ tags { id name } }`, {}, team.token.sales)).tags.find((t: { name: string }) => t.name === '节点标签').id;
    expect(await nodes([product, tag, field], team.token.service)).toEqual([
      { __typename: 'Product', id: product, code: 'NODE-1' },
      { __typename: 'Tag', id: tag, name: '节点标签' },
      { __typename: 'CustomField', id: field, key: 'node_code' },
    ]);
  });

  it('an API key without deals:read gets null for deal records', async () => {
    const mine = await customerWithEverything(team.token.sales, team.token.manager, '丙');
    const created = await app.ok(
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`,
      { i: { name: '只读客户', ownerId: team.sales.id, scopes: ['CUSTOMERS_READ'] } },
      team.token.admin,
    );
    const secret = created.createApiKey.secret;
    // Deal records need deals:read; visits and tasks are in the customers area.
    const CUSTOMER_AREA = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Visit { topic } ... on Task { title } } }`;
    expect(typeOf((await app.ok(CUSTOMER_AREA, { ids: mine.ids }, secret)).nodes)).toEqual([null, null, null, null, null, 'Visit', 'Task']);
    // Asking for a deal type's fields at all is refused before anything runs (scopes hold on every field).
    const typed = await app.gql(TYPED, { ids: mine.ids }, secret);
    expect(typed.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'API_KEY_SCOPE',
      field: 'Opportunity.name',
      requiredScope: 'deals:read',
    });
  });
  it('lines, approvals and stage changes follow their deal; imports their creator; keys and webhooks admins with a session', async () => {
    const mine = await customerWithEverything(team.token.sales, team.token.manager, '丁');
    const [oppId, contractId] = mine.ids;
    const contract = (
      await app.ok(
        `query($id: ID!) { node(id: $id) { ... on Contract { lines { id } approvals { id } } } }`,
        { id: contractId },
        team.token.sales,
      )
    ).node;
    const opp = (
      await app.ok(`query($id: ID!) { node(id: $id) { ... on Opportunity { stageHistory { id } } } }`, { id: oppId }, team.token.sales)
    ).node;
    const dealChildren = [contract.lines[0].id, contract.approvals[0].id, opp.stageHistory[0].id];
    const DEAL_CHILDREN = ['ContractLine', 'ContractApproval', 'OpportunityStageChange'];
    expect(typeOf(await nodes(dealChildren, team.token.sales))).toEqual(DEAL_CHILDREN);
    expect(typeOf(await nodes(dealChildren, team.token.manager))).toEqual(DEAL_CHILDREN);
    expect(typeOf(await nodes(dealChildren, team.token.outsider))).toEqual([null, null, null]);

    const imported = await upload(app, team.token.sales, 'node.csv', bulk('节点导入', 2));
    const importId = imported.body.id!;
    const key = (
      await app.ok(
        `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id } } }`,
        { i: { name: '节点密钥', ownerId: team.admin.id, scopes: ['CUSTOMERS_READ', 'DEALS_READ'] } },
        team.token.admin,
      )
    ).createApiKey;
    const endpoint = (
      await app.ok(
        `mutation { createWebhookEndpoint(input: { url: "https://example.com/kehu-node", events: [CUSTOMER_CREATED] }) { endpoint { id } } }`,
        {},
        team.token.admin,
      )
    ).createWebhookEndpoint.endpoint.id;
    const ids = [importId, key.apiKey.id, endpoint];
    expect(typeOf(await nodes(ids, team.token.sales))).toEqual(['ImportJob', null, null]);
    expect(typeOf(await nodes(ids, team.token.outsider))).toEqual([null, null, null]);
    expect(typeOf(await nodes(ids, team.token.admin))).toEqual(['ImportJob', 'ApiKey', 'WebhookEndpoint']);
    // Through an API key (even an admin's): integration settings are never reachable.
    const BY_KEY = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;
    expect(typeOf((await app.ok(BY_KEY, { ids }, key.secret)).nodes)).toEqual(['ImportJob', null, null]);
  });
});
