import { createHash, randomBytes } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { ManualClock } from '../common/clock';
import { startTestApp, type TestApp } from '../test/test-app';
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
  return { status: res.status, body: (await res.json()) as any };
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
    const tooMany = await post(Array.from({ length: QUERY_LIMITS.maxBatch + 1 }, () => ({ query: '{ me { id } }' })), team.token.sales);
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
    const copies = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: __schema { types { name fields { name args { name type { name } } type { name } } } }`).join(' ')} }`;
    const hundred = await app.gql(copies(100), {}, team.token.sales);
    expect(hundred.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const eight = await app.gql(copies(8), {}, team.token.sales);
    expect(eight.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'INTROSPECTION', limit: QUERY_LIMITS.maxIntrospection });
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
  const PAGE = `{ customers(first: 100) { edges { node { id } } } }`; // 1 + 100 + 100 = 201 points

  it('reports the cost on every response, runs out, tells when to retry, and refills with the clock', async () => {
    const first = await app.gql(PAGE, {}, team.token.outsider);
    expect(costOf(first)).toEqual({
      requestedQueryCost: 201,
      actualQueryCost: 201,
      throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 799, restoreRate: 100 },
    });
    for (let i = 0; i < 3; i++) expect((await app.gql(PAGE, {}, team.token.outsider)).errors).toBeUndefined();
    const refused = await app.gql(PAGE, {}, team.token.outsider);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', cost: 201, retryAfterSeconds: 1 });
    expect(costOf(refused).throttleStatus.currentlyAvailable).toBe(196);
    expect(refused.statements).toBeLessThanOrEqual(1); // the token lookup; the query itself never ran

    // Another user has their own bucket.
    expect((await app.gql(PAGE, {}, team.token.manager)).errors).toBeUndefined();

    app.clock.advance(1000);
    const after = await app.gql(PAGE, {}, team.token.outsider);
    expect(after.errors).toBeUndefined();
    expect(costOf(after).throttleStatus.currentlyAvailable).toBe(296 - 201);
    app.clock.advance(60_000);
    const full = await app.gql(`{ me { id } }`, {}, team.token.outsider);
    expect(costOf(full).throttleStatus.currentlyAvailable).toBe(999);
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
    const wrong = await post({ query: query + ' ', extensions: ext }, team.token.sales);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].message).toContain('does not match');
  });
});

describe('the Redis bucket store', () => {
  it('is shared by every replica and refills atomically', async () => {
    const url = 'redis://127.0.0.1:6379';
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
