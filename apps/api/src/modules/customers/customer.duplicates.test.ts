import { startTestApp, type TestApp } from '../../test/test-app';
import { CREATE_CUSTOMER, createTeam, errorOf, newCustomer, nextMobile, type Team } from './customer.test-helpers';

/** createCustomer refuses exact duplicates (normalised name or phone); duplicateCandidates shows look-alikes and who holds them. */
let app: TestApp;
let team: Team;
let existing: string;
const MOBILE = '13911112222';
const LANDLINE = '0755-12345678';

beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
  existing = await newCustomer(
    app,
    team.token.admin,
    '北京华信电子科技有限公司',
    { ownerId: team.sales.id },
    { name: '张伟', mobile: MOBILE, phone: LANDLINE },
  );
});
afterAll(() => app.close());

const create = (name: string, contact: Record<string, unknown> = {}, token = team.token.outsider) =>
  app.gql(CREATE_CUSTOMER, { input: { name, contact: { name: '王五', mobile: nextMobile(), ...contact } } }, token);

const CANDIDATES = `query($n: String, $p: String) { duplicateCandidates(name: $n, phone: $p) { customerId name reasons exact visible owner { id name } } }`;

describe('createCustomer refuses an exact duplicate with DUPLICATE, the existing id and its owner', () => {
  it.each([
    ['the same name', '北京华信电子科技有限公司'],
    ['traditional characters', '北京華信電子科技有限公司'],
    ['full-width characters and spaces', '北京　华信电子科技 有限公司'],
    ['another legal-form suffix', '北京华信电子科技股份有限公司'],
    ['brackets and punctuation', '北京华信电子科技（有限责任公司）'],
  ])('%s', async (_why, name) => {
    const err = errorOf(await create(name));
    expect(err).toMatchObject({
      code: 'DUPLICATE',
      field: 'input.name',
      existingCustomerId: existing,
      existingOwnerId: team.sales.id,
      existingOwnerName: '李销售',
    });
    expect(err.message).toContain('李销售');
  });

  it('a full-width Latin name equals its half-width form', async () => {
    await newCustomer(app, team.token.admin, 'ABC Trading Co., Ltd.');
    expect(errorOf(await create('ａｂｃ　ｔｒａｄｉｎｇ　ＬＴＤ')).code).toBe('DUPLICATE');
  });

  it('the same contact phone, however written', async () => {
    const byMobile = errorOf(await create('完全不同的公司甲', { mobile: '+86 139 1111 2222' }));
    expect(byMobile).toMatchObject({
      code: 'DUPLICATE',
      field: 'input.contact.mobile',
      existingCustomerId: existing,
      existingOwnerId: team.sales.id,
    });
    const byLandline = errorOf(await create('完全不同的公司乙', { mobile: null, phone: ' 0755-12345678 ' }));
    expect(byLandline).toMatchObject({ code: 'DUPLICATE', existingCustomerId: existing });
  });

  it('nothing was created by the refused attempts', async () => {
    const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM customers WHERE name_key = '北京华信电子科技'`);
    expect(n).toBe(1);
  });

  it('a branch (分公司) is a different customer', async () => {
    await expect(newCustomer(app, team.token.outsider, '北京华信电子科技有限公司上海分公司')).resolves.toBeTruthy();
  });

  it('adding a contact whose phone another customer uses is refused too', async () => {
    const other = await newCustomer(app, team.token.outsider, '联系人查重测试公司');
    const res = await app.gql(
      `mutation($c: ID!, $i: ContactInput!) { createContact(customerId: $c, input: $i) { id } }`,
      { c: other, i: { name: '重复', mobile: MOBILE } },
      team.token.outsider,
    );
    expect(errorOf(res)).toMatchObject({ code: 'DUPLICATE', existingCustomerId: existing });
  });
});

describe('duplicateCandidates', () => {
  it.each([
    ['the same brand with fewer trade words', '北京华信科技'],
    ['the same brand in another city and trade', '深圳华信软件开发'],
    ['a typo in the trade word', '北京华信电子科枝'],
    ['a homophone typed in the brand (华新 for 华信)', '北京华新电子科技'],
    ['a character more', '北京华信达电子科技'],
    ['a character less', '北京华电子科技'],
    ['two characters swapped', '北京信华电子科技'],
  ])('counts %s as similar', async (_why, name) => {
    const found = (await app.ok(CANDIDATES, { n: name }, team.token.admin)).duplicateCandidates;
    expect(found.find((c: any) => c.customerId === existing)).toMatchObject({ reasons: ['SIMILAR_NAME'], exact: false });
  });

  it.each([
    ['only shares the city and the trade', '北京恒通电子科技有限公司'],
    ['is two characters off', '北京华新电子科枝'],
    ['is a short name one character off (one of four is too much)', '华通科技'],
  ])('does not count a company that %s as similar', async (_why, name) => {
    if ([...name].length < 6) await newCustomer(app, team.token.admin, '华信科技有限公司');
    const found = (await app.ok(CANDIDATES, { n: name }, team.token.admin)).duplicateCandidates;
    expect(found.filter((c: any) => c.name.startsWith('北京华信电子') || c.name.startsWith('华信科技'))).toEqual([]);
  });

  it('ranks the same name first, then one character off, then the same brand', async () => {
    const nearly = await newCustomer(app, team.token.admin, '北京华信电子科枝有限公司');
    const found = (await app.ok(CANDIDATES, { n: '北京华信电子科技' }, team.token.admin)).duplicateCandidates;
    const order = found.map((c: any) => c.customerId);
    expect(order.indexOf(existing)).toBe(0);
    expect(order.indexOf(nearly)).toBe(1);
    await app.ok(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id: nearly }, team.token.admin);
  });

  it('finds similar names and shows who holds them, hiding whether you may open it', async () => {
    const asOutsider = (await app.ok(CANDIDATES, { n: '北京华信电子科技发展' }, team.token.outsider)).duplicateCandidates;
    const hit = asOutsider.find((c: any) => c.customerId === existing);
    expect(hit).toMatchObject({
      name: '北京华信电子科技有限公司',
      reasons: ['SIMILAR_NAME'],
      exact: false,
      visible: false,
      owner: { id: team.sales.id, name: '李销售' },
    });
    const asOwner = (await app.ok(CANDIDATES, { n: '北京华信电子科技发展' }, team.token.sales)).duplicateCandidates;
    expect(asOwner.find((c: any) => c.customerId === existing).visible).toBe(true);
  });

  it('tells the holder of an invisible customer by name only: no email, phone or manager chain', async () => {
    const asking = await app.gql(
      `query($p: String) { duplicateCandidates(phone: $p) { customerId visible owner { id name email phone manager { name } } } }`,
      { p: MOBILE },
      team.token.outsider,
    );
    expect(asking.errors?.[0].message).toMatch(/Cannot query field "email" on type "DuplicateCandidateOwner"/);
    const [hit] = (
      await app.ok(
        `query($p: String) { duplicateCandidates(phone: $p) { customerId visible owner { __typename id name } } }`,
        { p: MOBILE },
        team.token.outsider,
      )
    ).duplicateCandidates;
    expect(hit).toEqual({
      customerId: existing,
      visible: false,
      owner: { __typename: 'DuplicateCandidateOwner', id: team.sales.id, name: '李销售' },
    });
  });

  it('marks exact matches by name and by phone', async () => {
    const byName = (await app.ok(CANDIDATES, { n: '北京華信電子科技' }, team.token.outsider)).duplicateCandidates;
    expect(byName[0]).toMatchObject({ customerId: existing, reasons: ['SAME_NAME'], exact: true });
    const byPhone = (await app.ok(CANDIDATES, { p: '139 1111 2222' }, team.token.outsider)).duplicateCandidates;
    expect(byPhone).toEqual([expect.objectContaining({ customerId: existing, reasons: ['SAME_PHONE'], exact: true })]);
    const both = (await app.ok(CANDIDATES, { n: '北京华信电子科技', p: MOBILE }, team.token.outsider)).duplicateCandidates;
    expect(both[0].reasons.sort()).toEqual(['SAME_NAME', 'SAME_PHONE']);
  });

  it('returns nothing for unrelated names, and refuses a malformed phone by field', async () => {
    expect((await app.ok(CANDIDATES, { n: '毫不相干的名字' }, team.token.outsider)).duplicateCandidates).toEqual([]);
    expect(errorOf(await app.gql(CANDIDATES, { p: '12' }, team.token.outsider))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
  });

  it('ignores customers in the recycle bin, which no longer block a new customer of that name', async () => {
    const id = await newCustomer(app, team.token.outsider, '回收站里的公司');
    await app.ok(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id }, team.token.outsider);
    expect((await app.ok(CANDIDATES, { n: '回收站里的公司' }, team.token.outsider)).duplicateCandidates).toEqual([]);
    await expect(newCustomer(app, team.token.outsider, '回收站里的公司')).resolves.toBeTruthy();
  });
});
