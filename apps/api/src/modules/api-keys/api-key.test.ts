import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(() => app.close());

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix scopes active owner { id } expiresAt lastUsedAt } } }`;
const REVOKE_KEY = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt active } }`;
const LIST_KEYS = `query($rev: Boolean) { apiKeys(first: 50, includeRevoked: $rev) { totalCount edges { node { id name lastUsedAt active } } } }`;
const CUSTOMERS = `{ customers(first: 50) { edges { node { id name } } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, version: $v, input: $input) { id version remark } }`;

async function createKey(ownerId: string, scopes: string[], extra: Record<string, unknown> = {}) {
  const data = await app.ok(CREATE_KEY, { input: { name: '测试集成', ownerId, scopes, ...extra } }, team.token.admin);
  return data.createApiKey as {
    secret: string;
    apiKey: { id: string; prefix: string; scopes: string[]; active: boolean; owner: { id: string } };
  };
}

describe('API keys', () => {
  it('admins create a key whose secret is shown once, recognisable, and works as a bearer token', async () => {
    const { secret, apiKey } = await createKey(team.sales.id, ['CUSTOMERS_READ']);
    expect(secret).toMatch(/^kehu_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey).toMatchObject({ scopes: ['CUSTOMERS_READ'], active: true, owner: { id: team.sales.id } });
    const me = await app.ok(`{ me { id } }`, {}, secret);
    expect(me.me.id).toBe(team.sales.id);
    // Stored hashed: the secret appears nowhere in the table.
    const rows = await app.db.dataSource.query(`SELECT * FROM api_keys WHERE id = $1`, [apiKey.id]);
    expect(JSON.stringify(rows)).not.toContain(secret.slice(13));
    expect(rows[0].last_used_at).not.toBeNull();
    const list = await app.ok(LIST_KEYS, {}, team.token.admin);
    expect(list.apiKeys.edges.map((e: any) => e.node.id)).toContain(apiKey.id);
  });

  it('only admins manage keys, and a key cannot manage keys', async () => {
    const res = await app.gql(CREATE_KEY, { input: { name: 'x', ownerId: team.sales.id, scopes: ['CUSTOMERS_READ'] } }, team.token.manager);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { secret } = await createKey(team.admin.id, ['CUSTOMERS_WRITE', 'DEALS_WRITE', 'REPORTS_WRITE']);
    const viaKey = await app.gql(CREATE_KEY, { input: { name: 'x', ownerId: team.admin.id, scopes: ['CUSTOMERS_READ'] } }, secret);
    expect(viaKey.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_SCOPE' });
  });

  it('validates the input with field-named errors', async () => {
    const noScope = await app.gql(CREATE_KEY, { input: { name: 'x', ownerId: team.sales.id, scopes: [] } }, team.token.admin);
    expect(noScope.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
    const past = await app.gql(
      CREATE_KEY,
      {
        input: {
          name: 'x',
          ownerId: team.sales.id,
          scopes: ['CUSTOMERS_READ'],
          expiresAt: new Date(app.clock.now().getTime() - 1000).toISOString(),
        },
      },
      team.token.admin,
    );
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
    const owner = await app.gql(
      CREATE_KEY,
      { input: { name: 'x', ownerId: '00000000-0000-4000-8000-000000000000', scopes: ['CUSTOMERS_READ'] } },
      team.token.admin,
    );
    expect(owner.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerId' });
  });

  it('refuses a revoked key at once', async () => {
    const { secret, apiKey } = await createKey(team.sales.id, ['CUSTOMERS_READ']);
    await app.ok(CUSTOMERS, {}, secret);
    const revoked = await app.ok(REVOKE_KEY, { id: apiKey.id }, team.token.admin);
    expect(revoked.revokeApiKey.active).toBe(false);
    const res = await app.gql(CUSTOMERS, {}, secret);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_INVALID' });
    expect(res.errors?.[0].message).toContain('吊销');
    const listed = await app.ok(LIST_KEYS, { rev: false }, team.token.admin);
    expect(listed.apiKeys.edges.map((e: any) => e.node.id)).not.toContain(apiKey.id);
  });

  it('refuses an expired key (by the injected clock), and an unknown one', async () => {
    const expiresAt = new Date(app.clock.now().getTime() + 3600_000).toISOString();
    const { secret } = await createKey(team.sales.id, ['CUSTOMERS_READ'], { expiresAt });
    await app.ok(CUSTOMERS, {}, secret);
    app.clock.advance(3600_000 + 1);
    const res = await app.gql(CUSTOMERS, {}, secret);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toContain('过期');
    const unknown = await app.gql(CUSTOMERS, {}, 'kehu_' + 'x'.repeat(43));
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a read-scoped key cannot mutate: refused before execution, nothing changes', async () => {
    const id = await newCustomer(app, team.token.sales, '北京只读测试科技有限公司');
    const { secret } = await createKey(team.sales.id, ['CUSTOMERS_READ']);
    const before = await app.ok(`query($id: ID!) { customer(id: $id) { version remark } }`, { id }, secret);
    const res = await app.gql(UPDATE, { id, v: before.customer.version, input: { remark: '被改了' } }, secret);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'API_KEY_SCOPE',
      requiredScope: 'customers:write',
      field: 'updateCustomer',
    });
    expect(res.data ?? null).toBeNull();
    const after = await app.ok(`query($id: ID!) { customer(id: $id) { version remark } }`, { id }, team.token.sales);
    expect(after.customer).toEqual(before.customer);

    // A deals-only key may not even read customers; a write key may change them.
    const deals = await createKey(team.sales.id, ['DEALS_READ']);
    expect((await app.gql(CUSTOMERS, {}, deals.secret)).errors?.[0].extensions?.requiredScope).toBe('customers:read');
    const writer = await createKey(team.sales.id, ['CUSTOMERS_WRITE']);
    const ok = await app.ok(UPDATE, { id, v: before.customer.version, input: { remark: '集成写入' } }, writer.secret);
    expect(ok.updateCustomer.remark).toBe('集成写入');
  });

  it('scopes hold on nested fields: a customers key reads no deal data under a customer', async () => {
    const id = await newCustomer(app, team.token.sales, '嵌套字段测试科技有限公司');
    const reader = await createKey(team.sales.id, ['CUSTOMERS_READ']);
    const under = (selection: string) => app.gql(`query($id: ID!) { customer(id: $id) { name ${selection} } }`, { id }, reader.secret);
    for (const [selection, field] of [
      ['contracts { number amount }', 'Customer.contracts'],
      ['receipts { amount }', 'Customer.receipts'],
      ['opportunities { amount }', 'Customer.opportunities'],
      ['receivable { outstanding }', 'Customer.receivable'],
      ['creditRating', 'Customer.creditRating'],
    ]) {
      const res = await under(selection);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_SCOPE', field, requiredScope: 'deals:read' });
      expect(res.data ?? null).toBeNull();
    }
    // Through a fragment it is the same.
    const viaFragment = await app.gql(
      `query($id: ID!) { customer(id: $id) { ...Deals } } fragment Deals on Customer { contracts { amount } }`,
      { id },
      reader.secret,
    );
    expect(viaFragment.errors?.[0].extensions?.field).toBe('Customer.contracts');
    // With deals:read too, the same query runs.
    const both = await createKey(team.sales.id, ['CUSTOMERS_READ', 'DEALS_READ']);
    const ok = await app.ok(
      `query($id: ID!) { customer(id: $id) { name contracts { number } receivable { outstanding } } }`,
      { id },
      both.secret,
    );
    expect(ok.customer).toMatchObject({ name: '嵌套字段测试科技有限公司', contracts: [] });
  });

  it("user, key, settings, channel and webhook management need a person's session, whatever the key's scopes", async () => {
    const { secret } = await createKey(team.admin.id, ['CUSTOMERS_WRITE', 'DEALS_WRITE', 'REPORTS_WRITE', 'CUSTOMERS_EXPORT']);
    const calls = [
      `mutation { createUser(input: { name: "新管理员", email: "new-admin@test.kehu", role: ADMIN, password: "Xin#mima2027" }) { id } }`,
      `mutation { updateNotificationChannels(input: { weCom: { enabled: true, webhookUrl: "http://127.0.0.1:4791/robot" } }) { weCom { enabled } } }`,
      `mutation { createWebhookEndpoint(input: { url: "https://example.com/hook", events: [CUSTOMER_CREATED] }) { secret } }`,
      `{ apiKeys(first: 5) { totalCount } }`,
      `{ notificationChannels { weCom { webhookUrl } } }`,
      `mutation { updatePoolRules(input: { noFollowUpDays: 1 }) { noFollowUpDays } }`,
    ];
    for (const query of calls) {
      const res = await app.gql(query, {}, secret);
      const ext = res.errors?.[0].extensions;
      expect({ query, code: ext?.code, reason: ext?.reason, requiredScope: ext?.requiredScope }).toEqual({
        query,
        code: ext?.code === 'GRAPHQL_VALIDATION_FAILED' ? 'valid query' : 'FORBIDDEN',
        reason: 'API_KEY_SCOPE',
        requiredScope: 'interactive sign-in',
      });
    }
    expect((await app.db.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'new-admin@test.kehu'`))[0].n).toBe(0);
  });

  it("a key sees exactly its owner's data scope", async () => {
    const mine = await newCustomer(app, team.token.sales, '上海销售自有客户有限公司');
    const theirs = await newCustomer(app, team.token.outsider, '广州别人的客户有限公司');
    const { secret } = await createKey(team.sales.id, ['CUSTOMERS_READ']);
    const names = (await app.ok(CUSTOMERS, {}, secret)).customers.edges.map((e: any) => e.node.id);
    expect(names).toContain(mine);
    expect(names).not.toContain(theirs);
    const direct = await app.ok(`query($id: ID!) { customer(id: $id) { id } }`, { id: theirs }, secret);
    expect(direct.customer).toBeNull();
    // The same key owned by the admin sees both.
    const adminKey = await createKey(team.admin.id, ['CUSTOMERS_READ']);
    const all = (await app.ok(CUSTOMERS, {}, adminKey.secret)).customers.edges.map((e: any) => e.node.id);
    expect(all).toEqual(expect.arrayContaining([mine, theirs]));
  });

  it('stops working when its owner is deactivated', async () => {
    const leaver = await createUser(app.db.dataSource, { role: 'SALES' });
    const { secret } = await createKey(leaver.id, ['CUSTOMERS_READ']);
    await app.ok(CUSTOMERS, {}, secret);
    await app.db.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [leaver.id]);
    expect((await app.gql(CUSTOMERS, {}, secret)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
