import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, errorOf, newCustomer, type Team } from '../customers/customer.test-helpers';

/** Free tags: add (creating new ones, case-insensitive), remove, logged; only within the edit scope. */
let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(() => app.close());

const ADD = `mutation($c: ID!, $n: [String!]!) { addTags(customerId: $c, names: $n) { id tags { name } } }`;
const REMOVE = `mutation($c: ID!, $n: [String!]!) { removeTags(customerId: $c, names: $n) { id tags { name } } }`;
const names = (r: any) => r.tags.map((t: any) => t.name).sort();

describe('tags', () => {
  it('adds and removes tags, ignoring case, blanks and repeats, and logs what changed', async () => {
    const id = await newCustomer(app, team.token.sales, '标签测试甲公司', { tags: ['VIP客户'] });
    const added = (await app.ok(ADD, { c: id, n: ['老客户', ' 老客户 ', 'vip客户', '', '价格敏感'] }, team.token.sales)).addTags;
    expect(names(added)).toEqual(['VIP客户', '价格敏感', '老客户'].sort());
    const removed = (await app.ok(REMOVE, { c: id, n: ['VIP客户', '不存在的标签'] }, team.token.sales)).removeTags;
    expect(names(removed)).toEqual(['价格敏感', '老客户'].sort());
    const log = await app.db.dataSource.query(
      `SELECT action, changes FROM change_logs WHERE customer_id = $1 AND action LIKE 'TAG_%' ORDER BY id`,
      [id],
    );
    expect(log).toEqual([
      { action: 'TAG_ADD', changes: [{ field: 'tags', before: null, after: { value: expect.arrayContaining(['老客户', '价格敏感']) } }] },
      { action: 'TAG_REMOVE', changes: [{ field: 'tags', before: { value: ['VIP客户'] }, after: null }] },
    ]);
    // Adding what is there already changes nothing and logs nothing.
    await app.ok(ADD, { c: id, n: ['老客户'] }, team.token.sales);
    const [{ n }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM change_logs WHERE customer_id = $1 AND action LIKE 'TAG_%'`,
      [id],
    );
    expect(n).toBe(2);
  });

  it('shares one tag row between customers and lists every tag', async () => {
    const a = await newCustomer(app, team.token.sales, '标签测试乙公司', { tags: ['共享标签'] });
    const b = await newCustomer(app, team.token.sales, '标签测试丙公司', { tags: ['共享标签'] });
    const rows = await app.db.dataSource.query(`SELECT DISTINCT tag_id FROM customer_tags WHERE customer_id = ANY($1::uuid[])`, [[a, b]]);
    expect(rows).toHaveLength(1);
    const all = (await app.ok(`{ tags { name } }`, {}, team.token.sales)).tags.map((t: any) => t.name);
    expect(all).toContain('共享标签');
  });

  it('refuses over-long tags by position, and customers outside the edit scope', async () => {
    const id = await newCustomer(app, team.token.sales, '标签测试丁公司');
    expect(errorOf(await app.gql(ADD, { c: id, n: ['好', '长'.repeat(31)] }, team.token.sales))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'names.1',
    });
    expect(errorOf(await app.gql(ADD, { c: id, n: ['外人'] }, team.token.outsider)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(ADD, { c: id, n: ['客服'] }, team.token.service)).code).toBe('FORBIDDEN');
  });
});

describe('deleteTag', () => {
  const DELETE = `mutation($id: ID!) { deleteTag(id: $id) { id name customersUntagged } }`;
  const tagId = async (name: string) =>
    (await app.db.dataSource.query(`SELECT id FROM tags WHERE lower(name) = lower($1)`, [name]))[0]?.id as string | undefined;

  it('removes the tag from every customer and the list, and logs it on each customer', async () => {
    const a = await newCustomer(app, team.token.sales, '删标签测试甲公司', { tags: ['待删标签', '保留标签'] });
    const b = await newCustomer(app, team.token.sales, '删标签测试乙公司', { tags: ['待删标签'] });
    const id = (await tagId('待删标签'))!;
    const res = await app.ok(DELETE, { id }, team.token.sales);
    expect(res.deleteTag).toEqual({ id, name: '待删标签', customersUntagged: 2 });
    expect(await tagId('待删标签')).toBeUndefined();
    const tagsOf = async (c: string) =>
      (await app.ok(`query($id: ID!) { customer(id: $id) { tags { name } } }`, { id: c }, team.token.sales)).customer.tags.map(
        (t: any) => t.name,
      );
    expect(await tagsOf(a)).toEqual(['保留标签']);
    expect(await tagsOf(b)).toEqual([]);
    const log = await app.db.dataSource.query(
      `SELECT customer_id, action, changes, note FROM change_logs WHERE action = 'TAG_REMOVE' AND customer_id = ANY($1::uuid[]) ORDER BY customer_id`,
      [[a, b]],
    );
    expect(log).toHaveLength(2);
    for (const l of log)
      expect(l).toMatchObject({
        action: 'TAG_REMOVE',
        changes: [{ field: 'tags', before: { value: ['待删标签'] }, after: null }],
        note: '标签已删除 (tag deleted)',
      });
    expect((await app.ok(`{ tags { name } }`, {}, team.token.sales)).tags.map((t: any) => t.name)).not.toContain('待删标签');
  });

  it('needs tag.edit, and every customer carrying the tag in your edit scope; an unknown id is NOT_FOUND', async () => {
    await newCustomer(app, team.token.sales, '删标签测试丙公司', { tags: ['别人的标签'] });
    const id = (await tagId('别人的标签'))!;
    expect(errorOf(await app.gql(DELETE, { id }, team.token.service)).code).toBe('FORBIDDEN');
    const outsider = errorOf(await app.gql(DELETE, { id }, team.token.outsider));
    expect(outsider).toMatchObject({ code: 'FORBIDDEN', customers: 1 });
    expect(await tagId('别人的标签')).toBe(id);
    expect(errorOf(await app.gql(DELETE, { id: '00000000-0000-4000-8000-000000000000' }, team.token.admin)).code).toBe('NOT_FOUND');
    expect((await app.ok(DELETE, { id }, team.token.admin)).deleteTag.customersUntagged).toBe(1);
  });
});
