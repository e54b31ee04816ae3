import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, errorOf, newCustomer, type Team } from './customer.test-helpers';

/** updateCustomer: optimistic locking, access, duplicates; the change log of create, update and owner change. */
let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
  await app.ok(`mutation { createCustomField(input: { key: "budget", label: "预算", kind: NUMBER }) { id } }`, {}, team.token.admin);
});
afterAll(() => app.close());

const UPDATE = `mutation($id: ID!, $v: Int!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, version: $v, input: $i) { id name grade gradePinned version customFields } }`;
const LOG = `query($id: ID!) { customer(id: $id) { name version changeLog(first: 100) { totalCount edges { node { action entityType entityId note actor { id } changes { field before after } } } } } }`;
const log = async (id: string) => (await app.ok(LOG, { id }, team.token.admin)).customer.changeLog.edges.map((e: any) => e.node);

describe('updateCustomer', () => {
  it('changes the fields given, bumps the version and logs each field before and after', async () => {
    const id = await newCustomer(app, team.token.sales, '更新测试有限公司', { customFields: { budget: 10 } });
    const res = (
      await app.ok(UPDATE, { id, v: 1, i: { name: '更新测试科技有限公司', grade: 'VIP', customFields: { budget: 20 } } }, team.token.sales)
    ).updateCustomer;
    expect(res).toMatchObject({ name: '更新测试科技有限公司', grade: 'VIP', gradePinned: true, version: 2, customFields: { budget: 20 } });
    const [update] = await log(id);
    expect(update).toMatchObject({ action: 'UPDATE', entityType: 'Customer', entityId: id, actor: { id: team.sales.id } });
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: { value: '更新测试有限公司' }, after: { value: '更新测试科技有限公司' } },
        { field: 'grade', before: { value: 'POTENTIAL' }, after: { value: 'VIP' } },
        { field: 'gradePinned', before: { value: false }, after: { value: true } },
        { field: 'customFields', before: { value: { budget: 10 } }, after: { value: { budget: 20 } } },
      ]),
    );
    // The search text follows the new name.
    const found = await app.ok(`{ customers(filter: { search: "测试科技" }) { edges { node { id } } } }`, {}, team.token.sales);
    expect(found.customers.edges.map((e: any) => e.node.id)).toEqual([id]);
  });

  it('a stale version is a CONFLICT and changes nothing', async () => {
    const id = await newCustomer(app, team.token.sales, '并发修改测试公司');
    await app.ok(UPDATE, { id, v: 1, i: { remark: '第一次修改' } }, team.token.sales);
    const before = await app.ok(LOG, { id }, team.token.admin);
    const stale = await app.gql(UPDATE, { id, v: 1, i: { name: '覆盖别人的修改公司', remark: '第二次' } }, team.token.sales);
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await app.ok(LOG, { id }, team.token.admin)).toEqual(before);
    const [row] = await app.db.dataSource.query(`SELECT name, remark, version FROM customers WHERE id = $1`, [id]);
    expect(row).toEqual({ name: '并发修改测试公司', remark: '第一次修改', version: 2 });
  });

  it('an update that changes nothing writes nothing', async () => {
    const id = await newCustomer(app, team.token.sales, '无变化测试公司', { industry: '制造业' });
    const res = (await app.ok(UPDATE, { id, v: 1, i: { industry: ' 制造业 ' } }, team.token.sales)).updateCustomer;
    expect(res.version).toBe(1);
    expect((await log(id)).filter((l: any) => l.action === 'UPDATE')).toEqual([]);
  });

  it('refuses a name another customer holds, and customers outside the edit scope', async () => {
    await newCustomer(app, team.token.outsider, '已被占用的名称有限公司');
    const id = await newCustomer(app, team.token.sales, '想改名的公司');
    expect(errorOf(await app.gql(UPDATE, { id, v: 1, i: { name: '已被占用的名称股份有限公司' } }, team.token.sales)).code).toBe(
      'DUPLICATE',
    );
    expect(errorOf(await app.gql(UPDATE, { id, v: 1, i: { remark: 'x' } }, team.token.outsider)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(UPDATE, { id, v: 1, i: { remark: 'x' } }, team.token.service)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(UPDATE, { id, v: 1, i: { name: '' } }, team.token.sales))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
  });
});

describe('change log', () => {
  it('records the creation of the customer and its first contact, field by field', async () => {
    const id = await newCustomer(
      app,
      team.token.sales,
      '日志测试有限公司',
      { industry: '零售业', tags: ['新客'] },
      { name: '钱七', mobile: '13700001111' },
    );
    const entries = await log(id);
    const customer = entries.find((l: any) => l.action === 'CREATE' && l.entityType === 'Customer');
    expect(customer.actor.id).toBe(team.sales.id);
    expect(customer.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: { value: '日志测试有限公司' } },
        { field: 'industry', before: null, after: { value: '零售业' } },
        { field: 'ownerId', before: null, after: { value: team.sales.id } },
      ]),
    );
    const contact = entries.find((l: any) => l.action === 'CREATE' && l.entityType === 'Contact');
    expect(contact.changes).toEqual(
      expect.arrayContaining([
        { field: 'contact.name', before: null, after: { value: '钱七' } },
        { field: 'contact.mobile', before: null, after: { value: '13700001111' } },
      ]),
    );
  });

  it("records an owner change with the old and new owner (the merge's owner choice)", async () => {
    const master = await newCustomer(app, team.token.sales, '负责人变更甲公司');
    const dup = await newCustomer(app, team.token.admin, '负责人变更乙公司', { ownerId: team.manager.id });
    await app.ok(
      `mutation($m: ID!, $d: [ID!]!, $f: [MergeFieldChoice!]) { mergeCustomers(masterId: $m, duplicateIds: $d, fieldChoices: $f) { master { id } } }`,
      { m: master, d: [dup], f: [{ field: 'ownerId', fromCustomerId: dup }] },
      team.token.manager,
    );
    const merge = (await log(master)).find((l: any) => l.action === 'MERGE');
    expect(merge.changes).toEqual(
      expect.arrayContaining([
        { field: 'ownerId', before: { value: team.sales.id }, after: { value: team.manager.id, fromCustomerId: dup } },
      ]),
    );
    const [row] = await app.db.dataSource.query(`SELECT owner_id, assigned_at FROM customers WHERE id = $1`, [master]);
    expect(row.owner_id).toBe(team.manager.id);
    expect(row.assigned_at.toISOString()).toBe('2026-03-10T02:00:00.000Z');
  });
});
