import { queryStats } from '../../db/query-stats';
import { startTestApp, type TestApp } from '../../test/test-app';
import { addFollowUp, createTeam, newCustomer, type Team } from './customer.test-helpers';

/**
 * customer.prefetch.ts reads a customer's relations in the same statement as the customer, before the scope
 * check has answered. Those rows must never reach a caller who may not see the customer.
 */
let app: TestApp;
let team: Team;
let customerId: string;

const Q = `query($id: ID!) { customer(id: $id) {
  id name contacts { name mobile } primaryContact { name mobile } tags { name } receivable { contracted } creditRating
  followUps(first: 5) { edges { node { content } } }
} }`;
const SECRET = { contact: '保密联系人甲', mobile: '13912345678', followUp: '报价底线九折' };

beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
  customerId = await newCustomer(app, team.token.sales, '杭州保密测试有限公司', {}, { name: SECRET.contact, mobile: SECRET.mobile });
  await addFollowUp(app, team.token.sales, customerId, { content: SECRET.followUp });
});
afterAll(() => app.close());

describe('the customer 360 prefetch', () => {
  it('reads the relations for a caller who may not see the customer, and returns none of them', async () => {
    await app.ok(Q, { id: customerId }, team.token.sales); // every statement's columns are known: they batch
    queryStats.startCapture();
    const res = await app.gql(Q, { id: customerId }, team.token.outsider);
    const sent = queryStats.stopCapture();
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ customer: null });
    const body = JSON.stringify(res);
    for (const secret of Object.values(SECRET)) expect(body).not.toContain(secret);
    // The relations were read (so this proves something): the contacts went out with the customer's lookup.
    expect(sent.some((s) => /FROM contacts/.test(s.sql) && /FROM customers/.test(s.sql))).toBe(true);
  });

  it('returns them to the owner (the same query, the same rows)', async () => {
    const mine = await app.ok(Q, { id: customerId }, team.token.sales);
    expect(mine.customer.contacts).toEqual([{ name: SECRET.contact, mobile: SECRET.mobile }]);
    expect(mine.customer.primaryContact).toEqual({ name: SECRET.contact, mobile: SECRET.mobile });
    expect(mine.customer.followUps.edges.map((e: { node: { content: string } }) => e.node.content)).toEqual([SECRET.followUp]);
  });
});
