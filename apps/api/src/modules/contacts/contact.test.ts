import { startTestApp, type TestApp } from '../../test/test-app';
import { ADD_CONTACT, createTeam, errorOf, newCustomer, nextMobile, type Team } from '../customers/customer.test-helpers';

/** Contacts: exactly one primary per customer, setPrimaryContact demotes the old one, the last contact stays. */
let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(() => app.close());

const CONTACTS = `query($id: ID!) { customer(id: $id) { primaryContact { id } contacts { id name isPrimary version } changeLog(first: 5) { edges { node { action entityType changes { field before after } } } } } }`;
const SET_PRIMARY = `mutation($id: ID!) { setPrimaryContact(id: $id) { id isPrimary } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: ContactInput!) { updateContact(id: $id, version: $v, input: $i) { id name title version } }`;
const DELETE = `mutation($id: ID!) { deleteContact(id: $id) }`;
const state = async (id: string) => (await app.ok(CONTACTS, { id }, team.token.sales)).customer;
const primaries = (c: any) => c.contacts.filter((k: any) => k.isPrimary).map((k: any) => k.id);

describe('contacts', () => {
  it('the first contact is primary; a later one only when asked, demoting the old one', async () => {
    const id = await newCustomer(app, team.token.sales, '联系人测试甲公司', {}, { name: '首位' });
    const first = (await state(id)).primaryContact.id;
    const second = (await app.ok(ADD_CONTACT, { c: id, input: { name: '第二位', mobile: nextMobile() } }, team.token.sales)).createContact;
    expect(second.isPrimary).toBe(false);
    expect(primaries(await state(id))).toEqual([first]);
    const third = (await app.ok(ADD_CONTACT, { c: id, input: { name: '第三位' }, p: true }, team.token.sales)).createContact;
    expect(third.isPrimary).toBe(true);
    const s = await state(id);
    expect(primaries(s)).toEqual([third.id]);
    expect(s.contacts[0].id).toBe(third.id); // primary listed first
  });

  it('setPrimaryContact demotes the old primary in the same transaction and logs it', async () => {
    const id = await newCustomer(app, team.token.sales, '联系人测试乙公司');
    const old = (await state(id)).primaryContact.id;
    const other = (await app.ok(ADD_CONTACT, { c: id, input: { name: '候补', mobile: nextMobile() } }, team.token.sales)).createContact.id;
    expect((await app.ok(SET_PRIMARY, { id: other }, team.token.sales)).setPrimaryContact.isPrimary).toBe(true);
    const s = await state(id);
    expect(primaries(s)).toEqual([other]);
    expect(s.primaryContact.id).toBe(other);
    expect(s.changeLog.edges[0].node).toMatchObject({
      action: 'SET_PRIMARY',
      changes: [{ field: 'primaryContactId', before: { value: old }, after: { value: other } }],
    });
    // Setting it again is harmless.
    await app.ok(SET_PRIMARY, { id: other }, team.token.sales);
    expect(primaries(await state(id))).toEqual([other]);
  });

  it('the database allows one primary per customer at most', async () => {
    const id = await newCustomer(app, team.token.sales, '联系人测试丙公司');
    await expect(
      app.db.dataSource.query(`INSERT INTO contacts (customer_id, name, is_primary) VALUES ($1, '第二个首要', true)`, [id]),
    ).rejects.toThrow(/contacts_one_primary/);
  });

  it('cannot delete the last contact; deleting the primary promotes the oldest other', async () => {
    const id = await newCustomer(app, team.token.sales, '联系人测试丁公司');
    const only = (await state(id)).primaryContact.id;
    expect(errorOf(await app.gql(DELETE, { id: only }, team.token.sales))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const next = (await app.ok(ADD_CONTACT, { c: id, input: { name: '接替者', mobile: nextMobile() } }, team.token.sales)).createContact.id;
    expect((await app.ok(DELETE, { id: only }, team.token.sales)).deleteContact).toBe(true);
    const s = await state(id);
    expect(s.contacts.map((k: any) => k.id)).toEqual([next]);
    expect(primaries(s)).toEqual([next]);
    expect(s.changeLog.edges[0].node).toMatchObject({ action: 'DELETE', entityType: 'Contact' });
  });

  it('updateContact: field-named validation, stale version is a CONFLICT, change logged', async () => {
    const id = await newCustomer(app, team.token.sales, '联系人测试戊公司', {}, { name: '老王' });
    const k = (await state(id)).contacts[0];
    const ok = (await app.ok(UPDATE, { id: k.id, v: k.version, i: { name: '王总', title: '总经理' } }, team.token.sales)).updateContact;
    expect(ok).toMatchObject({ name: '王总', title: '总经理', version: k.version + 1 });
    expect(errorOf(await app.gql(UPDATE, { id: k.id, v: k.version, i: { name: '又改' } }, team.token.sales)).code).toBe('CONFLICT');
    expect(errorOf(await app.gql(UPDATE, { id: k.id, v: ok.version, i: { name: '王总', email: 'bad@' } }, team.token.sales))).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'input.email' },
    );
    expect(errorOf(await app.gql(UPDATE, { id: k.id, v: ok.version, i: { name: '王总', mobile: '123' } }, team.token.sales))).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'input.mobile' },
    );
    expect((await state(id)).changeLog.edges[0].node.changes).toEqual(
      expect.arrayContaining([{ field: 'contact.name', before: { value: '老王' }, after: { value: '王总' } }]),
    );
  });

  it('a contact of a customer you cannot see does not exist for you', async () => {
    const id = await newCustomer(app, team.token.sales, '联系人测试己公司');
    const k = (await state(id)).contacts[0];
    expect(errorOf(await app.gql(SET_PRIMARY, { id: k.id }, team.token.outsider)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(DELETE, { id: k.id }, team.token.outsider)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(ADD_CONTACT, { c: id, input: { name: '外人' } }, team.token.outsider)).code).toBe('NOT_FOUND');
  });
});
