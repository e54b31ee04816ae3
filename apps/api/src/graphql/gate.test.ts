import { createHash, randomBytes } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { startTestApp, type TestApp } from '../test/test-app';
import { createUser } from '../test/factories';
import { createTeam, newCustomer, nextMobile, type Team } from '../modules/customers/customer.test-helpers';
import { QUERY_LIMITS } from './complexity';
import { overSocket, type Answer } from './socket.test-helpers';

/**
 * The one gate (gate.ts): the same refusals, with the same codes, whatever the transport — plain HTTP, an HTTP
 * batch, an automatic persisted query replayed by hash, and a real graphql-ws socket.
 */
let app: TestApp;
let team: Team;
let customerId: string;
const secrets = {} as { customersRead: string; customersWrite: string; dealsRead: string };
let mustChangeToken: string;

const RATE = { maximumAvailable: 1000, restoreRate: 100 };

beforeAll(async () => {
  app = await startTestApp({ config: { rateLimit: RATE } });
  team = await createTeam(app);
  customerId = await newCustomer(app, team.token.sales, '网关测试科技有限公司');
  const key = async (scopes: string[], ownerId = team.sales.id) =>
    (
      await app.ok(
        `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`,
        { i: { name: '网关', ownerId, scopes } },
        team.token.admin,
      )
    ).createApiKey.secret as string;
  secrets.customersRead = await key(['CUSTOMERS_READ']);
  secrets.customersWrite = await key(['CUSTOMERS_WRITE'], team.admin.id);
  secrets.dealsRead = await key(['DEALS_READ']);
  const fresh = await createUser(app.db.dataSource, { role: 'SALES', mustChangePassword: true });
  mustChangeToken = await app.login(fresh.email);
});
afterAll(() => app.close());

type Transport = (query: string, variables: Record<string, unknown>, token: string | null) => Promise<Answer>;

async function post(body: unknown, token: string | null): Promise<any> {
  const res = await fetch(app.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return res.json();
}

const sockets = new Map<string, Client>();
const TRANSPORTS: Record<string, Transport> = {
  http: (query, variables, token) => post({ query, variables }, token),
  'http batch': async (query, variables, token) => (await post([{ query: '{ __typename }' }, { query, variables }], token))[1],
  // The document with its hash: a refused one is never registered (the dedicated test below replays allowed ones).
  'persisted query': async (query, variables, token) => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const registered = await post({ query, variables, extensions }, token);
    return registered.errors ? registered : post({ variables, extensions }, token);
  },
  websocket: (query, variables, token) => {
    const key = token ?? 'anonymous';
    if (!sockets.has(key)) sockets.set(key, app.wsClient(token, { lazy: false }));
    return overSocket(sockets.get(key)!, query, variables);
  },
};

/** Registers the document with its first call, then sends only the hash. */
function persistedOnce(): Transport {
  let registered = false;
  return async (query, variables, token) => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const body = registered ? { variables, extensions } : { query, variables, extensions };
    registered = true;
    return post(body, token);
  };
}

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
const deep = (levels: number) => `{ me { ${'manager { '.repeat(levels - 2)}id ${'} '.repeat(levels - 2)}} }`;
const COSTLY = `{ customers(first: 100) { edges { node { id followUps(first: 100) { edges { node { id } } } } } } }`;

interface Refusal {
  name: string;
  query: string;
  variables?: () => Record<string, unknown>;
  token: () => string | null;
  expected: Record<string, unknown>;
}

const REFUSALS: Refusal[] = [
  { name: 'anonymous read', query: `{ customers(first: 1) { totalCount } }`, token: () => null, expected: { code: 'UNAUTHENTICATED' } },
  {
    name: 'anonymous introspection',
    query: `{ __schema { queryType { name } } }`,
    token: () => null,
    expected: { code: 'UNAUTHENTICATED', reason: 'INTROSPECTION_REQUIRES_AUTH' },
  },
  {
    name: 'createCustomer before the required password change',
    query: `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
    variables: () => ({
      input: { name: `改密前${randomBytes(3).toString('hex')}有限公司`, contact: { name: '张三', mobile: nextMobile() } },
    }),
    token: () => mustChangeToken,
    expected: { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' },
  },
  { name: '60 aliases', query: aliases(60), token: () => team.token.sales, expected: { code: 'QUERY_TOO_COMPLEX', reason: 'ALIASES' } },
  { name: 'depth 22', query: deep(22), token: () => team.token.sales, expected: { code: 'QUERY_TOO_COMPLEX', reason: 'DEPTH', depth: 22 } },
  { name: 'cost too high', query: COSTLY, token: () => team.token.sales, expected: { code: 'QUERY_TOO_COMPLEX', reason: 'COST' } },
  {
    name: 'a CUSTOMERS_READ key reading contracts under a customer',
    query: `query($id: ID!) { customer(id: $id) { name contracts { number amount } } }`,
    variables: () => ({ id: customerId }),
    token: () => secrets.customersRead,
    expected: { code: 'FORBIDDEN', reason: 'API_KEY_SCOPE', field: 'Customer.contracts', requiredScope: 'deals:read' },
  },
  {
    name: 'a CUSTOMERS_WRITE key creating a user',
    query: `mutation { createUser(input: { name: "钥匙管理员", email: "key-admin@test.kehu", role: ADMIN, password: "Xin#mima2027" }) { id } }`,
    token: () => secrets.customersWrite,
    expected: { code: 'FORBIDDEN', reason: 'API_KEY_SCOPE', field: 'createUser', requiredScope: 'interactive sign-in' },
  },
  {
    name: 'a NUL byte in a variable',
    query: `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
    variables: () => ({ input: { name: '空字符\u0000有限公司', contact: { name: '张三', mobile: nextMobile() } } }),
    token: () => team.token.sales,
    expected: { code: 'BAD_USER_INPUT', field: 'input.name' },
  },
];

describe.each(Object.keys(TRANSPORTS))('the gate over %s', (transport) => {
  afterAll(async () => {
    await Promise.all([...sockets.values()].map((s) => s.dispose()));
    sockets.clear();
  });

  it.each(REFUSALS.map((r) => [r.name, r] as const))('refuses %s', async (_name, refusal) => {
    const before = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM customers`);
    const res = await TRANSPORTS[transport](refusal.query, refusal.variables?.() ?? {}, refusal.token());
    expect(res.errors?.[0]?.extensions).toMatchObject(refusal.expected);
    expect(res.data ?? null).toBeNull();
    expect(await app.db.dataSource.query(`SELECT count(*)::int AS n FROM customers`)).toEqual(before);
  });

  it('runs what is allowed', async () => {
    const res = await TRANSPORTS[transport](`query($id: ID!) { customer(id: $id) { name } }`, { id: customerId }, secrets.customersRead);
    expect(res.errors).toBeUndefined();
    expect(res.data?.customer.name).toBe('网关测试科技有限公司');
  });

  it('rate-limits the same way: a 1000-point bucket serves three 330-point writes (300 kept), then RATE_LIMITED', async () => {
    const user = await createUser(app.db.dataSource, { role: 'SALES' });
    const token = await app.login(user.email);
    // 30 writes that find nothing: 30 × (10 + 1) requested, the 30 × 10 of the writes kept, never refunded.
    const WRITES = `mutation { ${Array.from({ length: 30 }, (_, i) => `w${i}: claimCustomer(id: "00000000-0000-0000-0000-00000000000${i % 10}") { id }`).join(' ')} }`;
    const codes: (string | null)[] = [];
    // A persisted query is charged when registered, then each time it is replayed by its hash.
    const run = transport === 'persisted query' ? persistedOnce() : TRANSPORTS[transport];
    for (let i = 0; i < 5; i++) codes.push((await run(WRITES, {}, token)).errors?.[0]?.extensions?.code ?? null);
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('refunds what a query did not return, so reads of a small result do not run the bucket dry', async () => {
    const user = await createUser(app.db.dataSource, { role: 'SALES' });
    const token = await app.login(user.email);
    const PAGE = `{ customers(first: 100) { edges { node { id } } } }`; // 201 requested, 1 returned
    const run = transport === 'persisted query' ? persistedOnce() : TRANSPORTS[transport];
    for (let i = 0; i < 8; i++) expect((await run(PAGE, {}, token)).errors).toBeUndefined();
  });
});

describe('persisted queries replayed by hash pass the gate with the caller who replays them', () => {
  it('refuses a document registered by an allowed caller to a key without the scope and to an anonymous caller', async () => {
    const query = `query Contracts${randomBytes(3).toString('hex')}($id: ID!) { customer(id: $id) { contracts { number } } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const variables = { id: customerId };
    expect((await post({ query, variables, extensions }, team.token.sales)).errors).toBeUndefined();
    expect((await post({ variables, extensions }, team.token.sales)).data.customer.contracts).toEqual([]);
    expect((await post({ variables, extensions }, secrets.customersRead)).errors[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'API_KEY_SCOPE',
    });
    expect((await post({ variables, extensions }, null)).errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('subscriptions over the socket pass the same gate', () => {
  it('refuses a subscription to a key without its scope, to an anonymous socket, and too many aliases', async () => {
    const deals = app.wsClient(secrets.dealsRead);
    const anonymous = app.wsClient(null);
    const sales = app.wsClient(team.token.sales);
    const SUB = `subscription { notificationAdded { id title } }`;
    expect((await overSocket(deals, SUB)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'API_KEY_SCOPE',
      field: 'notificationAdded',
    });
    expect((await overSocket(anonymous, SUB)).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const wide = `subscription { notificationAdded { ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `t${i}: title`).join(' ')} } }`;
    expect((await overSocket(sales, wide)).errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'ALIASES' });
  });
});

describe('invalid text in any string argument is BAD_USER_INPUT naming the argument (over HTTP)', () => {
  const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
  const input = (over: Record<string, unknown>) => ({
    name: `文本${randomBytes(3).toString('hex')}有限公司`,
    contact: { name: '张三', mobile: nextMobile() },
    ...over,
  });
  const refusedAs = async (query: string, variables: Record<string, unknown>, token: string | null, field: string) => {
    const res = await app.gql(query, variables, token);
    expect({ status: res.status, code: res.errors?.[0].extensions?.code, field: res.errors?.[0].extensions?.field }).toEqual({
      status: 200,
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(res.errors?.[0].message).toContain(field);
  };

  it('refuses NUL bytes and lone surrogates in variables, nested inputs, lists, JSON values and literals', async () => {
    await refusedAs(CREATE, { input: input({ remark: 'a\ud800b' }) }, team.token.sales, 'input.remark');
    await refusedAs(CREATE, { input: input({ remark: 'trailing \udc00' }) }, team.token.sales, 'input.remark');
    await refusedAs(
      CREATE,
      { input: input({ contact: { name: '张\u0000三', mobile: nextMobile() } }) },
      team.token.sales,
      'input.contact.name',
    );
    await refusedAs(CREATE, { input: input({ tags: ['好', 'x\u0000'] }) }, team.token.sales, 'input.tags.1');
    await refusedAs(
      CREATE,
      { input: input({ customFields: { note: { deep: '\ud83d' } } }) },
      team.token.sales,
      'input.customFields.note.deep',
    );
    // A variable is named by the argument it is passed to.
    await refusedAs(
      `query($q: String) { customers(first: 1, filter: { search: $q }) { totalCount } }`,
      { q: '\u0000' },
      team.token.sales,
      'filter.search',
    );
    // An escaped NUL in the document itself.
    await refusedAs(`{ customers(first: 1, filter: { search: "a\\u0000" }) { totalCount } }`, {}, team.token.sales, 'filter.search');
    // Before sign-in too.
    await refusedAs(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: 'x@test.kehu', p: 'pw\u0000' },
      null,
      'password',
    );
  });

  it('accepts real characters outside the basic plane (a surrogate pair) and stores them', async () => {
    const name = `表情😀${randomBytes(3).toString('hex')}有限公司`;
    const res = await app.gql(CREATE, { input: input({ name }) }, team.token.sales);
    expect(res.errors).toBeUndefined();
    const [row] = await app.db.dataSource.query(`SELECT name FROM customers WHERE id = $1`, [res.data!.createCustomer.id]);
    expect(row.name).toBe(name);
  });
});
