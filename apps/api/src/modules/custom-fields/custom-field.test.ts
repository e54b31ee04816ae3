import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, errorOf, newCustomer, type Team } from '../customers/customer.test-helpers';

/** Custom field definitions: admins create, update (versioned) and delete them; values follow. */
let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(() => app.close());

const CREATE = `mutation($i: CustomFieldInput!) { createCustomField(input: $i) { id key label kind options required position version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: UpdateCustomFieldInput!) { updateCustomField(id: $id, version: $v, input: $i) { id label options required position version } }`;
const DELETE = `mutation($id: ID!) { deleteCustomField(id: $id) }`;
const LIST = `{ customFields { key label position } }`;

describe('custom fields', () => {
  it('admins create, list in form order, update and delete definitions', async () => {
    const level = (
      await app.ok(
        CREATE,
        { i: { key: 'level', label: '客户级别', kind: 'SELECT', options: ['A', 'B', 'A', ' '], position: 2 } },
        team.token.admin,
      )
    ).createCustomField;
    expect(level).toMatchObject({ key: 'level', kind: 'SELECT', options: ['A', 'B'], required: false, position: 2, version: 1 });
    await app.ok(CREATE, { i: { key: 'budget', label: '年预算', kind: 'NUMBER', position: 1 } }, team.token.admin);
    expect((await app.ok(LIST, {}, team.token.sales)).customFields.map((f: any) => f.key)).toEqual(['budget', 'level']);

    const updated = (
      await app.ok(UPDATE, { id: level.id, v: 1, i: { label: '级别', options: ['A', 'B', 'C'], required: false } }, team.token.admin)
    ).updateCustomField;
    expect(updated).toMatchObject({ label: '级别', options: ['A', 'B', 'C'], version: 2 });
    expect(errorOf(await app.gql(UPDATE, { id: level.id, v: 1, i: { label: '旧版本' } }, team.token.admin)).code).toBe('CONFLICT');

    // Deleting a definition removes its values from every customer.
    const id = await newCustomer(app, team.token.sales, '自定义字段测试公司', { customFields: { level: 'C', budget: 5 } });
    expect((await app.ok(DELETE, { id: level.id }, team.token.admin)).deleteCustomField).toBe(true);
    const [row] = await app.db.dataSource.query(`SELECT custom_fields FROM customers WHERE id = $1`, [id]);
    expect(row.custom_fields).toEqual({ budget: 5 });
    expect((await app.ok(LIST, {}, team.token.sales)).customFields.map((f: any) => f.key)).toEqual(['budget']);
  });

  it('only admins manage definitions', async () => {
    for (const token of [team.token.manager, team.token.sales, team.token.service]) {
      expect(errorOf(await app.gql(CREATE, { i: { key: 'x_field', label: 'X', kind: 'TEXT' } }, token)).code).toBe('FORBIDDEN');
    }
    const f = (await app.ok(CREATE, { i: { key: 'region_code', label: '区域编码', kind: 'TEXT' } }, team.token.admin)).createCustomField;
    expect(errorOf(await app.gql(UPDATE, { id: f.id, v: 1, i: { label: 'Y' } }, team.token.manager)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(DELETE, { id: f.id }, team.token.sales)).code).toBe('FORBIDDEN');
  });

  it('validates definitions with field-named errors', async () => {
    const bad = (i: Record<string, unknown>) =>
      app.gql(CREATE, { i: { key: 'ok_key', label: '标签', kind: 'TEXT', ...i } }, team.token.admin);
    expect(errorOf(await bad({ key: 'Bad-Key' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.key' });
    expect(errorOf(await bad({ key: 'budget' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.key' }); // taken
    expect(errorOf(await bad({ label: ' ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.label' });
    expect(errorOf(await bad({ kind: 'SELECT', options: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.options' });
    expect(errorOf(await bad({ kind: 'NUMBER', options: ['1'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.options' });
    expect(errorOf(await bad({ kind: 'COLOUR' })).code).toBe('BAD_USER_INPUT');
    expect(
      errorOf(await app.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', v: 1, i: { label: 'Z' } }, team.token.admin)).code,
    ).toBe('NOT_FOUND');
  });
});
