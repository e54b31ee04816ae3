import { startTestApp, type TestApp } from '../../test/test-app';
import { addFollowUp, createTeam, errorOf, newCustomer, type Team } from '../customers/customer.test-helpers';

/** Follow-ups: kept forever, edited only by their author or an admin; the customer's last/next follow-up times follow. */
let app: TestApp;
let team: Team;
const NOW = '2026-03-10T02:00:00Z';
beforeAll(async () => {
  app = await startTestApp({ now: NOW });
  team = await createTeam(app);
});
afterAll(() => app.close());

const UPDATE = `mutation($id: ID!, $v: Int!, $i: UpdateFollowUpInput!) { updateFollowUp(id: $id, version: $v, input: $i) { id content at nextAt version } }`;
const TIMES = `query($id: ID!) { customer(id: $id) { lastFollowUpAt nextFollowUpAt followUps(first: 10) { totalCount edges { node { id at content author { id } } } } } }`;
const times = async (id: string) => (await app.ok(TIMES, { id }, team.token.admin)).customer;

describe('follow-ups', () => {
  it("keep the customer's last and next follow-up times up to date", async () => {
    const id = await newCustomer(app, team.token.sales, '跟进测试甲公司');
    expect(await times(id)).toMatchObject({ lastFollowUpAt: null, nextFollowUpAt: null });
    await addFollowUp(app, team.token.sales, id, { at: '2026-03-08T06:00:00Z', nextAt: '2026-03-12T02:00:00Z' });
    expect(await times(id)).toMatchObject({ lastFollowUpAt: '2026-03-08T06:00:00.000Z', nextFollowUpAt: '2026-03-12T02:00:00.000Z' });
    // An older record does not move the latest; a newer one sets both (here: no next plan).
    await addFollowUp(app, team.token.sales, id, { at: '2026-03-01T06:00:00Z', nextAt: '2026-03-30T02:00:00Z' });
    expect(await times(id)).toMatchObject({ lastFollowUpAt: '2026-03-08T06:00:00.000Z', nextFollowUpAt: '2026-03-12T02:00:00.000Z' });
    const latest = await addFollowUp(app, team.token.sales, id, { at: '2026-03-09T06:00:30Z' });
    expect(await times(id)).toMatchObject({ lastFollowUpAt: '2026-03-09T06:00:00.000Z', nextFollowUpAt: null }); // stored to the minute
    // Editing the latest record's plan moves the customer's next follow-up.
    await app.ok(UPDATE, { id: latest, v: 1, i: { nextAt: '2026-03-15T01:00:00Z' } }, team.token.sales);
    expect((await times(id)).nextFollowUpAt).toBe('2026-03-15T01:00:00.000Z');
    expect((await times(id)).followUps.totalCount).toBe(3);
  });

  it('only the author or an admin may edit; a stale version is a CONFLICT', async () => {
    const id = await newCustomer(app, team.token.admin, '跟进测试乙公司', { ownerId: team.sales.id });
    const f = await addFollowUp(app, team.token.sales, id, { content: '初次拜访' });
    expect(errorOf(await app.gql(UPDATE, { id: f, v: 1, i: { content: '经理改写' } }, team.token.manager)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(UPDATE, { id: f, v: 1, i: { content: '外人改写' } }, team.token.outsider)).code).toBe('NOT_FOUND');
    const mine = (await app.ok(UPDATE, { id: f, v: 1, i: { content: '初次拜访，已报价' } }, team.token.sales)).updateFollowUp;
    expect(mine).toMatchObject({ content: '初次拜访，已报价', version: 2 });
    expect(errorOf(await app.gql(UPDATE, { id: f, v: 1, i: { content: '旧版本' } }, team.token.sales)).code).toBe('CONFLICT');
    const admin = (await app.ok(UPDATE, { id: f, v: 2, i: { content: '管理员更正' } }, team.token.admin)).updateFollowUp;
    expect(admin.version).toBe(3);
    const [log] = await app.db.dataSource.query(`SELECT actor_id, changes FROM change_logs WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [
      f,
    ]);
    expect(log.actor_id).toBe(team.admin.id);
    expect(log.changes).toEqual([{ field: 'followUp.content', before: { value: '初次拜访，已报价' }, after: { value: '管理员更正' } }]);
  });

  it('delete: author or admin only, stale version CONFLICT, change log kept, customer times recomputed', async () => {
    const DELETE = `mutation($id: ID!, $v: Int!) { deleteFollowUp(id: $id, version: $v) }`;
    const id = await newCustomer(app, team.token.admin, '跟进删除测试公司', { ownerId: team.sales.id });
    await addFollowUp(app, team.token.sales, id, { at: '2026-03-05T06:00:00Z', nextAt: '2026-03-20T02:00:00Z' });
    const latest = await addFollowUp(app, team.token.sales, id, {
      at: '2026-03-09T06:00:00Z',
      nextAt: '2026-03-12T02:00:00Z',
      content: '最新一次',
    });
    expect(await times(id)).toMatchObject({ lastFollowUpAt: '2026-03-09T06:00:00.000Z', nextFollowUpAt: '2026-03-12T02:00:00.000Z' });
    expect(errorOf(await app.gql(DELETE, { id: latest, v: 1 }, team.token.manager)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(DELETE, { id: latest, v: 1 }, team.token.outsider)).code).toBe('NOT_FOUND');
    await app.ok(UPDATE, { id: latest, v: 1, i: { content: '最新一次，已改' } }, team.token.sales);
    expect(errorOf(await app.gql(DELETE, { id: latest, v: 1 }, team.token.sales)).code).toBe('CONFLICT');
    expect((await app.ok(DELETE, { id: latest, v: 2 }, team.token.sales)).deleteFollowUp).toBe(true);
    // The older record now drives both times.
    expect(await times(id)).toMatchObject({ lastFollowUpAt: '2026-03-05T06:00:00.000Z', nextFollowUpAt: '2026-03-20T02:00:00.000Z' });
    expect((await times(id)).followUps.totalCount).toBe(1);
    const [log] = await app.db.dataSource.query(
      `SELECT action, actor_id, changes FROM change_logs WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [latest],
    );
    expect(log).toMatchObject({ action: 'DELETE', actor_id: team.sales.id });
    expect(log.changes).toContainEqual({ field: 'followUp.content', before: { value: '最新一次，已改' }, after: null });
    expect(errorOf(await app.gql(DELETE, { id: latest, v: 2 }, team.token.sales)).code).toBe('NOT_FOUND');
    // The last record gone, the customer has no follow-up times.
    const [{ id: only }] = (await times(id)).followUps.edges.map((e: { node: { id: string } }) => e.node);
    await app.ok(DELETE, { id: only, v: 1 }, team.token.admin);
    expect(await times(id)).toMatchObject({ lastFollowUpAt: null, nextFollowUpAt: null });
  });

  it('validates: method and content required, not in the future, next after this one, contact of this customer', async () => {
    const id = await newCustomer(app, team.token.sales, '跟进测试丙公司');
    const other = await newCustomer(app, team.token.sales, '跟进测试丁公司');
    const otherContact = (await app.ok(`query($id: ID!) { customer(id: $id) { primaryContact { id } } }`, { id: other }, team.token.sales))
      .customer.primaryContact.id;
    const add = (input: Record<string, unknown>) =>
      app.gql(
        `mutation($c: ID!, $i: FollowUpInput!) { createFollowUp(customerId: $c, input: $i) { id } }`,
        { c: id, i: { method: 'PHONE', content: '沟通', ...input } },
        team.token.sales,
      );
    expect(errorOf(await add({ content: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
    expect(errorOf(await add({ at: '2026-03-11T02:00:00Z' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.at' });
    expect(errorOf(await add({ at: '2026-03-09T02:00:00Z', nextAt: '2026-03-08T02:00:00Z' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.nextAt',
    });
    expect(errorOf(await add({ contactId: otherContact }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contactId' });
    expect(errorOf(await add({ method: 'FAX' })).code).toBe('BAD_USER_INPUT');
    expect((await times(id)).followUps.totalCount).toBe(0);
  });

  it("links an opportunity of this customer only: unknown or another customer's is BAD_USER_INPUT on input.opportunityId", async () => {
    const id = await newCustomer(app, team.token.sales, '跟进商机甲公司');
    const other = await newCustomer(app, team.token.sales, '跟进商机乙公司');
    const OPP = `mutation($c: ID!, $n: String!) { createOpportunity(customerId: $c, input: { name: $n }) { id } }`;
    const mine = (await app.ok(OPP, { c: id, n: '甲公司采购' }, team.token.sales)).createOpportunity.id;
    const theirs = (await app.ok(OPP, { c: other, n: '乙公司采购' }, team.token.sales)).createOpportunity.id;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const add = (opportunityId: string) =>
      app.gql(
        `mutation($c: ID!, $i: FollowUpInput!) { createFollowUp(customerId: $c, input: $i) { id opportunityId version } }`,
        { c: id, i: { method: 'PHONE', content: '谈商机', opportunityId } },
        team.token.sales,
      );

    for (const wrong of [unknown, theirs, 'not-an-id'])
      expect(errorOf(await add(wrong))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.opportunityId' });
    expect((await times(id)).followUps.totalCount).toBe(0);
    const f = (await add(mine)).data!.createFollowUp;
    expect(f.opportunityId).toBe(mine);

    const UPD = `mutation($id: ID!, $v: Int!, $i: UpdateFollowUpInput!) { updateFollowUp(id: $id, version: $v, input: $i) { opportunityId version } }`;
    for (const wrong of [unknown, theirs]) {
      expect(errorOf(await app.gql(UPD, { id: f.id, v: 1, i: { opportunityId: wrong } }, team.token.sales))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.opportunityId',
      });
    }
    // Unlinking is an edit like any other: it bumps the version and is in the change log.
    expect((await app.ok(UPD, { id: f.id, v: 1, i: { opportunityId: null } }, team.token.sales)).updateFollowUp).toEqual({
      opportunityId: null,
      version: 2,
    });
    expect((await app.ok(UPD, { id: f.id, v: 2, i: { opportunityId: mine } }, team.token.sales)).updateFollowUp).toEqual({
      opportunityId: mine,
      version: 3,
    });
    const [log] = await app.db.dataSource.query(`SELECT changes FROM change_logs WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [f.id]);
    expect(log.changes).toEqual([{ field: 'followUp.opportunityId', before: { value: null }, after: { value: mine } }]);
  });
});
