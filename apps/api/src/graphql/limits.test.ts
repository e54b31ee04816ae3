import { createHash, randomBytes } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { ManualClock } from '../common/clock';
import { startTestApp, type TestApp } from '../test/test-app';
import { redisOrSkip, TEST_REDIS_URL } from '../test/redis';
import { createTeam, newCustomer, type Team } from '../modules/customers/customer.test-helpers';
import { QUERY_LIMITS } from './complexity';
import { RateLimiter, RedisBucketStore } from './rate-limit';

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ config: { rateLimit: { maximumAvailable: 1000, restoreRate: 100 } } });
  team = await createTeam(app);
});
afterAll(() => app.close());

const nested = (levels: number) => `{ me { id ${'manager { id '.repeat(levels)}${'} '.repeat(levels)}} }`;
/** 100 customers × 100 follow-ups each: 10,000+ objects. */
const WIDE = `{ customers(first: 100) { edges { node { id followUps(first: 100) { edges { node { id content author { name } } } } } } } }`;

/** extensions.cost of a response (the test client's type leaves extensions out). */
const costOf = (res: object) => (res as { extensions?: { cost?: any } }).extensions?.cost;

async function post(body: unknown, token?: string) {
  const res = await fetch(app.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: Object.fromEntries(res.headers.entries()), body: (await res.json()) as any };
}

describe('bounded queries: refused before anything executes', () => {
  it('refuses a deep query with QUERY_TOO_COMPLEX, depth and limit, before any SQL', async () => {
    const anonymous = await app.gql(nested(QUERY_LIMITS.maxDepth + 2));
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'DEPTH', limit: QUERY_LIMITS.maxDepth });
    expect(anonymous.statements).toBe(0);

    // Signed in, the only statement is the token's user lookup (the same as for a query that needs no data).
    const baseline = (await app.gql(`{ __typename }`, {}, team.token.sales)).statements;
    expect(baseline).toBeLessThanOrEqual(1);
    const deep = await app.gql(nested(QUERY_LIMITS.maxDepth + 2), {}, team.token.sales);
    expect(deep.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'DEPTH', depth: QUERY_LIMITS.maxDepth + 4 });
    expect(deep.statements).toBe(baseline);
    // Within the limit it runs.
    expect((await app.gql(nested(3), {}, team.token.sales)).errors).toBeUndefined();
  });

  it('refuses a wide query by its cost: page sizes multiply, first is capped at 100', async () => {
    await newCustomer(app, team.token.sales, '成本测试客户有限公司');
    const anonymous = await app.gql(WIDE);
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'COST', limit: QUERY_LIMITS.maxCost });
    expect(anonymous.errors?.[0].extensions?.cost).toBeGreaterThan(10_000);
    expect(anonymous.statements).toBe(0);
    const baseline = (await app.gql(`{ __typename }`, {}, team.token.sales)).statements;
    const wide = await app.gql(WIDE, {}, team.token.sales);
    expect(wide.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(wide.statements).toBe(baseline);
    // Page size from a variable counts the same; a small page passes.
    const VIA_VARIABLE = WIDE.replace('{ customers(first: 100)', 'query($n: Int) { customers(first: $n)');
    const viaVariable = await app.gql(VIA_VARIABLE, { n: 100 }, team.token.sales);
    expect(viaVariable.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // The same document again (measurements are remembered per document): the page size still decides.
    const smallViaVariable = await app.gql(VIA_VARIABLE, { n: 1 }, team.token.sales);
    expect(smallViaVariable.errors).toBeUndefined();
    expect((await app.gql(VIA_VARIABLE, { n: 100 }, team.token.sales)).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const small = await app.gql(WIDE.replace('first: 100)', 'first: 5)').replace('first: 100)', 'first: 5)'), {}, team.token.sales);
    expect(small.errors).toBeUndefined();
    expect(costOf(small).requestedQueryCost).toBe(1 + 5 + 5 + 5 * (1 + 5 + 5 + 5));
  });

  it('refuses too many aliases', async () => {
    const aliased = `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const res = await app.gql(aliased, {}, team.token.sales);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'ALIASES', limit: QUERY_LIMITS.maxAliases });
  });

  it('runs a small batch and refuses a batch over the limit', async () => {
    const ok = await post([{ query: '{ me { id } }' }, { query: '{ __typename }' }], team.token.sales);
    expect(ok.body).toHaveLength(2);
    expect(ok.body[0].data.me.id).toBe(team.sales.id);
    const tooMany = await post(
      Array.from({ length: QUERY_LIMITS.maxBatch + 1 }, () => ({ query: '{ me { id } }' })),
      team.token.sales,
    );
    expect(tooMany.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'BATCH', limit: QUERY_LIMITS.maxBatch });
  });

  it('prices introspection like any selection, bounds its size, and refuses it to anonymous callers', async () => {
    const anonymous = await app.gql(`{ __schema { queryType { name } } }`);
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INTROSPECTION_REQUIRES_AUTH' });
    expect(anonymous.data ?? null).toBeNull();

    // The standard introspection query (what codegen and GraphiQL send) passes, and costs something.
    app.clock.advance(60_000); // a full rate-limit bucket (1000 points in this file)
    const full = await app.gql(getIntrospectionQuery(), {}, team.token.sales);
    expect(full.errors).toBeUndefined();
    expect(full.data?.__schema.types.length).toBeGreaterThan(100);
    expect(costOf(full).requestedQueryCost).toBeGreaterThan(100);
    expect(costOf(full).requestedQueryCost).toBeLessThan(QUERY_LIMITS.maxCost / 4);

    // 100 aliased copies (the 27 MB answer of the report) and a few copies under the alias limit are both refused.
    const copies = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `s${i}: __schema { types { name fields { name args { name type { name } } type { name } } } }`).join(' ')} }`;
    const hundred = await app.gql(copies(100), {}, team.token.sales);
    expect(hundred.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const eight = await app.gql(copies(8), {}, team.token.sales);
    expect(eight.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      reason: 'INTROSPECTION',
      limit: QUERY_LIMITS.maxIntrospection,
    });
    expect(eight.statements).toBeLessThanOrEqual(1);

    // Nesting through the type graph multiplies: two levels are priced by the same bound, more fail validation.
    const twoLevels = `{ __schema { types { fields { args { type { name } } type { fields { args { type { name } } type { name } } } } } } }`;
    const nested = await app.gql(`{ ${[1, 2, 3, 4].map((i) => `n${i}: ${twoLevels.slice(2, -2)}`).join(' ')} }`, {}, team.token.sales);
    expect(nested.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'INTROSPECTION' });
    const deeper = `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`;
    expect((await app.gql(deeper, {}, team.token.sales)).errors?.[0].message).toContain('introspection depth');
    // One type by name is cheap.
    app.clock.advance(60_000);
    const one = await app.gql(`{ __type(name: "Customer") { fields { name type { name ofType { name } } } } }`, {}, team.token.sales);
    expect(one.errors).toBeUndefined();
    expect(costOf(one).requestedQueryCost).toBeGreaterThan(0);
  });
});

describe('rate limits: a cost budget refilled over (injected) time', () => {
  const PAGE = `{ customers(first: 100) { edges { node { id } } } }`; // 1 + 100 + 100 = 201 points requested
  /** 30 writes that find nothing: each mutation field is charged its 10 points in full, returned or not. */
  const WRITES = `mutation { ${Array.from({ length: 30 }, (_, i) => `w${i}: claimCustomer(id: "00000000-0000-0000-0000-00000000000${i % 10}") { id }`).join(' ')} }`;

  it('reports the cost on every response, refunds what was not returned, runs out, tells when to retry, and refills with the clock', async () => {
    const first = await post({ query: PAGE }, team.token.outsider);
    // The outsider sees no customer: only the connection itself was returned, the other 200 points come back.
    expect(costOf(first.body)).toEqual({
      requestedQueryCost: 201,
      actualQueryCost: 1,
      throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 999, restoreRate: 100 },
    });
    expect(first.headers).toMatchObject({ 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '999', 'x-ratelimit-cost': '1' });
    const now = Math.floor(app.clock.now().getTime() / 1000);
    expect(first.headers['x-ratelimit-reset']).toBe(String(now + 1)); // 1 point at 100 per second

    for (let i = 0; i < 3; i++) {
      const writes = await post({ query: WRITES }, team.token.outsider);
      expect(writes.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(costOf(writes.body).actualQueryCost).toBe(300); // writes are not refunded
    }
    const refused = await post({ query: PAGE }, team.token.outsider);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('2'); // 201 - 99 = 102 points at 100 per second
    expect(refused.headers['x-ratelimit-remaining']).toBe('99');
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', cost: 201, retryAfterSeconds: 2 });
    expect(refused.body.errors[0].extensions.http).toBeUndefined();
    expect(costOf(refused.body).throttleStatus.currentlyAvailable).toBe(99);
    expect((await app.gql(PAGE, {}, team.token.outsider)).statements).toBeLessThanOrEqual(1); // the token lookup; the query never ran
    // Apollo Client 4 asks for application/graphql-response+json: it then reads a 429's body as GraphQL errors (RATE_LIMITED).
    const asApolloClient = await fetch(app.server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json,application/json;q=0.9',
        authorization: `Bearer ${team.token.outsider}`,
      },
      body: JSON.stringify({ query: PAGE }),
    });
    expect(asApolloClient.status).toBe(429);
    expect(asApolloClient.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(((await asApolloClient.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');

    // Another user has their own bucket.
    expect((await app.gql(PAGE, {}, team.token.manager)).errors).toBeUndefined();

    app.clock.advance(2000);
    const after = await app.gql(PAGE, {}, team.token.outsider);
    expect(after.errors).toBeUndefined();
    expect(costOf(after).throttleStatus.currentlyAvailable).toBe(299 - 1);
    app.clock.advance(60_000);
    const full = await app.gql(`{ me { id } }`, {}, team.token.outsider);
    expect(costOf(full).throttleStatus.currentlyAvailable).toBe(999);
  });

  it('counts connections by the edges they returned and lists by their length, and refunds the rest', async () => {
    const token = team.token.sales;
    for (let i = 0; i < 3; i++) await newCustomer(app, token, `退款测试${randomBytes(3).toString('hex')}有限公司`);
    app.clock.advance(60_000); // a full bucket
    const seen = (await app.ok(`{ customers(first: 100) { totalCount } }`, {}, token)).customers.totalCount as number;
    app.clock.advance(60_000);
    const res = await post({ query: `{ customers(first: 50) { edges { node { id tags { id } } } pageInfo { hasNextPage } } }` }, token);
    expect(res.status).toBe(200);
    const cost = costOf(res.body);
    expect(seen).toBeLessThanOrEqual(50);
    expect(cost.requestedQueryCost).toBe(1 + 50 + 50 + 500 + 1);
    // The connection, its pageInfo, each edge and node; no tags on these customers.
    expect(cost.actualQueryCost).toBe(2 + 2 * seen);
    expect(cost.throttleStatus.currentlyAvailable).toBe(1000 - cost.actualQueryCost);
    expect(res.headers['x-ratelimit-cost']).toBe(String(cost.actualQueryCost));
  });

  it('tells the caller their bucket through the rateLimit query without spending it', async () => {
    app.clock.advance(60_000);
    await app.gql(PAGE, {}, team.token.manager);
    const ask = `{ rateLimit { limit remaining restoreRate resetAt maxQueryCost } }`;
    const one = await post({ query: ask }, team.token.manager);
    const two = await post({ query: ask }, team.token.manager);
    const remaining = one.body.data.rateLimit.remaining as number;
    expect(one.body.data.rateLimit).toMatchObject({ limit: 1000, restoreRate: 100, maxQueryCost: QUERY_LIMITS.maxCost });
    expect(remaining).toBeLessThan(1000);
    expect(two.body.data.rateLimit.remaining).toBe(remaining); // reading it twice spent nothing
    expect(costOf(two.body)).toMatchObject({ requestedQueryCost: 0, actualQueryCost: 0 });
    expect(two.headers['x-ratelimit-remaining']).toBe(String(remaining));
    const resetAt = new Date(one.body.data.rateLimit.resetAt).getTime();
    expect(resetAt).toBe(app.clock.now().getTime() + Math.ceil((1000 - remaining) / 100) * 1000);
  });
});

describe('automatic persisted queries', () => {
  it('answers a hash it has not seen with PERSISTED_QUERY_NOT_FOUND, then serves it by hash', async () => {
    const query = `query Me${randomBytes(4).toString('hex')} { me { id name } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const ext = { persistedQuery: { version: 1, sha256Hash } };
    const miss = await post({ extensions: ext }, team.token.sales);
    expect(miss.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await post({ query, extensions: ext }, team.token.sales);
    expect(register.body.data.me.id).toBe(team.sales.id);
    const hit = await post({ extensions: ext }, team.token.sales);
    expect(hit.body.data.me).toEqual(register.body.data.me);
  });

  it('refuses a hash that does not match the query, and an unsupported version, with BAD_REQUEST and a reason', async () => {
    const query = `query Me${randomBytes(4).toString('hex')} { me { id } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const wrong = await post({ query: query + ' ', extensions: { persistedQuery: { version: 1, sha256Hash } } }, team.token.sales);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].extensions).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'graphql.sha256hashDoesNotMatch',
      params: { actual: expect.any(String) },
      reason: 'PERSISTED_QUERY_HASH_MISMATCH',
      expectedHash: createHash('sha256')
        .update(query + ' ')
        .digest('hex'),
    });
    expect(wrong.body.errors[0].message).toContain('与 query 不符');
    const version = await post({ query, extensions: { persistedQuery: { version: 2, sha256Hash } } }, team.token.sales);
    expect(version.status).toBe(400);
    expect(version.body.errors[0].extensions).toMatchObject({
      code: 'BAD_REQUEST',
      reason: 'PERSISTED_QUERY_VERSION',
      supportedVersions: [1],
    });
    const notAHash = await post(
      [{ query: '{ me { id } }' }, { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }],
      team.token.sales,
    );
    expect(notAHash.body.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'PERSISTED_QUERY_HASH_INVALID' });
    // Over GET too.
    const url = `${app.server.url}?query=${encodeURIComponent(query)}&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 3, sha256Hash } }))}`;
    const get = await fetch(url, { headers: { authorization: `Bearer ${team.token.sales}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as any).errors[0].extensions.reason).toBe('PERSISTED_QUERY_VERSION');
  });
});

describe('persisted queries across API replicas (Redis)', () => {
  it('serves by hash on replica B a query registered on replica A', async () => {
    if (!(await redisOrSkip('the shared persisted-query test'))) return;
    const a = await startTestApp({ config: { redisUrl: TEST_REDIS_URL } });
    const b = await startTestApp({ config: { redisUrl: TEST_REDIS_URL } });
    try {
      const query = `query Shared${randomBytes(6).toString('hex')} { __typename }`;
      const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
      const send = async (replica: TestApp, body: unknown) =>
        (
          await fetch(replica.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        ).json() as Promise<any>;
      expect((await send(b, { extensions })).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await send(a, { query, extensions })).data).toEqual({ __typename: 'Query' });
      expect(await send(b, { extensions })).toMatchObject({ data: { __typename: 'Query' } });
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('the Redis bucket store', () => {
  it('is shared by every replica and refills atomically', async () => {
    if (!(await redisOrSkip('the shared bucket store test'))) return;
    const url = TEST_REDIS_URL;
    const prefix = `kehu:test:${randomBytes(6).toString('hex')}:`;
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    const settings = { maximumAvailable: 100, restoreRate: 10 };
    const a = new RateLimiter(new RedisBucketStore(url, prefix), settings, clock);
    const b = new RateLimiter(new RedisBucketStore(url, prefix), settings, clock);
    try {
      expect((await a.charge('key:1', 60)).allowed).toBe(true);
      const second = await b.charge('key:1', 60); // the other replica sees the same bucket
      expect(second).toMatchObject({ allowed: false, retryAfterSeconds: 2, status: { currentlyAvailable: 40 } });
      clock.advance(2000);
      expect((await b.charge('key:1', 60)).allowed).toBe(true);
      expect((await a.charge('key:1', 0)).status.currentlyAvailable).toBe(0);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
