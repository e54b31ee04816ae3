import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam } from '../team/team-fixtures';
import { createFixture } from './authorization-fixture';
import {
  MUTATION_EXPECTATIONS,
  QUERY_EXPECTATIONS,
  type AccessExpectation,
  type Fixture,
  type Outcome,
  type RoleKey,
} from './access-expectations';

/**
 * Signs in as each role and calls every root operation of the schema against a customer of someone else,
 * proving each role gets exactly its scope. The operations come from the schema itself: a new one without
 * an entry in access-expectations.ts fails here.
 */
let app: TestApp;
let team: Awaited<ReturnType<typeof createTeam>>;
const tokens = {} as Record<RoleKey, string>;
const emails = {} as Record<RoleKey, string>;

beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app.db.dataSource);
  tokens.admin = await app.login(team.admin.email);
  tokens.director = await app.login(team.director.email);
  tokens.sales = await app.login(team.sales1.email);
  tokens.service = await app.login(team.service.email);
  Object.assign(emails, { admin: team.admin.email, director: team.director.email, sales: team.sales1.email, service: team.service.email });
});
afterAll(() => app.close());

const fixture = (): Promise<Fixture> => createFixture(app, team);

const DENIED_CODES = ['NOT_FOUND', 'FORBIDDEN'];

/** True when the response carries no value at all: null root field, or lists/connections without items (or only nulls, as `nodes`). */
function empty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.every((v) => v === null);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('edges' in o) return (o.edges as unknown[]).length === 0;
    return false;
  }
  return false;
}

async function check(kind: 'Query' | 'Mutation', name: string, exp: AccessExpectation, role: RoleKey) {
  const f = await fixture();
  if (exp.setup === 'deactivateCustomer')
    await app.db.dataSource.query(`UPDATE customers SET status = 'DEACTIVATED' WHERE id = $1`, [f.customerId]);
  if (exp.setup === 'tagCustomer') {
    [{ id: f.tagId }] = await app.db.dataSource.query(`INSERT INTO tags (name) VALUES ($1) RETURNING id`, [
      `授权标签${f.customerId.slice(0, 8)}`,
    ]);
    await app.db.dataSource.query(`INSERT INTO customer_tags (customer_id, tag_id) VALUES ($1, $2)`, [f.customerId, f.tagId]);
  }
  const { query, variables } = exp.call(f);
  const token = exp.freshSession ? await app.login(emails[role]) : tokens[role];
  const res = await app.gql(query, variables, token);
  // Signing out everywhere ended the role's shared session too: sign in again for the operations after it.
  if (exp.freshSession) tokens[role] = await app.login(emails[role]);
  const body = JSON.stringify({ data: res.data, errors: res.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })) });
  const expected: Outcome = exp.expect[role];
  const where = `${kind}.${name} as ${role}: ${body.slice(0, 600)}`;
  const code = res.errors?.[0]?.extensions?.code;

  // The colleague never gets the owner's data, whatever the operation answers.
  if (role === 'sales') expect({ where, leaks: body.includes(f.secret) }).toEqual({ where, leaks: false });
  if (expected === 'ok') {
    expect({ where, code }).toEqual({ where, code: undefined });
    if (exp.reveals) expect({ where, reveals: body.includes(f.secret) }).toEqual({ where, reveals: true });
    return;
  }
  // Whatever the refusal, the other person's customer never appears in it.
  expect({ where, leaks: body.includes(f.secret) }).toEqual({ where, leaks: false });
  if (expected === 'scoped') {
    expect({ where, code }).toEqual({ where, code: undefined });
    return;
  }
  if (expected === 'denied') {
    const ok = code ? DENIED_CODES.includes(code) : empty((res.data ?? {})[name]);
    expect({ where, denied: ok }).toEqual({ where, denied: true });
  } else {
    expect({ where, code }).toEqual({ where, code: expected });
  }
}

describe('every root operation has an access expectation', () => {
  it('covers the whole schema (walked by introspection)', async () => {
    const data = await app.ok(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`, {}, tokens.admin);
    const missing: string[] = [];
    for (const { name } of data.__schema.queryType.fields) if (!QUERY_EXPECTATIONS[name]) missing.push(`Query.${name}`);
    for (const { name } of data.__schema.mutationType.fields) if (!MUTATION_EXPECTATIONS[name]) missing.push(`Mutation.${name}`);
    const message = missing.map((m) => `add an access expectation for ${m} in src/modules/access/access-expectations.ts`);
    expect(message).toEqual([]);

    const present = new Set([...data.__schema.queryType.fields, ...data.__schema.mutationType.fields].map((f: { name: string }) => f.name));
    const stale = [...Object.keys(QUERY_EXPECTATIONS), ...Object.keys(MUTATION_EXPECTATIONS)].filter((n) => !present.has(n));
    expect(stale.map((s) => `remove the expectation for ${s}: no such operation`)).toEqual([]);
  });
});

const ROLES: RoleKey[] = ['admin', 'director', 'sales', 'service'];

describe.each(Object.entries(QUERY_EXPECTATIONS))('Query.%s', (name, exp) => {
  it.each(ROLES)(`as %s gets exactly its scope`, (role) => check('Query', name, exp, role));
});

describe.each(Object.entries(MUTATION_EXPECTATIONS))('Mutation.%s', (name, exp) => {
  it.each(ROLES)(`as %s gets exactly its scope`, (role) => check('Mutation', name, exp, role));
});

describe('the scope at depth and by id', () => {
  it('a manager sees the customer of a subordinate two levels down; a colleague gets null for it and its records', async () => {
    const f = await fixture();
    const Q = `query($id: ID!) { customer(id: $id) { name contacts { name } followUps(first: 5) { edges { node { content } } } } }`;
    const seen = await app.ok(Q, { id: f.customerId }, tokens.director);
    expect(seen.customer.contacts[0].name).toContain(f.secret);
    expect(seen.customer.followUps.edges[0].node.content).toContain(f.secret);
    const hidden = await app.gql(Q, { id: f.customerId }, tokens.sales);
    expect(hidden.data?.customer).toBeNull();
    expect(JSON.stringify(hidden)).not.toContain(f.secret);
  });

  it('a return visit is never given to someone who may not see its customer (its reminder names the customer)', async () => {
    const f = await fixture();
    const PLAN = `mutation($c: ID!, $o: ID, $d: DateTimeISO!) { planVisit(customerId: $c, input: { type: REGULAR, plannedAt: $d, topic: "回访", ownerId: $o }) { id } }`;
    const plannedAt = new Date(Date.now() + 3600_000).toISOString();
    const res = await app.gql(PLAN, { c: f.customerId, o: f.users.sales, d: plannedAt }, tokens.director);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerId' });
    const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM visits WHERE customer_id = $1 AND owner_id = $2`, [
      f.customerId,
      f.users.sales,
    ]);
    expect(n).toBe(0);
    // Service staff read every customer: they may be given the visit.
    await app.ok(PLAN, { c: f.customerId, o: f.users.service, d: plannedAt }, tokens.director);
  });

  it('a deal is never given to someone who may not see its customer (contract reminders name the customer)', async () => {
    const f = await fixture();
    const OPP = `mutation($c: ID!, $o: ID) { createOpportunity(customerId: $c, input: { name: "商机", ownerId: $o }) { id owner { id } } }`;
    const CONTRACT = `mutation($c: ID!, $o: ID) { createContract(input: { customerId: $c, title: "合同", ownerId: $o }) { id owner { id } } }`;
    for (const q of [OPP, CONTRACT]) {
      const res = await app.gql(q, { c: f.customerId, o: f.users.sales }, tokens.director);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerId' });
      const ok = await app.ok(q, { c: f.customerId, o: f.users.owner }, tokens.director);
      expect(Object.values(ok)[0]).toMatchObject({ owner: { id: f.users.owner } });
    }
    const [{ n }] = await app.db.dataSource.query(
      `SELECT (SELECT count(*) FROM opportunities WHERE owner_id = $1) + (SELECT count(*) FROM contracts WHERE owner_id = $1) AS n`,
      [f.users.sales],
    );
    expect(Number(n)).toBe(0);
  });

  it('service staff read but cannot update a customer', async () => {
    const f = await fixture();
    const res = await app.gql(
      `mutation($id: ID!) { updateCustomer(id: $id, version: 1, input: { remark: "x" }) { id } }`,
      { id: f.customerId },
      tokens.service,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ remark }] = await app.db.dataSource.query(`SELECT remark FROM customers WHERE id = $1`, [f.customerId]);
    expect(remark).toBeNull();
  });
});

describe('contract approval', () => {
  const DRAFT = `mutation($c: ID!) { createContract(input: { customerId: $c, title: "审批测试", lines: [{ name: "服务", quantity: "1", unitPrice: "100" }] }) { id version } }`;
  const FLOW = (op: string) => `mutation($id: ID!, $v: Int!) { ${op}(id: $id, version: $v) { id status version } }`;

  it('nobody approves a contract they drafted, not even a manager above the owner or an admin; the other one does', async () => {
    const f = await fixture();
    for (const [author, reviewer] of [
      ['director', 'admin'],
      ['admin', 'director'],
    ] as const) {
      const draft = (await app.ok(DRAFT, { c: f.customerId }, tokens[author])).createContract;
      const pending = (await app.ok(FLOW('submitContract'), { id: draft.id, v: draft.version }, tokens[author])).submitContract;
      const own = await app.gql(FLOW('approveContract'), { id: pending.id, v: pending.version }, tokens[author]);
      expect({ author, code: own.errors?.[0].extensions?.code }).toEqual({ author, code: 'FORBIDDEN' });
      const approved = await app.ok(FLOW('approveContract'), { id: pending.id, v: pending.version }, tokens[reviewer]);
      expect(approved.approveContract.status).toBe('APPROVED');
    }
  });
});
