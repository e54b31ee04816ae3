import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { seedDemoData } from '../../db/seed';
import { createTeam, newCustomer } from '../customers/customer.test-helpers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
});
afterAll(() => app.close());

describe('tasks and return visits', () => {
  it('plans and records visits, with satisfaction per customer and overall; tasks: mine, overdue, complete', async () => {
    const u = await createUser(app.db.dataSource, { email: 'visits@test.kehu' });
    const token = await app.login('visits@test.kehu');
    const [{ id: c }] = await app.db.dataSource.query(
      `INSERT INTO customers (name, name_key, owner_id) VALUES ('杭州青禾贸易有限公司', 'x-qinghe', $1) RETURNING id`,
      [u.id],
    );
    const PLAN = `mutation($c: ID!, $i: PlanVisitInput!) { planVisit(customerId: $c, input: $i) { id version recorded } }`;
    const v1 = (await app.ok(PLAN, { c, i: { type: 'REGULAR', plannedAt: '2026-03-09T02:00:00Z', topic: '季度回访' } }, token)).planVisit;
    const v2 = (await app.ok(PLAN, { c, i: { type: 'ISSUE', plannedAt: '2026-03-09T03:00:00Z', topic: '问题跟进' } }, token)).planVisit;
    await app.ok(PLAN, { c, i: { type: 'NEW_CUSTOMER', plannedAt: '2026-03-20T03:00:00Z', topic: '计划中' } }, token);
    const REC = `mutation($id: ID!, $v: Int!, $i: RecordVisitInput!) { recordVisit(id: $id, version: $v, input: $i) { recorded method satisfaction version } }`;
    expect(
      (await app.ok(REC, { id: v1.id, v: v1.version, i: { method: 'PHONE', content: '电话回访', satisfaction: 'VERY_SATISFIED' } }, token))
        .recordVisit,
    ).toMatchObject({ recorded: true, version: 2 });
    await app.ok(
      REC,
      {
        id: v2.id,
        v: v2.version,
        i: { method: 'ON_SITE', content: '上门', satisfaction: 'DISSATISFIED', problems: '响应慢', actions: '专人跟进' },
      },
      token,
    );
    const stale = await app.gql(REC, { id: v1.id, v: 1, i: { method: 'PHONE', content: 'x', satisfaction: 'NEUTRAL' } }, token);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const future = await app.gql(
      REC,
      { id: v2.id, v: 2, i: { actualAt: '2026-04-01T00:00:00Z', method: 'PHONE', content: 'x', satisfaction: 'NEUTRAL' } },
      token,
    );
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actualAt' });

    const data = await app.ok(
      `query($id: ID!) { customer(id: $id) { visits { topic recorded } visitSatisfaction { total verySatisfied dissatisfied satisfiedRate } } visitSatisfaction { total satisfiedRate } }`,
      { id: c },
      token,
    );
    expect(data.customer.visits).toHaveLength(3);
    expect(data.customer.visitSatisfaction).toEqual({ total: 2, verySatisfied: 1, dissatisfied: 1, satisfiedRate: 0.5 });
    expect(data.visitSatisfaction).toEqual({ total: 2, satisfiedRate: 0.5 });

    const CREATE = `mutation($i: TaskInput!) { createTask(input: $i) { id version status overdue } }`;
    const late = (await app.ok(CREATE, { i: { title: '回电', customerId: c, dueAt: '2026-03-09T00:00:00Z' } }, token)).createTask;
    await app.ok(CREATE, { i: { title: '下周', dueAt: '2026-03-17T00:00:00Z', priority: 'HIGH' } }, token);
    expect(late).toMatchObject({ status: 'OPEN', overdue: true });
    const lists = await app.ok(
      `{ mine: tasks(filter: { mine: true }) { totalCount } overdue: tasks(filter: { overdue: true }) { edges { node { title assignee { id } customer { id } } } } }`,
      {},
      token,
    );
    expect(lists.mine.totalCount).toBe(2);
    expect(lists.overdue.edges).toEqual([{ node: { title: '回电', assignee: { id: u.id }, customer: { id: c } } }]);
    const done = await app.ok(
      `mutation($id: ID!, $v: Int!) { completeTask(id: $id, version: $v, note: "已回电") { status completionNote completedAt } }`,
      { id: late.id, v: late.version },
      token,
    );
    expect(done.completeTask).toMatchObject({ status: 'DONE', completionNote: '已回电', completedAt: '2026-03-10T02:00:00.000Z' });
    const stranger = await createUser(app.db.dataSource, { email: 'stranger@test.kehu' });
    expect(stranger).toBeTruthy();
    const hidden = await app.gql(`query($id: ID!) { task(id: $id) { id } }`, { id: late.id }, await app.login('stranger@test.kehu'));
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const customerTasks = await app.ok(`query($id: ID!) { customer(id: $id) { tasks { title status } } }`, { id: c }, token);
    expect(customerTasks.customer.tasks).toEqual([{ title: '回电', status: 'DONE' }]);
  });

  it('the demo seed has tasks, planned and recorded visits, and notifications', async () => {
    await seedDemoData(app.db.dataSource, { reset: true, now: new Date('2026-03-10T02:00:00Z') });
    const [row] = await app.db.dataSource.query(
      `SELECT (SELECT count(*) FROM tasks)::int AS tasks, (SELECT count(*) FROM visits WHERE actual_at IS NULL)::int AS planned,
              (SELECT count(*) FROM visits WHERE actual_at IS NOT NULL)::int AS recorded, (SELECT count(*) FROM notifications)::int AS notifications`,
    );
    expect(row.tasks).toBeGreaterThan(3);
    expect(row.planned).toBeGreaterThan(0);
    expect(row.recorded).toBeGreaterThan(0);
    expect(row.notifications).toBeGreaterThan(0);
  });

  it('visits(filter, first, after): across readable customers, by status on the business calendar, owner and time, keyset-paged', async () => {
    const team = await createTeam(app);
    const mine = await newCustomer(app, team.token.admin, '回访列表甲公司', { ownerId: team.sales.id });
    const theirs = await newCustomer(app, team.token.admin, '回访列表乙公司', { ownerId: team.outsider.id });
    const PLAN = `mutation($c: ID!, $i: PlanVisitInput!) { planVisit(customerId: $c, input: $i) { id version } }`;
    const plan = async (c: string, plannedAt: string, topic: string, token = team.token.sales, ownerId?: string) =>
      (await app.ok(PLAN, { c, i: { type: 'REGULAR', plannedAt, topic, ownerId } }, token)).planVisit;
    // Now is 2026-03-10 10:00 in Shanghai: today runs from 03-09T16:00Z to 03-10T16:00Z.
    const overdue = await plan(mine, '2026-03-09T15:00:00Z', '逾期');
    const due = await plan(mine, '2026-03-10T15:30:00Z', '今日');
    const later = await plan(mine, '2026-03-20T02:00:00Z', '计划', team.token.sales, team.manager.id);
    const done = await plan(mine, '2026-03-05T02:00:00Z', '已完成');
    await app.ok(
      `mutation($id: ID!) { recordVisit(id: $id, version: 1, input: { method: PHONE, content: "好", satisfaction: SATISFIED }) { id } }`,
      { id: done.id },
      team.token.sales,
    );
    await plan(theirs, '2026-03-09T02:00:00Z', '别人的', team.token.outsider);

    const LIST = `query($f: VisitFilter, $n: Int, $a: String) { visits(filter: $f, first: $n, after: $a) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id topic recorded customer { name } owner { name } } } } }`;
    const list = async (f: Record<string, unknown> | null, token = team.token.sales, n = 20, a?: string) =>
      (await app.ok(LIST, { f, n, a }, token)).visits;
    const ids = (c: { edges: { node: { id: string } }[] }) => c.edges.map((e) => e.node.id);

    // Earliest planned first; the outsider's customer is not in the salesperson's scope.
    expect(ids(await list(null))).toEqual([done.id, overdue.id, due.id, later.id]);
    expect((await list(null, team.token.manager)).totalCount).toBe(4);
    expect(ids(await list({ customerId: theirs }))).toEqual([]);
    expect((await list({ customerId: theirs }, team.token.admin)).totalCount).toBe(1);
    expect(ids(await list({ status: ['OVERDUE'] }))).toEqual([overdue.id]);
    expect(ids(await list({ status: ['DUE'] }))).toEqual([due.id]);
    expect(ids(await list({ status: ['PLANNED'] }))).toEqual([later.id]);
    expect(ids(await list({ status: ['DONE'] }))).toEqual([done.id]);
    expect(ids(await list({ status: ['DUE', 'OVERDUE'] }))).toEqual([overdue.id, due.id]);
    expect(ids(await list({ ownerId: team.manager.id }))).toEqual([later.id]);
    expect(ids(await list({ plannedFrom: '2026-03-09T00:00:00Z', plannedTo: '2026-03-11T00:00:00Z' }))).toEqual([overdue.id, due.id]);
    const bad = await app.gql(LIST, { f: { plannedFrom: '2026-03-11T00:00:00Z', plannedTo: '2026-03-09T00:00:00Z' } }, team.token.sales);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.plannedTo' });

    // Keyset pages of 3 then 1.
    const p1 = await list(null, team.token.sales, 3);
    expect(p1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const p2 = await list(null, team.token.sales, 3, p1.pageInfo.endCursor);
    expect([...ids(p1), ...ids(p2)]).toEqual([done.id, overdue.id, due.id, later.id]);
    expect(p2.pageInfo.hasNextPage).toBe(false);

    // Customers and owners come in batches: a page of 4 costs what a page of 1 costs.
    const one = await app.gql(LIST, { f: null, n: 1 }, team.token.sales);
    const four = await app.gql(LIST, { f: null, n: 4 }, team.token.sales);
    expect(four.errors).toBeUndefined();
    expect(four.data!.visits.edges[3].node).toMatchObject({ customer: { name: '回访列表甲公司' }, owner: { name: '王经理' } });
    expect(four.statements).toBe(one.statements);
    expect(four.statements).toBeLessThanOrEqual(5);
  });
});
