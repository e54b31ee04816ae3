import { createUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/**
 * 销售预测与目标 over a small fixed data set, "now" 2026-03-20 12:00 in Shanghai. Every figure the API returns is
 * checked against an independent SQL sum written here (business dates by `AT TIME ZONE`, the owners listed by hand),
 * and the first ones also against figures computed by hand.
 *
 * Hierarchy: director D ← manager M ← S1, S2; S3 under D; manager O ← S4 (another team); admin A; service V.
 * Customers: C1 (S1), C2 (S2), C3 (S3), C4 (S2's, shared with S1), C6 (S1's, in the recycle bin), C7 (S4).
 */
const NOW = '2026-03-20T04:00:00Z';
const TZ = 'Asia/Shanghai';
let app: TestApp;
const u: Record<string, { id: string; email: string; name: string }> = {};
const t: Record<string, string> = {};

async function customer(ownerId: string, name: string, deleted = false): Promise<string> {
  const [row] = await app.db.dataSource.query(
    `INSERT INTO customers (name, name_key, owner_id, type, grade, created_at, updated_at, assigned_at, deleted_at)
     VALUES ($1, $1, $2, 'ASSIGNED', 'NORMAL', '2026-01-05T02:00:00Z', '2026-01-05T02:00:00Z', '2026-01-05T02:00:00Z',
             CASE WHEN $3 THEN '2026-03-01T02:00:00Z'::timestamptz END) RETURNING id`,
    [name, ownerId, deleted],
  );
  return row.id;
}

async function deal(
  customerId: string,
  ownerId: string,
  amount: string,
  stage: string,
  winRate: number,
  expected: string | null,
  closedAt: string | null = null,
) {
  await app.db.dataSource.query(
    `INSERT INTO opportunities (customer_id, owner_id, name, amount, stage, win_rate, expected_close_date, closed_at, lost_reason, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $5::varchar = 'LOST' THEN '预算不足' END, '2026-01-10T02:00:00Z', '2026-01-10T02:00:00Z')`,
    [customerId, ownerId, `商机${amount}`, amount, stage, winRate, expected, closedAt],
  );
}

beforeAll(async () => {
  app = await startTestApp({ now: NOW });
  const ds = app.db.dataSource;
  u.admin = await createUser(ds, { role: 'ADMIN', name: '管理员' });
  u.d = await createUser(ds, { role: 'MANAGER', name: '周总监' });
  u.m = await createUser(ds, { role: 'MANAGER', name: '王经理', managerId: u.d.id });
  u.s1 = await createUser(ds, { role: 'SALES', name: '李娜', managerId: u.m.id });
  u.s2 = await createUser(ds, { role: 'SALES', name: '张伟', managerId: u.m.id });
  u.s3 = await createUser(ds, { role: 'SALES', name: '刘洋', managerId: u.d.id });
  u.o = await createUser(ds, { role: 'MANAGER', name: '孙经理' });
  u.s4 = await createUser(ds, { role: 'SALES', name: '钱多', managerId: u.o.id });
  u.v = await createUser(ds, { role: 'SERVICE', name: '赵敏', managerId: u.d.id });
  for (const [k, user] of Object.entries(u)) t[k] = await app.login(user.email);

  const c1 = await customer(u.s1.id, '甲方制造有限公司');
  const c2 = await customer(u.s2.id, '乙方信息技术有限公司');
  const c3 = await customer(u.s3.id, '丙方贸易有限公司');
  const c4 = await customer(u.s2.id, '丁方电子有限公司');
  const c6 = await customer(u.s1.id, '己方回收有限公司', true);
  const c7 = await customer(u.s4.id, '庚方机械有限公司');
  await ds.query(`INSERT INTO customer_shares (customer_id, user_id, can_edit) VALUES ($1, $2, false)`, [c4, u.s1.id]);

  await deal(c1, u.s1.id, '100000.00', 'PROPOSAL', 60, '2026-03-25'); // March, commit
  await deal(c1, u.s1.id, '33333.33', 'INITIAL', 20, '2026-03-31'); // March
  await deal(c1, u.s1.id, '50000.00', 'WON', 100, '2026-03-01', '2026-02-28T16:30:00Z'); // won 2026-03-01 00:30 Shanghai
  await deal(c1, u.s1.id, '12345.67', 'WON', 100, '2026-02-28', '2026-02-28T15:30:00Z'); // won 2026-02-28 23:30 Shanghai
  await deal(c1, u.s1.id, '10000.00', 'INITIAL', 20, null); // no expected date: in no period
  await deal(c2, u.s2.id, '80000.00', 'NEGOTIATION', 75, '2026-04-02'); // April (Q2), commit, win rate edited
  await deal(c2, u.s2.id, '20000.01', 'NEEDS', 40, '2026-03-10'); // March (already past, still March)
  await deal(c4, u.s2.id, '7000.00', 'NEGOTIATION', 80, '2026-03-15'); // S2's, on a customer shared with S1
  await deal(c3, u.s3.id, '60000.00', 'WON', 100, '2026-03-20', '2026-03-19T02:00:00Z');
  await deal(c3, u.s3.id, '15000.00', 'LOST', 0, '2026-03-20', '2026-03-18T02:00:00Z');
  await deal(c6, u.s1.id, '99999.00', 'PROPOSAL', 60, '2026-03-05'); // customer in the recycle bin
  await deal(c7, u.s4.id, '40000.00', 'PROPOSAL', 60, '2026-03-28'); // another team
});
afterAll(() => app.close());

const FORECAST = `query($f: ForecastFilter) { salesForecast(filter: $f) { period commitMinWinRate periods {
  label start end
  total { ...R } mine { ...R } people { ...R } teams { ...R } } } }
  fragment R on ForecastRow { kind userId name won wonCount weighted commit bestCase openCount target completionPercent gap coverage }`;

type Row = Record<string, any>;

/** The independent sums: the owners' live deals, by business dates of the Shanghai calendar. */
async function sums(owners: string[], from: string, to: string) {
  const [r] = await app.db.dataSource.query(
    `SELECT COALESCE(sum(o.amount) FILTER (WHERE o.stage = 'WON' AND (o.closed_at AT TIME ZONE '${TZ}')::date BETWEEN $2 AND $3), 0)::numeric(14,2)::text AS won,
            count(*) FILTER (WHERE o.stage = 'WON' AND (o.closed_at AT TIME ZONE '${TZ}')::date BETWEEN $2 AND $3)::int AS "wonCount",
            round(COALESCE(sum(o.amount * o.win_rate / 100.0) FILTER (WHERE o.stage IN ('INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION')
                  AND o.expected_close_date BETWEEN $2 AND $3), 0), 2)::numeric(14,2)::text AS weighted,
            COALESCE(sum(o.amount) FILTER (WHERE o.stage IN ('PROPOSAL', 'NEGOTIATION') AND o.expected_close_date BETWEEN $2 AND $3), 0)::numeric(14,2)::text AS commit,
            COALESCE(sum(o.amount) FILTER (WHERE o.stage IN ('INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION')
                  AND o.expected_close_date BETWEEN $2 AND $3), 0)::numeric(14,2)::text AS "bestCase",
            count(*) FILTER (WHERE o.stage IN ('INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION') AND o.expected_close_date BETWEEN $2 AND $3)::int AS "openCount"
       FROM opportunities o JOIN customers c ON c.id = o.customer_id
      WHERE c.deleted_at IS NULL AND o.owner_id = ANY($1::uuid[])`,
    [owners, from, to],
  );
  return r as Record<string, string | number>;
}
const figures = (r: Row) => ({
  won: r.won,
  wonCount: r.wonCount,
  weighted: r.weighted,
  commit: r.commit,
  bestCase: r.bestCase,
  openCount: r.openCount,
});
const row = (rows: Row[], id: string) => rows.find((r) => r.userId === id)!;
const MARCH = ['2026-03-01', '2026-03-31'] as const;

const SET = `mutation($i: SetSalesTargetInput!) { setSalesTarget(input: $i) { id subject userId period periodStart periodEnd label amount version user { name } setBy { name } } }`;
const target = (userId: string | null, subject: string, amount: string | null, period = 'MONTH', periodStart = '2026-03-01') => ({
  i: { subject, userId, period, periodStart, amount },
});

describe('setSalesTarget', () => {
  it('lets a manager set targets for the people and teams of their team, and replaces or removes them', async () => {
    const first = (await app.ok(SET, target(u.s1.id, 'PERSON', '100000'), t.m)).setSalesTarget;
    expect(first).toMatchObject({
      subject: 'PERSON',
      userId: u.s1.id,
      period: 'MONTH',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      label: '2026-03',
      amount: '100000.00',
      version: 1,
      user: { name: '李娜' },
      setBy: { name: '王经理' },
    });
    const again = (await app.ok(SET, target(u.s1.id, 'PERSON', '150000.00'), t.m)).setSalesTarget;
    expect(again).toMatchObject({ id: first.id, amount: '150000.00', version: 2 });
    await app.ok(SET, target(u.s2.id, 'PERSON', '50000.00'), t.m);
    await app.ok(SET, target(u.m.id, 'TEAM', '100000.00'), t.m);
    await app.ok(SET, target(u.m.id, 'TEAM', '400000.00', 'QUARTER', '2026-01-01'), t.d);
    await app.ok(SET, target(null, 'COMPANY', '300000.00'), t.admin);
    await app.ok(SET, target(u.s3.id, 'PERSON', '9.99', 'YEAR', '2026-01-01'), t.d);
    expect((await app.ok(SET, target(u.s3.id, 'PERSON', null, 'YEAR', '2026-01-01'), t.d)).setSalesTarget).toBeNull();
    const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM sales_targets WHERE user_id = $1`, [u.s3.id]);
    expect(n).toBe(0);
  });

  it('refuses salespeople, managers outside their team, company targets from managers and malformed targets', async () => {
    const code = async (vars: ReturnType<typeof target>, token: string) => (await app.gql(SET, vars, token)).errors?.[0]?.extensions?.code;
    expect(await code(target(u.s1.id, 'PERSON', '1.00'), t.s1)).toBe('FORBIDDEN');
    expect(await code(target(u.s1.id, 'PERSON', '1.00'), t.v)).toBe('FORBIDDEN');
    expect(await code(target(u.s4.id, 'PERSON', '1.00'), t.m)).toBe('FORBIDDEN');
    expect(await code(target(u.s3.id, 'PERSON', '1.00'), t.m)).toBe('FORBIDDEN'); // S3 is the director's, not M's
    expect(await code(target(u.o.id, 'TEAM', '1.00'), t.d)).toBe('FORBIDDEN');
    expect(await code(target(null, 'COMPANY', '1.00'), t.d)).toBe('FORBIDDEN');
    const bad = async (vars: ReturnType<typeof target>) => (await app.gql(SET, vars, t.admin)).errors?.[0]?.extensions;
    expect(await bad(target(u.s1.id, 'PERSON', '1.00', 'QUARTER', '2026-02-01'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.periodStart',
    });
    expect(await bad(target(u.s1.id, 'PERSON', '-1.00'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(await bad(target(u.s1.id, 'TEAM', '1.00'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    expect(await bad(target(u.s1.id, 'COMPANY', '1.00'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    expect(await bad(target(null, 'PERSON', '1.00'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
  });

  it('lists the targets each caller may see', async () => {
    const Q = `{ salesTargets(filter: { period: MONTH }) { subject userId amount } }`;
    const mine = (await app.ok(Q, {}, t.s1)).salesTargets;
    expect(mine).toEqual([
      { subject: 'COMPANY', userId: null, amount: '300000.00' },
      { subject: 'PERSON', userId: u.s1.id, amount: '150000.00' },
    ]);
    expect((await app.ok(Q, {}, t.m)).salesTargets).toHaveLength(4);
    expect((await app.ok(Q, {}, t.o)).salesTargets).toHaveLength(1);
    expect((await app.gql(Q, {}, t.v)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('salesForecast', () => {
  it('gives a salesperson their own deals only, with their target, completion, gap and coverage (by hand and by SQL)', async () => {
    const f = (await app.ok(FORECAST, {}, t.s1)).salesForecast;
    expect(f).toMatchObject({ period: 'MONTH', commitMinWinRate: 60 });
    expect(f.periods).toHaveLength(1);
    const p = f.periods[0];
    expect(p).toMatchObject({ label: '2026-03', start: '2026-03-01', end: '2026-03-31', teams: [] });
    expect(p.people.map((r: Row) => r.userId)).toEqual([u.s1.id]);
    // By hand: won the 50,000.00 of 03-01 00:30 (not the 12,345.67 of 02-28 23:30); open 100,000.00 @60 % + 33,333.33 @20 %;
    // not the deal of the recycled customer, not S2's deal on the customer shared with her, not the undated one.
    const s1 = p.people[0];
    expect(s1).toEqual({
      kind: 'PERSON',
      userId: u.s1.id,
      name: '李娜',
      won: '50000.00',
      wonCount: 1,
      weighted: '66666.67',
      commit: '100000.00',
      bestCase: '133333.33',
      openCount: 2,
      target: '150000.00',
      completionPercent: 33.33,
      gap: '100000.00',
      coverage: 'COMMIT',
    });
    expect(figures(s1)).toEqual(await sums([u.s1.id], ...MARCH));
    expect(p.mine).toEqual(s1);
    expect(p.total).toEqual({ ...s1, kind: 'TOTAL', userId: null, name: null });
  });

  it("gives a manager their team's people and team row, each equal to the SQL sums", async () => {
    const p = (await app.ok(FORECAST, {}, t.m)).salesForecast.periods[0];
    expect(p.people.map((r: Row) => r.userId).sort()).toEqual([u.m.id, u.s1.id, u.s2.id].sort());
    for (const id of [u.m.id, u.s1.id, u.s2.id]) expect(figures(row(p.people, id))).toEqual(await sums([id], ...MARCH));
    const s2 = row(p.people, u.s2.id);
    // 20,000.01 × 40 % + 7,000.00 × 80 % = 13,600.00; commit 7,000.00 and best case 27,000.01 leave the 50,000.00 gap open.
    expect(s2).toMatchObject({
      weighted: '13600.00',
      commit: '7000.00',
      bestCase: '27000.01',
      target: '50000.00',
      gap: '50000.00',
      coverage: 'SHORT',
    });
    expect(p.teams.map((r: Row) => r.userId)).toEqual([u.m.id]);
    const team = p.teams[0];
    expect(figures(team)).toEqual(await sums([u.m.id, u.s1.id, u.s2.id], ...MARCH));
    expect(team).toMatchObject({
      kind: 'TEAM',
      name: '王经理',
      target: '100000.00',
      completionPercent: 50,
      gap: '50000.00',
      coverage: 'COMMIT',
    });
    expect(p.mine).toEqual(team);
    expect(p.total).toMatchObject({ ...figures(team), kind: 'TOTAL', target: '100000.00' });
  });

  it("gives the director both levels below them and never the other team's deals", async () => {
    const p = (await app.ok(FORECAST, {}, t.d)).salesForecast.periods[0];
    const team = [u.d.id, u.m.id, u.s1.id, u.s2.id, u.s3.id];
    expect(p.people.map((r: Row) => r.userId).sort()).toEqual([...team].sort());
    expect(p.teams.map((r: Row) => r.userId).sort()).toEqual([u.d.id, u.m.id].sort());
    expect(figures(row(p.teams, u.d.id))).toEqual(await sums(team, ...MARCH));
    expect(figures(p.total)).toEqual(await sums(team, ...MARCH));
    expect(figures(row(p.people, u.s3.id))).toEqual(await sums([u.s3.id], ...MARCH));
    expect(p.total.target).toBeNull(); // no target for the director's team in March
  });

  it('gives an admin the company by quarter, with the company target and filters by team or owner', async () => {
    const f = (await app.ok(FORECAST, { f: { period: 'QUARTER', from: '2026-02-14', periods: 2 } }, t.admin)).salesForecast;
    expect(f.periods.map((p: Row) => [p.label, p.start, p.end])).toEqual([
      ['2026-Q1', '2026-01-01', '2026-03-31'],
      ['2026-Q2', '2026-04-01', '2026-06-30'],
    ]);
    const everyone = Object.values(u).map((x) => x.id);
    expect(figures(f.periods[0].total)).toEqual(await sums(everyone, '2026-01-01', '2026-03-31'));
    expect(figures(f.periods[1].total)).toEqual(await sums(everyone, '2026-04-01', '2026-06-30'));
    expect(f.periods[1].total).toMatchObject({ commit: '80000.00', weighted: '60000.00', bestCase: '80000.00' });
    expect(row(f.periods[0].teams, u.m.id).target).toBe('400000.00');
    expect(f.periods[0].total.target).toBeNull(); // the company target is a March one, not a quarter's

    const march = (await app.ok(FORECAST, {}, t.admin)).salesForecast.periods[0];
    expect(march.total).toMatchObject({ target: '300000.00', ...(await sums(everyone, ...MARCH)) });
    expect(march.mine).toEqual(march.total);

    const teamM = (await app.ok(FORECAST, { f: { teamOf: u.m.id } }, t.admin)).salesForecast.periods[0];
    expect(figures(teamM.total)).toEqual(await sums([u.m.id, u.s1.id, u.s2.id], ...MARCH));
    expect(teamM.total.target).toBeNull();
    const s4 = (await app.ok(FORECAST, { f: { ownerIds: [u.s4.id] } }, t.admin)).salesForecast.periods[0];
    expect(s4.people.map((r: Row) => r.userId)).toEqual([u.s4.id]);
    expect(figures(s4.total)).toEqual(await sums([u.s4.id], ...MARCH));
    // Someone else's filter gives a manager nothing outside their team.
    const outside = (await app.ok(FORECAST, { f: { ownerIds: [u.s4.id] } }, t.m)).salesForecast.periods[0];
    expect(outside.people).toEqual([]);
    expect(outside.total).toMatchObject({ won: '0.00', bestCase: '0.00', openCount: 0 });
  });

  it('answers in one statement for every period, person and team (beside the signed-in user)', async () => {
    const res = await app.gql(FORECAST, { f: { periods: 12 } }, t.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.salesForecast.periods).toHaveLength(12);
    expect(res.statements).toBeLessThanOrEqual(2);
  });

  it('refuses service staff and out-of-range periods', async () => {
    expect((await app.gql(FORECAST, {}, t.v)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const e = (await app.gql(FORECAST, { f: { periods: 13 } }, t.admin)).errors?.[0]?.extensions;
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.periods' });
  });

  it('drills down: the deals list with the same filter adds up to each figure', async () => {
    const LIST = `query($f: OpportunityFilter) { opportunities(first: 100, filter: $f) { totalCount edges { node { amount winRate } } } }`;
    const sumOf = (edges: { node: { amount: string } }[]) =>
      (edges.reduce((fen, e) => fen + BigInt(e.node.amount.replace('.', '')), 0n) + 0n).toString().replace(/(\d\d)$/, '.$1');
    const p = (await app.ok(FORECAST, {}, t.m)).salesForecast.periods[0];
    const range = { expectedCloseFrom: '2026-03-01', expectedCloseTo: '2026-03-31' };
    const commit = (await app.ok(LIST, { f: { ...range, teamOf: u.m.id, stages: ['PROPOSAL', 'NEGOTIATION'] } }, t.m)).opportunities;
    expect(sumOf(commit.edges)).toBe(p.teams[0].commit);
    const open = (
      await app.ok(LIST, { f: { ...range, ownerIds: [u.s2.id], stages: ['INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION'] } }, t.m)
    ).opportunities;
    expect(sumOf(open.edges)).toBe(row(p.people, u.s2.id).bestCase);
    const won = (
      await app.ok(LIST, { f: { closedFrom: '2026-03-01', closedTo: '2026-03-31', ownerIds: [u.s1.id], stages: ['WON'] } }, t.s1)
    ).opportunities;
    expect(won.totalCount).toBe(1);
    expect(sumOf(won.edges)).toBe(row(p.people, u.s1.id).won);
  });
});
