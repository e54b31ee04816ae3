import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { ADD_CONTACT, addFollowUp, createTeam, newCustomer, nextMobile, type Team } from './customer.test-helpers';

/** Relations go through per-request DataLoaders: the SQL statements of a request do not grow with its rows. */
let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
});
afterAll(() => app.close());

const LIST = `query($owner: ID!) {
  customers(filter: { ownerIds: [$owner] }, first: 50) {
    edges { node { id name owner { id name } primaryContact { id name } contacts { id name mobile } tags { id name } } }
  }
}`;

const DETAIL = `query($id: ID!) {
  customer(id: $id) {
    id name owner { id name } createdBy { id }
    contacts { id name customer { id } } primaryContact { id }
    tags { id name }
    followUps(first: 50) { totalCount edges { node { id author { id name } contact { id name } customer { id } } } }
    changeLog(first: 50) { totalCount edges { node { id action actor { id name } changes { field } } } }
  }
}`;

describe('statement counts', () => {
  it('customers(first: 50) with owner, contacts, primary contact and tags: the same for 1 and for 50 customers', async () => {
    const one = await createUser(app.db.dataSource, { name: '一个客户的销售' });
    const many = await createUser(app.db.dataSource, { name: '五十个客户的销售' });
    for (const [owner, n] of [
      [one, 1],
      [many, 50],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const id = await newCustomer(app, team.token.admin, `计数客户${owner.id.slice(0, 4)}${i}号有限公司`, {
          ownerId: owner.id,
          tags: ['甲', `乙${i}`],
        });
        await app.ok(ADD_CONTACT, { c: id, input: { name: '第二联系人', mobile: nextMobile() } }, team.token.admin);
      }
    }
    await app.ok(LIST, { owner: many.id }, team.token.admin); // the first run teaches db/prepared.ts each statement's columns
    const small = await app.gql(LIST, { owner: one.id }, team.token.admin);
    const large = await app.gql(LIST, { owner: many.id }, team.token.admin);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data!.customers.edges).toHaveLength(1);
    expect(large.data!.customers.edges).toHaveLength(50);
    expect(large.data!.customers.edges[7].node.contacts).toHaveLength(2);
    expect(large.data!.customers.edges[7].node.tags).toHaveLength(2);
    expect(large.statements).toBe(small.statements);
    // The signed-in user, the page, then every relation of the page in one statement (db/prepared.ts).
    expect(large.statements).toBeLessThanOrEqual(3);
  });

  it('customer(id) with every relation: the same for 1 and for 50 related rows', async () => {
    // The same shape with one row each: owned by the salesperson, one follow-up by them about the (only) contact.
    const small = await newCustomer(app, team.token.admin, '关系少的客户有限公司', { tags: ['单个标签'], ownerId: team.sales.id });
    const smallContact = (await app.ok(`query($id: ID!) { customer(id: $id) { primaryContact { id } } }`, { id: small }, team.token.admin))
      .customer.primaryContact.id;
    await addFollowUp(app, team.token.sales, small, { contactId: smallContact });

    const large = await newCustomer(app, team.token.admin, '关系多的客户有限公司', {
      tags: Array.from({ length: 50 }, (_, i) => `标签${i}`),
      ownerId: team.sales.id,
    });
    const contactIds: string[] = [];
    for (let i = 0; i < 49; i++) {
      contactIds.push(
        (await app.ok(ADD_CONTACT, { c: large, input: { name: `联系人${i}`, mobile: nextMobile() } }, team.token.admin)).createContact.id,
      );
    }
    for (let i = 0; i < 50; i++) {
      // Different authors and contacts, so the author and contact loaders really batch many keys.
      const token = i % 2 ? team.token.sales : team.token.admin;
      await addFollowUp(app, token, large, {
        at: new Date(Date.parse('2026-03-01T00:00:00Z') + i * 3600_000).toISOString(),
        contactId: contactIds[i % 49],
      });
    }
    await app.ok(DETAIL, { id: large }, team.token.admin); // teaches db/prepared.ts each statement's columns
    const s = await app.gql(DETAIL, { id: small }, team.token.admin);
    const l = await app.gql(DETAIL, { id: large }, team.token.admin);
    expect(s.errors).toBeUndefined();
    expect(l.errors).toBeUndefined();
    const c = l.data!.customer;
    expect(c.contacts).toHaveLength(50);
    expect(c.tags).toHaveLength(50);
    expect(c.followUps.edges).toHaveLength(50);
    expect(c.changeLog.edges).toHaveLength(50);
    expect(s.data!.customer.followUps.edges).toHaveLength(1);
    expect(l.statements).toBe(s.statements);
    // The user, the customer with its relations (one statement, customer.prefetch.ts), then the people and
    // contacts those rows name.
    expect(l.statements).toBeLessThanOrEqual(3);
  });

  it('customer(id) asks for its relations in the same statement as the customer itself', async () => {
    const Q = `query($id: ID!) { customer(id: $id) {
      id name owner { name } primaryContact { name } contacts { name } tags { name }
      followUps(first: 20) { totalCount edges { node { id author { name } } } }
      receivable { outstanding } creditRating opportunities(first: 10) { name } contracts(first: 10) { number }
      paymentPlans(first: 10) { amount } receipts(first: 10) { amount } invoices(first: 10) { number }
    } }`;
    const id = await newCustomer(app, team.token.sales, '一次取齐有限公司', { tags: ['甲'] });
    await addFollowUp(app, team.token.sales, id);
    await app.ok(Q, { id }, team.token.sales); // teaches db/prepared.ts each statement's columns
    const res = await app.gql(Q, { id }, team.token.sales);
    expect(res.errors).toBeUndefined();
    expect(res.data!.customer).toMatchObject({
      name: '一次取齐有限公司',
      owner: { name: '李销售' },
      tags: [{ name: '甲' }],
      followUps: { totalCount: 1 },
    });
    // The signed-in user, then everything else: the owner and the author are the caller, whose row is in hand.
    expect(res.statements).toBe(2);

    // A customer the caller may not see: its relations were read alongside and dropped, none is returned.
    const hidden = await newCustomer(app, team.token.admin, '看不见的一次取齐有限公司');
    const other = await app.gql(Q, { id: hidden }, team.token.outsider);
    expect(other.errors).toBeUndefined();
    expect(other.data!.customer).toBeNull();
  });
});
