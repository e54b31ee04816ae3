import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, insertCustomer } from '../team/team-fixtures';

let app: TestApp;
let team: Awaited<ReturnType<typeof createTeam>>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app.db.dataSource);
  for (const [key, u] of Object.entries(team)) tokens[key] = await app.login(u.email);
});
afterAll(() => app.close());

const SHARE = `mutation($c: ID!, $u: [ID!]!, $e: Boolean!, $x: DateTimeISO) { shareCustomer(customerId: $c, userIds: $u, canEdit: $e, expiresAt: $x) { user { id } canEdit expiresAt sharedBy { id } } }`;
const UNSHARE = `mutation($c: ID!, $u: [ID!]!) { unshareCustomer(customerId: $c, userIds: $u) { user { id } } }`;
const GET = `query($id: ID!) { customer(id: $id) { id name contacts { name } shares { user { id } canEdit } } }`;
const SHARED = `{ customers(first: 100, filter: { ownership: SHARED_WITH_ME }) { edges { node { id } } } }`;
const RENAME = `mutation($id: ID!, $v: Int!, $n: String!) { updateCustomer(id: $id, version: $v, input: { name: $n }) { name } }`;
const version = async (id: string) => (await app.db.dataSource.query(`SELECT version FROM customers WHERE id = $1`, [id]))[0].version;

describe('sharing', () => {
  it('shares read-only, lists it under SHARED_WITH_ME, and unshares', async () => {
    const c = await insertCustomer(app.db.dataSource, { ownerId: team.sales1.id });
    expect((await app.ok(GET, { id: c.id }, tokens.sales2)).customer).toBeNull();

    const shares = await app.ok(SHARE, { c: c.id, u: [team.sales2.id], e: false }, tokens.sales1);
    expect(shares.shareCustomer).toEqual([
      { user: { id: team.sales2.id }, canEdit: false, expiresAt: null, sharedBy: { id: team.sales1.id } },
    ]);
    const seen = await app.ok(GET, { id: c.id }, tokens.sales2);
    expect(seen.customer).toMatchObject({ id: c.id, contacts: [{ name: expect.stringContaining('联系人') }] });
    expect((await app.ok(SHARED, {}, tokens.sales2)).customers.edges.map((e: any) => e.node.id)).toEqual([c.id]);
    expect((await app.ok(SHARED, {}, tokens.sales1)).customers.edges).toEqual([]);

    // Read-only: no edits, and a recipient cannot pass it on.
    expect(
      (await app.gql(RENAME, { id: c.id, v: await version(c.id), n: '改名有限公司' }, tokens.sales2)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await app.gql(SHARE, { c: c.id, u: [team.manager.id], e: false }, tokens.sales2)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );

    await app.ok(UNSHARE, { c: c.id, u: [team.sales2.id] }, tokens.sales1);
    expect((await app.ok(GET, { id: c.id }, tokens.sales2)).customer).toBeNull();
    const log = await app.db.dataSource.query(`SELECT action FROM change_logs WHERE customer_id = $1 ORDER BY id`, [c.id]);
    expect(log.map((l: any) => l.action)).toEqual(['SHARE', 'UNSHARE']);
  });

  it('read-write shares allow edits', async () => {
    const c = await insertCustomer(app.db.dataSource, { ownerId: team.sales1.id });
    await app.ok(SHARE, { c: c.id, u: [team.sales2.id], e: true }, tokens.sales1);
    const renamed = await app.ok(RENAME, { id: c.id, v: await version(c.id), n: '协作改名科技有限公司' }, tokens.sales2);
    expect(renamed.updateCustomer.name).toBe('协作改名科技有限公司');
  });

  it('ends at expiresAt, which must lie in the future', async () => {
    const c = await insertCustomer(app.db.dataSource, { ownerId: team.sales1.id });
    const past = await app.gql(
      SHARE,
      { c: c.id, u: [team.sales2.id], e: false, x: new Date(app.clock.now().getTime() - 1000).toISOString() },
      tokens.sales1,
    );
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
    await app.ok(
      SHARE,
      { c: c.id, u: [team.sales2.id], e: true, x: new Date(app.clock.now().getTime() + 86400_000).toISOString() },
      tokens.sales1,
    );
    expect((await app.ok(GET, { id: c.id }, tokens.sales2)).customer.id).toBe(c.id);
    // Time passes (share expiry is compared with the database's clock): the share no longer grants anything.
    await app.db.dataSource.query(`UPDATE customer_shares SET expires_at = now() - interval '1 second' WHERE customer_id = $1`, [c.id]);
    expect((await app.ok(GET, { id: c.id }, tokens.sales2)).customer).toBeNull();
    expect((await app.ok(SHARED, {}, tokens.sales2)).customers.edges.map((e: any) => e.node.id)).not.toContain(c.id);
    expect(
      (await app.gql(RENAME, { id: c.id, v: await version(c.id), n: '过期改名有限公司' }, tokens.sales2)).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await app.ok(GET, { id: c.id }, tokens.sales1)).customer.shares).toEqual([]);
  });

  it('checks who may share and with whom', async () => {
    const c = await insertCustomer(app.db.dataSource, { ownerId: team.sales1.id });
    const pooled = await insertCustomer(app.db.dataSource, { ownerId: null });
    expect((await app.gql(SHARE, { c: c.id, u: [team.sales1.id], e: false }, tokens.sales1)).errors?.[0].extensions?.field).toBe(
      'userIds.0',
    );
    expect((await app.gql(SHARE, { c: c.id, u: [], e: false }, tokens.sales1)).errors?.[0].extensions?.field).toBe('userIds');
    expect((await app.gql(SHARE, { c: pooled.id, u: [team.sales2.id], e: false }, tokens.sales1)).errors?.[0].extensions?.field).toBe(
      'customerId',
    );
    expect((await app.gql(SHARE, { c: c.id, u: [team.sales1.id], e: false }, tokens.sales2)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await app.gql(SHARE, { c: c.id, u: [team.sales2.id], e: false }, tokens.service)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    // The manager above the owner may share it.
    await app.ok(SHARE, { c: c.id, u: [team.service.id], e: false }, tokens.director);
  });
});
