import { startTestApp, type TestApp } from '../../test/test-app';
import { registerDeleteGuard } from './customer.service';
import { createTeam, errorOf, newCustomer, type Team } from './customer.test-helpers';

/** Recycle bin (delete / restore / purge), deactivate / reactivate, and their change-log entries. */
let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
  // The contracts feature registers this guard; registering it here keeps the test independent of that module.
  registerDeleteGuard(async (em, customerId) =>
    (await em.query(`SELECT 1 FROM contracts WHERE customer_id = $1 LIMIT 1`, [customerId])).length ? '该客户有合同' : null,
  );
});
afterAll(() => app.close());

const DELETE = `mutation($id: ID!) { deleteCustomer(id: $id) { id deletedAt version } }`;
const RESTORE = `mutation($id: ID!) { restoreCustomer(id: $id) { id deletedAt } }`;
const PURGE = `mutation($id: ID!) { purgeCustomer(id: $id) }`;
const BIN = `query($first: Int, $after: String) { recycleBin(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name deletedAt } } } }`;
const GET = `query($id: ID!) { customer(id: $id) { id status changeLog(first: 20) { edges { node { action note changes { field before after } } } } } }`;
const logOf = async (id: string) => (await app.ok(GET, { id }, team.token.admin)).customer.changeLog.edges.map((e: any) => e.node);
const listIds = async (token: string) =>
  (await app.ok(`{ customers(first: 100) { edges { node { id } } } }`, {}, token)).customers.edges.map((e: any) => e.node.id);

describe('recycle bin', () => {
  it('delete moves a customer to the bin, restore brings it back, both logged', async () => {
    const id = await newCustomer(app, team.token.sales, '回收站测试有限公司');
    const deleted = (await app.ok(DELETE, { id }, team.token.sales)).deleteCustomer;
    expect(deleted.deletedAt).toBe('2026-03-10T02:00:00.000Z');
    expect((await app.ok(GET, { id }, team.token.sales)).customer).toBeNull();
    expect(await listIds(team.token.sales)).not.toContain(id);
    const bin = (await app.ok(BIN, {}, team.token.sales)).recycleBin;
    expect(bin.edges.map((e: any) => e.node.id)).toContain(id);
    // Someone outside the edit scope does not see it in their bin.
    expect((await app.ok(BIN, {}, team.token.outsider)).recycleBin.edges.map((e: any) => e.node.id)).not.toContain(id);

    app.clock.advanceDays(1);
    expect((await app.ok(RESTORE, { id }, team.token.sales)).restoreCustomer.deletedAt).toBeNull();
    expect(await listIds(team.token.sales)).toContain(id);
    const [restore, del] = await logOf(id);
    expect(del).toMatchObject({
      action: 'DELETE',
      changes: [{ field: 'deletedAt', before: { value: null }, after: { value: '2026-03-10T02:00:00.000Z' } }],
    });
    expect(restore).toMatchObject({ action: 'RESTORE', changes: [{ field: 'deletedAt', after: { value: null } }] });
    expect(restore.changes[0].before.value).toMatch(/^2026-03-10T02:00:00/);
  });

  it('restore is refused while a live customer holds the name; restoring a live one is an input error', async () => {
    const old = await newCustomer(app, team.token.sales, '同名恢复测试公司');
    await app.ok(DELETE, { id: old }, team.token.sales);
    const fresh = await newCustomer(app, team.token.sales, '同名恢复测试有限公司');
    expect(errorOf(await app.gql(RESTORE, { id: old }, team.token.sales))).toMatchObject({ code: 'DUPLICATE', existingCustomerId: fresh });
    expect(errorOf(await app.gql(RESTORE, { id: fresh }, team.token.sales))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('purge deletes for good, with everything under the customer (admins only, bin only)', async () => {
    const id = await newCustomer(app, team.token.sales, '彻底删除测试公司');
    expect(errorOf(await app.gql(PURGE, { id }, team.token.admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    await app.ok(DELETE, { id }, team.token.sales);
    expect(errorOf(await app.gql(PURGE, { id }, team.token.sales)).code).toBe('FORBIDDEN');
    expect((await app.ok(PURGE, { id }, team.token.admin)).purgeCustomer).toBe(true);
    const ds = app.db.dataSource;
    expect(await ds.query(`SELECT 1 FROM customers WHERE id = $1`, [id])).toEqual([]);
    expect(await ds.query(`SELECT 1 FROM contacts WHERE customer_id = $1`, [id])).toEqual([]);
    const [purge] = await ds.query(`SELECT action, note FROM change_logs WHERE customer_id = $1 ORDER BY id DESC LIMIT 1`, [id]);
    expect(purge).toEqual({ action: 'PURGE', note: '彻底删除测试公司' });
  });

  it('pages through the bin by cursor', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await newCustomer(app, team.token.outsider, `分页回收${i}号公司`);
      app.clock.advance(60_000);
      await app.ok(DELETE, { id }, team.token.outsider);
      ids.push(id);
    }
    const p1 = (await app.ok(BIN, { first: 3 }, team.token.outsider)).recycleBin;
    const p2 = (await app.ok(BIN, { first: 3, after: p1.pageInfo.endCursor }, team.token.outsider)).recycleBin;
    expect(p1.totalCount).toBe(5);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    expect([...p1.edges, ...p2.edges].map((e: any) => e.node.id)).toEqual([...ids].reverse()); // most recently deleted first
  });
});

describe('deactivate and reactivate', () => {
  it('a customer with contracts cannot be deleted, says why, and is deactivated instead', async () => {
    const id = await newCustomer(app, team.token.sales, '有合同的客户有限公司');
    await app.db.dataSource.query(
      `INSERT INTO contracts (customer_id, owner_id, number, title) VALUES ($1, $2, 'HT-0001', '年度框架合同')`,
      [id, team.sales.id],
    );
    const refused = errorOf(await app.gql(DELETE, { id }, team.token.sales));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(refused.message).toContain('合同');
    expect(refused).toMatchObject({ messageKey: 'customers.customerCannotDeleted' });
    expect(refused.message).toContain('请改为停用');

    const off = await app.ok(
      `mutation($id: ID!) { deactivateCustomer(id: $id, reason: "已停止合作") { status version } }`,
      { id },
      team.token.sales,
    );
    expect(off.deactivateCustomer.status).toBe('DEACTIVATED');
    expect(errorOf(await app.gql(`mutation($id: ID!) { deactivateCustomer(id: $id) { status } }`, { id }, team.token.sales)).code).toBe(
      'BAD_USER_INPUT',
    );
    // Still listed (with its history), filterable by status.
    const deactivated = await app.ok(`{ customers(filter: { status: DEACTIVATED }) { edges { node { id } } } }`, {}, team.token.sales);
    expect(deactivated.customers.edges.map((e: any) => e.node.id)).toEqual([id]);

    const on = await app.ok(`mutation($id: ID!) { reactivateCustomer(id: $id) { status } }`, { id }, team.token.sales);
    expect(on.reactivateCustomer.status).toBe('ACTIVE');
    const [re, de] = await logOf(id);
    expect(de).toMatchObject({
      action: 'DEACTIVATE',
      note: '已停止合作',
      changes: [{ field: 'status', before: { value: 'ACTIVE' }, after: { value: 'DEACTIVATED' } }],
    });
    expect(re).toMatchObject({
      action: 'REACTIVATE',
      changes: [{ field: 'status', before: { value: 'DEACTIVATED' }, after: { value: 'ACTIVE' } }],
    });
  });

  it('only within the edit scope', async () => {
    const id = await newCustomer(app, team.token.sales, '停用权限测试公司');
    expect(errorOf(await app.gql(`mutation($id: ID!) { deactivateCustomer(id: $id) { status } }`, { id }, team.token.outsider)).code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await app.gql(DELETE, { id }, team.token.service)).code).toBe('FORBIDDEN');
  });
});
