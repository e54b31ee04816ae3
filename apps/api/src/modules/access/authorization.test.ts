import { randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { createTeam, insertCustomer, randomMobile } from '../team/team-fixtures';
import { MUTATION_EXPECTATIONS, QUERY_EXPECTATIONS, type AccessExpectation, type Fixture, type Outcome, type RoleKey } from './access-expectations';

/**
 * Signs in as each role and calls every root operation of the schema against a customer of someone else,
 * proving each role gets exactly its scope. The operations come from the schema itself: a new one without
 * an entry in access-expectations.ts fails here.
 */
let app: TestApp;
let team: Awaited<ReturnType<typeof createTeam>>;
const tokens = {} as Record<RoleKey, string>;

beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app.db.dataSource);
  tokens.admin = await app.login(team.admin.email);
  tokens.director = await app.login(team.director.email);
  tokens.sales = await app.login(team.sales1.email);
  tokens.service = await app.login(team.service.email);
});
afterAll(() => app.close());

async function fixture(): Promise<Fixture> {
  const ds = app.db.dataSource;
  const secret = `机密${randomBytes(4).toString('hex')}`;
  // The owner is sales2: the colleague of `sales`, two levels below `director`.
  const target = await insertCustomer(ds, { ownerId: team.sales2.id, secret });
  const deleted = await insertCustomer(ds, { ownerId: team.sales2.id, secret: `${secret}删` });
  await ds.query(`UPDATE customers SET deleted_at = now(), deleted_by_id = $2 WHERE id = $1`, [deleted.id, team.sales2.id]);
  const [{ id: contactId }] = await ds.query(
    `INSERT INTO contacts (customer_id, name, mobile) VALUES ($1, $2, $3) RETURNING id`,
    [target.id, `第二联系人${secret}`, randomMobile()],
  );
  const pooled = await insertCustomer(ds, { ownerId: null });
  const [{ id: customFieldId }] = await ds.query(
    `INSERT INTO custom_fields (key, label, kind) VALUES ($1, '字段', 'TEXT') RETURNING id`,
    [`k_${randomBytes(4).toString('hex')}`],
  );
  const spare = await createUser(ds, { role: 'SALES' });
  return {
    customerId: target.id, contactId, followUpId: target.followUpId!, version: 1, secret,
    deletedCustomerId: deleted.id, poolCustomerId: pooled.id, customFieldId, spareUserId: spare.id, spareUserVersion: spare.version,
    users: { admin: team.admin.id, director: team.director.id, manager: team.manager.id, owner: team.sales2.id, sales: team.sales1.id, service: team.service.id },
  };
}

const DENIED_CODES = ['NOT_FOUND', 'FORBIDDEN'];

/** True when the response carries no value at all: null root field, or lists/connections without items. */
function empty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('edges' in o) return (o.edges as unknown[]).length === 0;
    return false;
  }
  return false;
}

async function check(kind: 'Query' | 'Mutation', name: string, exp: AccessExpectation, role: RoleKey) {
  const f = await fixture();
  if (exp.setup === 'deactivateCustomer') await app.db.dataSource.query(`UPDATE customers SET status = 'DEACTIVATED' WHERE id = $1`, [f.customerId]);
  const { query, variables } = exp.call(f);
  const res = await app.gql(query, variables, tokens[role]);
  const body = JSON.stringify({ data: res.data, errors: res.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })) });
  const expected: Outcome = exp.expect[role];
  const where = `${kind}.${name} as ${role}: ${body.slice(0, 600)}`;
  const code = res.errors?.[0]?.extensions?.code;

  if (expected === 'ok') {
    expect({ where, code }).toEqual({ where, code: undefined });
    if (exp.reveals) expect({ where, reveals: body.includes(f.secret) }).toEqual({ where, reveals: true });
    return;
  }
  // Whatever the refusal, the other person's customer never appears in it.
  expect({ where, leaks: body.includes(f.secret) }).toEqual({ where, leaks: false });
  if (expected === 'denied') {
    const ok = code ? DENIED_CODES.includes(code) : empty((res.data ?? {})[name]);
    expect({ where, denied: ok }).toEqual({ where, denied: true });
  } else {
    expect({ where, code }).toEqual({ where, code: expected });
  }
}

describe('every root operation has an access expectation', () => {
  it('covers the whole schema (walked by introspection)', async () => {
    const data = await app.ok(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
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

  it('service staff read but cannot update a customer', async () => {
    const f = await fixture();
    const res = await app.gql(`mutation($id: ID!) { updateCustomer(id: $id, version: 1, input: { remark: "x" }) { id } }`, { id: f.customerId }, tokens.service);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ remark }] = await app.db.dataSource.query(`SELECT remark FROM customers WHERE id = $1`, [f.customerId]);
    expect(remark).toBeNull();
  });
});
