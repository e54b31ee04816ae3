import { startTestApp, type TestApp } from '../../test/test-app';
import { addFollowUp, createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(() => app.close());

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Customer { name } ... on FollowUp { content } ... on User { name } } }`;

describe('node(id)', () => {
  it('returns any visible record by id with its type', async () => {
    const id = await newCustomer(app, team.token.sales, '节点测试科技有限公司');
    const data = await app.ok(NODE, { id }, team.token.sales);
    expect(data.node).toEqual({ __typename: 'Customer', id, name: '节点测试科技有限公司' });
    const followUpId = await addFollowUp(app, team.token.sales, id, { content: '节点跟进' });
    expect((await app.ok(NODE, { id: followUpId }, team.token.sales)).node).toEqual({ __typename: 'FollowUp', id: followUpId, content: '节点跟进' });
    // The manager above the salesperson sees it too.
    expect((await app.ok(NODE, { id }, team.token.manager)).node.id).toBe(id);
    expect((await app.ok(NODE, { id: team.sales.id }, team.token.sales)).node).toMatchObject({ __typename: 'User', name: '李销售' });
  });

  it('answers null for an invisible record and its children, exactly as for an unknown id', async () => {
    const theirs = await newCustomer(app, team.token.outsider, '别人的节点客户有限公司');
    const theirFollowUp = await addFollowUp(app, team.token.outsider, theirs);
    expect((await app.ok(NODE, { id: theirs }, team.token.sales)).node).toBeNull();
    expect((await app.ok(NODE, { id: theirFollowUp }, team.token.sales)).node).toBeNull();
    expect((await app.ok(NODE, { id: '00000000-0000-4000-8000-000000000000' }, team.token.sales)).node).toBeNull();
    expect((await app.ok(NODE, { id: 'not-a-uuid' }, team.token.sales)).node).toBeNull();
    // Another salesperson's user record is not theirs to open.
    expect((await app.ok(NODE, { id: team.outsider.id }, team.token.sales)).node).toBeNull();
  });

  it('nodes(ids) keeps the order asked, in a fixed number of statements', async () => {
    const a = await newCustomer(app, team.token.sales, '批量节点甲有限公司');
    const b = await newCustomer(app, team.token.sales, '批量节点乙有限公司');
    const f = await addFollowUp(app, team.token.sales, a);
    const theirs = await newCustomer(app, team.token.outsider, '批量节点丙有限公司');
    const res = await app.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: [b, theirs, f, a] }, team.token.sales);
    expect(res.data?.nodes).toEqual([{ __typename: 'Customer', id: b }, null, { __typename: 'FollowUp', id: f }, { __typename: 'Customer', id: a }]);
    // token lookup + type lookup (UNION ALL) + one load per type found
    expect(res.statements).toBeLessThanOrEqual(4);
  });
});
