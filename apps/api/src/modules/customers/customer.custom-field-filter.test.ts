import { SqlParams } from '../../db/sql';
import { startTestApp, type TestApp } from '../../test/test-app';
import { countCustomers, customerRows } from '../exports/export.customers';
import { checkCustomerFilter } from './customer.custom-field-filter';
import { customerListWhere } from './customer.list';
import { createTeam, newCustomer, type Team } from './customer.test-helpers';

/** customers(filter: { customFields }): by value, option, range and text, checked against the defined fields, in the data scope. */
let app: TestApp;
let team: Team;
const ids: Record<string, string> = {};

const LIST = `query($f: CustomerFilter) { customers(filter: $f, first: 100) { totalCount edges { node { id } } } }`;
const FIELD = `mutation($i: CustomFieldInput!) { createCustomField(input: $i) { id key } }`;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
  const t = team.token.admin;
  for (const i of [
    { key: 'credit_code', label: '信用代码', kind: 'TEXT' },
    { key: 'budget', label: '年采购预算', kind: 'NUMBER' },
    { key: 'signed_on', label: '首签日期', kind: 'DATE' },
    { key: 'level', label: '客户级别', kind: 'SELECT', options: ['A', 'B', 'C'] },
    { key: 'channels', label: '采购渠道', kind: 'MULTI_SELECT', options: ['线上', '线下', '代理'] },
  ]) {
    await app.ok(FIELD, { i }, t);
  }
  const own = { ownerId: team.sales.id };
  ids.a = await newCustomer(app, t, '北京甲科技有限公司', {
    ...own,
    customFields: { credit_code: '91110000ABC', budget: 120000.5, signed_on: '2026-01-15', level: 'A', channels: ['线上', '代理'] },
  });
  ids.b = await newCustomer(app, t, '上海乙贸易有限公司', {
    ...own,
    customFields: { credit_code: '91310000XYZ', budget: 8000, signed_on: '2025-12-31', level: 'B', channels: ['线下'] },
  });
  ids.c = await newCustomer(app, t, '深圳丙电子有限公司', { ...own, customFields: { budget: 50000, level: 'A' } });
  // Not the salesperson's: only those who see it find it.
  ids.x = await newCustomer(app, t, '广州丁网络有限公司', { ownerId: team.outsider.id, customFields: { level: 'A', budget: 120000.5 } });
});
afterAll(() => app.close());

async function names(customFields: unknown[], token = team.token.admin): Promise<string[]> {
  const data = await app.ok(LIST, { f: { customFields } }, token);
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return data.customers.edges
    .map((e: any) => byId[e.node.id])
    .filter(Boolean)
    .sort();
}

async function refused(customFields: unknown[]) {
  const res = await app.gql(LIST, { f: { customFields } }, team.token.admin);
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  return { field: res.errors![0].extensions!.field, message: res.errors![0].message };
}

describe('filter by custom field', () => {
  it('text: exactly, or containing (case-insensitive, wildcards taken literally)', async () => {
    expect(await names([{ key: 'credit_code', equals: '91110000ABC' }])).toEqual(['a']);
    expect(await names([{ key: 'credit_code', contains: 'xyz' }])).toEqual(['b']);
    expect(await names([{ key: 'credit_code', contains: '9%' }])).toEqual([]);
  });

  it('number: equal (numerically) and ranges, inclusive', async () => {
    expect(await names([{ key: 'budget', equals: '120000.50' }])).toEqual(['a', 'x']);
    expect(await names([{ key: 'budget', from: '8000', to: '50000' }])).toEqual(['b', 'c']);
    expect(await names([{ key: 'budget', from: '50000.01' }])).toEqual(['a', 'x']);
    expect(await names([{ key: 'budget', to: '-1' }])).toEqual([]);
  });

  it('date: a day and ranges', async () => {
    expect(await names([{ key: 'signed_on', equals: '2026-01-15' }])).toEqual(['a']);
    expect(await names([{ key: 'signed_on', from: '2025-12-31', to: '2026-01-14' }])).toEqual(['b']);
    expect(await names([{ key: 'signed_on', from: '2026-01-01' }])).toEqual(['a']);
  });

  it('single and multi select: one option, any of several; conditions combine with AND', async () => {
    expect(await names([{ key: 'level', equals: 'A' }])).toEqual(['a', 'c', 'x']);
    expect(await names([{ key: 'level', in: ['B', 'C'] }])).toEqual(['b']);
    expect(await names([{ key: 'channels', equals: '代理' }])).toEqual(['a']);
    expect(await names([{ key: 'channels', in: ['线下', '代理'] }])).toEqual(['a', 'b']);
    expect(
      await names([
        { key: 'level', equals: 'A' },
        { key: 'budget', to: '60000' },
      ]),
    ).toEqual(['c']);
  });

  it("stays in the caller's data scope", async () => {
    expect(await names([{ key: 'level', equals: 'A' }], team.token.sales)).toEqual(['a', 'c']);
    expect(await names([{ key: 'level', equals: 'A' }], team.token.outsider)).toEqual(['x']);
  });

  it('refuses what the field does not take, naming the condition and the field', async () => {
    expect(await refused([{ key: 'nope', equals: '1' }])).toMatchObject({
      field: 'filter.customFields.0.key',
      message: expect.stringContaining('没有名为 nope 的自定义字段'),
    });
    expect(
      await refused([
        { key: 'level', equals: 'A' },
        { key: 'level', equals: 'D' },
      ]),
    ).toMatchObject({
      field: 'filter.customFields.1.equals',
      message: expect.stringContaining('自定义字段「客户级别」没有选项“D”'),
    });
    expect(await refused([{ key: 'budget', from: '十万' }])).toMatchObject({
      field: 'filter.customFields.0.from',
      message: expect.stringContaining('「年采购预算」的筛选值应为数字'),
    });
    expect(await refused([{ key: 'budget', from: '9', to: '1' }])).toMatchObject({ field: 'filter.customFields.0.to' });
    expect(await refused([{ key: 'signed_on', equals: '2026-02-30' }])).toMatchObject({
      field: 'filter.customFields.0.equals',
      message: expect.stringContaining('应为日期'),
    });
    expect(await refused([{ key: 'credit_code', from: 'a' }])).toMatchObject({
      field: 'filter.customFields.0.from',
      message: expect.stringContaining('「信用代码」不能按“范围”筛选'),
    });
    expect(await refused([{ key: 'level', equals: 'A', in: ['B'] }])).toMatchObject({ field: 'filter.customFields.0' });
    expect(await refused([{ key: 'level' }])).toMatchObject({ field: 'filter.customFields.0' });
  });

  it('exports the same customers as the list shows', async () => {
    const ctx = { ...app.services, user: team.sales } as never;
    const filter = { customFields: [{ key: 'level', equals: 'A' }] };
    expect(await countCustomers(ctx, filter)).toBe(2);
    const rows: unknown[][] = [];
    for await (const batch of customerRows(ctx, filter)) rows.push(...batch);
    // Column 0 is the 客户编号, column 1 the name.
    expect(rows.map((r) => r[1]).sort()).toEqual(['北京甲科技有限公司', '深圳丙电子有限公司']);
  });

  it('is answered by the GIN index on custom_fields (values, options and ranges)', async () => {
    // A list of realistic size, where few customers match: the planner's own choice, no knobs.
    await app.db.dataSource.query(
      `INSERT INTO customers (name, name_key, owner_id, created_at, updated_at, custom_fields)
       SELECT '批量客户' || g, '批量客户' || g, $1, now(), now(), jsonb_build_object('level', 'C', 'credit_code', 'X' || g) FROM generate_series(1, 5000) g`,
      [team.outsider.id],
    );
    // VACUUM also moves the GIN index's pending list (fast update) into the index proper, as autovacuum would.
    await app.db.dataSource.query(`VACUUM ANALYZE customers`);
    const ctx = { ...app.services, user: team.admin } as never;
    for (const customFields of [
      [{ key: 'level', in: ['A', 'B'] }],
      [{ key: 'budget', from: '1000' }],
      [{ key: 'channels', equals: '线上' }],
    ]) {
      const params = new SqlParams();
      const where = customerListWhere(ctx, await checkCustomerFilter(ctx, { customFields }), params);
      const plan = (await app.db.dataSource.query(`EXPLAIN SELECT c.id FROM customers c WHERE ${where}`, params.values))
        .map((r: any) => r['QUERY PLAN'])
        .join('\n');
      expect(plan).toContain('Bitmap Index Scan on customers_custom_fields');
    }
  });
});
