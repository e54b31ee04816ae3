import { startTestApp, type TestApp } from '../../test/test-app';
import { CREATE_CUSTOMER, createTeam, errorOf, newCustomer, nextMobile, type Team } from './customer.test-helpers';

/** Inputs are validated with clear, field-named errors (Chinese first, English in brackets); nothing is written. */
let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
  for (const [key, kind, options] of [
    ['budget', 'NUMBER', null],
    ['level', 'SELECT', ['A', 'B']],
    ['channels', 'MULTI_SELECT', ['线上', '线下']],
    ['signed_on', 'DATE', null],
    ['memo', 'TEXT', null],
  ] as const) {
    await app.ok(
      `mutation($i: CustomFieldInput!) { createCustomField(input: $i) { id } }`,
      { i: { key, label: key, kind, options } },
      team.token.admin,
    );
  }
});
afterAll(() => app.close());

let n = 0;
const create = (input: Record<string, unknown>, contact: Record<string, unknown> = {}) =>
  app.gql(
    CREATE_CUSTOMER,
    { input: { name: `校验测试${++n}号公司`, contact: { name: '张三', mobile: nextMobile(), ...contact }, ...input } },
    team.token.sales,
  );

async function expectField(res: Parameters<typeof errorOf>[0], field: string, text?: RegExp) {
  const err = errorOf(res);
  expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(err.message).toMatch(/[\u4e00-\u9fff]/); // one language: Chinese by default
  expect(err.message).not.toMatch(/\([a-z][a-z ]+\)/i);
  expect(typeof err.messageKey).toBe('string');
  if (text) expect(err.message).toMatch(text);
}

describe('customer fields', () => {
  it('names: empty, too short, too long', async () => {
    await expectField(await create({ name: '   ' }), 'input.name', /不能为空/);
    await expectField(await create({ name: '甲' }), 'input.name', /至少/);
    await expectField(await create({ name: '长'.repeat(101) }), 'input.name', /不能超过 100/);
    await expect(newCustomer(app, team.token.sales, '长'.repeat(100))).resolves.toBeTruthy();
  });

  it('emails, websites, dates and types', async () => {
    await expectField(await create({ email: 'foo@' }), 'input.email');
    await expectField(await create({ email: 'no at sign.cn' }), 'input.email');
    await expectField(await create({ website: 'not a site' }), 'input.website');
    await expectField(await create({ firstContactDate: '2026-03-11' }), 'input.firstContactDate', /不能晚于今天/);
    await expectField(await create({ type: 'WON' }), 'input.type', /合同/);
    const unknownEnum = await create({ grade: 'GOLD' });
    expect(errorOf(unknownEnum).code).toBe('BAD_USER_INPUT');
  });

  it('the first contact: name and a phone are required', async () => {
    await expectField(await create({}, { name: '' }), 'input.contact.name');
    await expectField(await create({}, { mobile: null, phone: null }), 'input.contact.mobile', /至少填写一个/);
    await expectField(await create({}, { name: '长'.repeat(51) }), 'input.contact.name');
  });

  it('mobile numbers', async () => {
    await expectField(await create({}, { mobile: '1380013800' }), 'input.contact.mobile'); // 10 digits
    await expectField(await create({}, { mobile: '12800138000' }), 'input.contact.mobile'); // 12x is no mobile prefix
    await expectField(await create({}, { mobile: '010-88886666' }), 'input.contact.mobile', /手机/); // a landline in the mobile field
    await expect(newCustomer(app, team.token.sales, '手机格式甲公司', {}, { mobile: '+86 138 0013 8000' })).resolves.toBeTruthy();
  });

  it('landline numbers', async () => {
    await expectField(await create({}, { mobile: null, phone: '88886666' }), 'input.contact.phone'); // no area code
    await expectField(await create({}, { mobile: null, phone: '12345' }), 'input.contact.phone');
    await expectField(await create({}, { mobile: null, phone: 'abc-defg' }), 'input.contact.phone');
    for (const phone of ['010-88886666', '0755-12345678-801', '400-800-1234']) {
      await expect(newCustomer(app, team.token.sales, `座机格式${phone}公司`, {}, { mobile: null, phone })).resolves.toBeTruthy();
    }
  });

  it('contact emails', async () => {
    await expectField(await create({}, { email: 'zhang@@qq.com' }), 'input.contact.email');
  });
});

describe('custom field values', () => {
  it.each([
    ['budget', 'fifty thousand', /数字/],
    ['level', 'C', /之一/],
    ['channels', '线上', /选择/],
    ['channels', ['线上', '电话'], /选择/],
    ['signed_on', '2026/03/01', /日期/],
    ['memo', 42, /文本/],
  ])('%s = %j is refused naming the field', async (key, value, text) => {
    await expectField(await create({ customFields: { [key]: value } }), `input.customFields.${key}`, text);
  });

  it('refuses an unknown custom field', async () => {
    await expectField(await create({ customFields: { nope: 1 } }), 'input.customFields.nope', /没有名为 nope/);
  });

  it('stores valid values of every kind', async () => {
    const values = { budget: 50000.5, level: 'A', channels: ['线上', '线下', '线上'], signed_on: '2026-03-01', memo: ' 展会认识 ' };
    const res = await app.ok(
      `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customFields } }`,
      { input: { name: '自定义字段合法公司', contact: { name: '张三', mobile: nextMobile() }, customFields: values } },
      team.token.sales,
    );
    expect(res.createCustomer.customFields).toEqual({
      budget: 50000.5,
      level: 'A',
      channels: ['线上', '线下'],
      signed_on: '2026-03-01',
      memo: '展会认识',
    });
  });

  it('requires a required field on create', async () => {
    const field = await app.ok(
      `mutation { createCustomField(input: { key: "tax_no", label: "税号", kind: TEXT, required: true }) { id version } }`,
      {},
      team.token.admin,
    );
    await expectField(await create({}), 'input.customFields.tax_no', /必填/);
    await app.ok(`mutation($id: ID!) { deleteCustomField(id: $id) }`, { id: field.createCustomField.id }, team.token.admin);
  });

  it('nothing was written by refused inputs', async () => {
    const [{ c }] = await app.db.dataSource.query(`SELECT count(*)::int AS c FROM customers WHERE name LIKE '校验测试%'`);
    expect(c).toBe(0);
  });
});

describe('bidirectional control characters', () => {
  it('are stripped from customer, contact and user names before they are stored', async () => {
    const RLO = '\u202E';
    const res = await app.ok(
      `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { name contacts { name } } }`,
      { input: { name: `${RLO}双向控制\u2066符号\u2069测试有限公司\u200F`, contact: { name: `张${RLO}三\u200E`, mobile: nextMobile() } } },
      team.token.sales,
    );
    expect(res.createCustomer.name).toBe('双向控制符号测试有限公司');
    expect(res.createCustomer.contacts[0].name).toBe('张三');
    const user = await app.ok(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { name } }`,
      { i: { name: `王${RLO}五\u202A`, email: 'bidi@validation.test', role: 'SALES', password: 'Kehu@2026!' } },
      team.token.admin,
    );
    expect(user.createUser.name).toBe('王五');
  });
});
