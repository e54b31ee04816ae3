import { startTestApp, type TestApp } from '../../test/test-app';
import { REPORT_NOW, seedReportFixture, type ReportFixture } from './report.fixture';
import { previousRange } from './report.range';

/**
 * Every report against hand-computed figures on the fixed data set of report.fixture.ts (read it beside this file):
 * to the fen, within each caller's scope, with 环比 against February. Range: March 2026, "now" 2026-03-20 (Shanghai).
 */
let app: TestApp;
let fx: ReportFixture;
const t: Record<string, string> = {};
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

beforeAll(async () => {
  app = await startTestApp({ now: REPORT_NOW });
  fx = await seedReportFixture(app.db.dataSource);
  for (const [k, u] of Object.entries(fx.users)) t[k] = await app.login(u.email);
});
afterAll(() => app.close());

const byKey = (buckets: { key: string | null; count: number }[]) => Object.fromEntries(buckets.map((b) => [b.key ?? '-', b.count]));

describe('the 环比 base range', () => {
  it('is the previous calendar months for month-aligned ranges and the same number of days before otherwise', () => {
    expect(previousRange('2026-03-01', '2026-03-31', 31)).toEqual({ prevFrom: '2026-02-01', prevTo: '2026-02-28' });
    expect(previousRange('2026-03-01', '2026-03-10', 10)).toEqual({ prevFrom: '2026-02-01', prevTo: '2026-02-10' });
    expect(previousRange('2026-04-01', '2026-06-30', 91)).toEqual({ prevFrom: '2026-01-01', prevTo: '2026-03-31' });
    expect(previousRange('2026-01-01', '2026-12-31', 365)).toEqual({ prevFrom: '2025-01-01', prevTo: '2025-12-31' });
    expect(previousRange('2026-03-05', '2026-03-14', 10)).toEqual({ prevFrom: '2026-02-23', prevTo: '2026-03-04' });
  });
});

const CUSTOMER = `query($f: ReportFilter) { customerReport(filter: $f) {
  range { from to previousFrom previousTo } total
  byType { key label count percent } byGrade { key count } bySource { key count } byIndustry { key count } byRegion { key count }
  byOwner { key label count } newCustomers { current previous changePercent }
  newByPeriod { period start end count previous changePercent } notFollowed notFollowedDays } }`;

describe('customerReport', () => {
  it('counts every live customer for an admin, by each dimension, with new customers and 环比 in business dates', async () => {
    const r = (await app.ok(CUSTOMER, { f: MARCH }, t.admin)).customerReport;
    expect(r.range).toEqual({ from: '2026-03-01', to: '2026-03-31', previousFrom: '2026-02-01', previousTo: '2026-02-28' });
    expect(r.total).toBe(5);
    expect(r.byType).toEqual([
      { key: 'PROSPECT', label: '意向', count: 2, percent: 40 },
      { key: 'ASSIGNED', label: '分配', count: 1, percent: 20 },
      { key: 'WON', label: '成交', count: 2, percent: 40 },
      { key: 'LOST', label: '流失', count: 0, percent: 0 },
    ]);
    expect(byKey(r.byGrade)).toEqual({ VIP: 1, IMPORTANT: 1, NORMAL: 1, POTENTIAL: 2 });
    expect(byKey(r.bySource)).toEqual({ 网站: 3, 展会: 1, 推荐: 1 });
    expect(r.bySource[0]).toEqual({ key: '网站', count: 3 });
    expect(byKey(r.byIndustry)).toEqual({ '-': 2, 制造业: 1, IT: 1, 服务业: 1 });
    expect(byKey(r.byRegion)).toEqual({ 广东: 2, 北京: 1, 上海: 1, '-': 1 });
    expect(byKey(r.byOwner)).toEqual({ [fx.users.s1.id]: 2, [fx.users.s2.id]: 1, [fx.users.s3.id]: 1, '-': 1 });
    expect(r.byOwner.find((b: { key: string | null }) => b.key === null).label).toBe('公海');
    // March (Shanghai): C1, C3 (00:30 on Mar 1); February: C2, C4, C5 (23:30 on Feb 28).
    expect(r.newCustomers).toEqual({ current: 2, previous: 3, changePercent: -33.33 });
    expect(r.newByPeriod).toEqual([
      { period: '2026-03', start: '2026-03-01', end: '2026-03-31', count: 2, previous: 3, changePercent: -33.33 },
    ]);
    // Owned and not followed since 2026-02-18 12:00: only C2 (created Feb 10, never followed); the pool does not count.
    expect(r).toMatchObject({ notFollowed: 1, notFollowedDays: 30 });
  });

  it('gives a salesperson only their own customers (not the pool, not one shared with them)', async () => {
    const r = (await app.ok(CUSTOMER, { f: MARCH }, t.s1)).customerReport;
    expect(r.total).toBe(2);
    expect(byKey(r.byOwner)).toEqual({ [fx.users.s1.id]: 2 });
    expect(r.newCustomers).toEqual({ current: 1, previous: 1, changePercent: 0 });
    expect(r.notFollowed).toBe(1);
  });

  it('gives a manager their team at any depth, and filters by team or owner', async () => {
    expect((await app.ok(CUSTOMER, { f: MARCH }, t.manager)).customerReport.total).toBe(3);
    expect((await app.ok(CUSTOMER, { f: MARCH }, t.director)).customerReport.total).toBe(4);
    const team = (await app.ok(CUSTOMER, { f: { ...MARCH, teamOf: fx.users.manager.id } }, t.admin)).customerReport;
    expect(team.total).toBe(3);
    expect(team.newCustomers).toEqual({ current: 2, previous: 1, changePercent: 100 });
    const one = (await app.ok(CUSTOMER, { f: { ...MARCH, ownerIds: [fx.users.s3.id] } }, t.director)).customerReport;
    expect(one.total).toBe(1);
    // A salesperson naming a colleague still sees nothing of theirs.
    expect((await app.ok(CUSTOMER, { f: { ...MARCH, ownerIds: [fx.users.s2.id] } }, t.s1)).customerReport.total).toBe(0);
  });

  it('refuses a reversed range, naming the field', async () => {
    const res = await app.gql(CUSTOMER, { f: { from: '2026-03-31', to: '2026-03-01' } }, t.admin);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
  });
});

const OPPS = `query($f: ReportFilter) { opportunityReport(filter: $f) {
  funnel { stage label count amount weightedAmount } expectedThisMonth { count amount weightedAmount }
  wonCount { current previous changePercent } wonAmount { current previous changePercent }
  lostCount { current previous changePercent } lostAmount lostReasons { reason count amount } winRatePercent } }`;

describe('opportunityReport', () => {
  it('computes the funnel with weighted amounts to the fen, expected closings, won and lost with reasons', async () => {
    const r = (await app.ok(OPPS, { f: MARCH }, t.admin)).opportunityReport;
    expect(r.funnel).toEqual([
      // O6: 9999.99 × 25 % = 2499.9975 → 2500.00
      { stage: 'INITIAL', label: '初步接触', count: 1, amount: '9999.99', weightedAmount: '2500.00' },
      { stage: 'NEEDS', label: expect.any(String), count: 0, amount: '0.00', weightedAmount: '0.00' },
      // O3: 12345.67 × 60 % = 7407.402
      { stage: 'PROPOSAL', label: expect.any(String), count: 1, amount: '12345.67', weightedAmount: '7407.40' },
      // O2: 33333.33 × 80 % = 26666.664
      { stage: 'NEGOTIATION', label: expect.any(String), count: 1, amount: '33333.33', weightedAmount: '26666.66' },
      { stage: 'WON', label: expect.any(String), count: 1, amount: '100000.00', weightedAmount: '100000.00' },
      { stage: 'LOST', label: expect.any(String), count: 2, amount: '70000.00', weightedAmount: '0.00' },
    ]);
    // O2 (03-25) and O6 (03-31): (2666666.40 + 249999.75) / 100 = 29166.6615
    expect(r.expectedThisMonth).toEqual({ count: 2, amount: '43333.32', weightedAmount: '29166.66' });
    expect(r.wonCount).toEqual({ current: 1, previous: 1, changePercent: 0 });
    expect(r.wonAmount).toEqual({ current: '100000.00', previous: '80000.00', changePercent: 25 });
    expect(r.lostCount).toEqual({ current: 2, previous: 1, changePercent: 100 });
    expect(r.lostAmount).toBe('70000.00');
    expect(r.lostReasons).toEqual([{ reason: '价格太高', count: 2, amount: '70000.00' }]);
    expect(r.winRatePercent).toBe(33.33);
  });

  it('gives a salesperson only their own opportunities', async () => {
    const r = (await app.ok(OPPS, { f: MARCH }, t.s1)).opportunityReport;
    expect(r.funnel.filter((s: { count: number }) => s.count).map((s: { stage: string; amount: string }) => [s.stage, s.amount])).toEqual([
      ['PROPOSAL', '12345.67'],
      ['NEGOTIATION', '33333.33'],
      ['WON', '100000.00'],
    ]);
    expect(r.expectedThisMonth).toEqual({ count: 1, amount: '33333.33', weightedAmount: '26666.66' });
    expect(r.lostCount).toEqual({ current: 0, previous: 1, changePercent: -100 });
    expect(r.wonAmount).toEqual({ current: '100000.00', previous: '0.00', changePercent: null });
    expect(r.winRatePercent).toBe(100);
  });
});

const PERF = `query($f: ReportFilter) { salesPerformanceReport(filter: $f) {
  people { ...P } teams { ...P } } }
  fragment P on PerformanceRow { userId name customersHeld customersAssigned customersWon conversionPercent
    followUps { current previous changePercent } opportunityAmount wonCount wonAmount { current previous changePercent } signedAmount averageDaysToWin }`;

describe('salesPerformanceReport', () => {
  const row = (rows: { userId: string }[], id: string) => rows.find((r) => r.userId === id);

  it('gives each salesperson their figures and each team the sum of everyone below its manager', async () => {
    const r = (await app.ok(PERF, { f: MARCH }, t.admin)).salesPerformanceReport;
    const u = fx.users;
    expect(r.people.map((p: { userId: string }) => p.userId).sort()).toEqual(
      [u.director.id, u.manager.id, u.s1.id, u.s2.id, u.s3.id].sort(),
    );
    expect(r.people[0].userId).toBe(u.s1.id); // by won amount
    expect(row(r.people, u.s1.id)).toEqual({
      userId: u.s1.id,
      name: '李娜',
      customersHeld: 2,
      customersAssigned: 1,
      customersWon: 1,
      conversionPercent: 100,
      followUps: { current: 2, previous: 1, changePercent: 100 },
      opportunityAmount: '33333.33',
      wonCount: 1,
      wonAmount: { current: '100000.00', previous: '0.00', changePercent: null },
      signedAmount: '100000.00',
      averageDaysToWin: 54,
    });
    expect(row(r.people, u.s2.id)).toMatchObject({
      customersHeld: 1,
      customersAssigned: 1,
      customersWon: 0,
      conversionPercent: 0,
      followUps: { current: 1, previous: 0, changePercent: null },
      opportunityAmount: '9999.99',
      wonCount: 0,
      signedAmount: '9999.99',
      averageDaysToWin: null,
    });
    expect(row(r.people, u.s3.id)).toMatchObject({
      customersHeld: 1,
      customersAssigned: 1,
      customersWon: 1,
      conversionPercent: 100,
      followUps: { current: 1, previous: 2, changePercent: -50 },
      opportunityAmount: '20000.00',
      wonAmount: { current: '0.00', previous: '80000.00', changePercent: -100 },
      signedAmount: '0.00',
    });
    expect(row(r.people, u.manager.id)).toMatchObject({
      customersHeld: 0,
      opportunityAmount: '0.00',
      signedAmount: '0.00',
      conversionPercent: null,
    });
    expect(r.teams).toHaveLength(2);
    expect(row(r.teams, u.manager.id)).toEqual({
      userId: u.manager.id,
      name: '王经理团队',
      customersHeld: 3,
      customersAssigned: 2,
      customersWon: 1,
      conversionPercent: 50,
      followUps: { current: 3, previous: 1, changePercent: 200 },
      opportunityAmount: '43333.32',
      wonCount: 1,
      wonAmount: { current: '100000.00', previous: '0.00', changePercent: null },
      signedAmount: '109999.99',
      averageDaysToWin: 54,
    });
    expect(row(r.teams, u.director.id)).toMatchObject({
      name: '周总监团队',
      customersHeld: 4,
      customersAssigned: 3,
      customersWon: 2,
      conversionPercent: 66.67,
      followUps: { current: 4, previous: 3, changePercent: 33.33 },
      opportunityAmount: '63333.32',
      wonAmount: { current: '100000.00', previous: '80000.00', changePercent: 25 },
      signedAmount: '109999.99',
    });
  });

  it('shows a salesperson only themselves and a manager only their team', async () => {
    const s1 = (await app.ok(PERF, { f: MARCH }, t.s1)).salesPerformanceReport;
    expect(s1.people.map((p: { userId: string }) => p.userId)).toEqual([fx.users.s1.id]);
    expect(s1.teams).toEqual([]);
    const m = (await app.ok(PERF, { f: MARCH }, t.manager)).salesPerformanceReport;
    expect(m.people.map((p: { userId: string }) => p.userId).sort()).toEqual([fx.users.manager.id, fx.users.s1.id, fx.users.s2.id].sort());
    expect(m.teams.map((p: { userId: string; signedAmount: string }) => [p.userId, p.signedAmount])).toEqual([
      [fx.users.manager.id, '109999.99'],
    ]);
  });
});

const MONEY = `query($f: ReportFilter) { moneyReport(filter: $f) {
  signed { current previous changePercent } received { current previous changePercent } outstanding overdue
  periods { period start end signed { current previous changePercent } received { current previous changePercent } outstanding overdue } } }`;

describe('moneyReport', () => {
  it('sums signed, received, outstanding and overdue to the fen, per month with 环比', async () => {
    const r = (await app.ok(MONEY, { f: MARCH }, t.admin)).moneyReport;
    // Signed: K1 100000.00 + K4 9999.99 (K6's customer is deleted, K3 is a draft); February: K2.
    expect(r.signed).toEqual({ current: '109999.99', previous: '80000.00', changePercent: 37.5 });
    // Received: 20000.00 + 5000.50 + 30000.00; February: 50000.00.
    expect(r.received).toEqual({ current: '55000.50', previous: '50000.00', changePercent: 10 });
    // As of today (03-20): K1 100000.00 − 25000.50, K2 fully paid, K4 9999.99.
    expect(r.outstanding).toBe('84999.49');
    // Plans due before 03-20: P1 30000.00 − 20000.00 received against it, P3 paid, P4 9999.99.
    expect(r.overdue).toBe('19999.99');
    expect(r.periods).toEqual([
      {
        period: '2026-03',
        start: '2026-03-01',
        end: '2026-03-31',
        signed: { current: '109999.99', previous: '80000.00', changePercent: 37.5 },
        received: { current: '55000.50', previous: '50000.00', changePercent: 10 },
        outstanding: '84999.49',
        overdue: '19999.99',
      },
    ]);
  });

  it('gives each period its own as-of figures over a two-month range', async () => {
    const r = (await app.ok(MONEY, { f: { from: '2026-02-01', to: '2026-03-31' } }, t.admin)).moneyReport;
    expect(r.periods.map((p: { period: string }) => p.period)).toEqual(['2026-02', '2026-03']);
    // End of February: K2 80000.00 − 50000.00; P3 is due on 02-28, not before it.
    expect(r.periods[0]).toMatchObject({
      signed: { current: '80000.00', previous: '0.00', changePercent: null },
      received: { current: '50000.00' },
      outstanding: '30000.00',
      overdue: '0.00',
    });
    expect(r.periods[1]).toMatchObject({ signed: { current: '109999.99', previous: '80000.00' }, outstanding: '84999.49' });
    expect(r.signed).toEqual({ current: '189999.99', previous: '0.00', changePercent: null });
  });

  it('groups by quarter, with the quarter before as 环比 base', async () => {
    const r = (await app.ok(MONEY, { f: { from: '2026-01-01', to: '2026-03-31', period: 'QUARTER' } }, t.admin)).moneyReport;
    expect(r.periods).toEqual([
      {
        period: '2026-Q1',
        start: '2026-01-01',
        end: '2026-03-31',
        signed: { current: '189999.99', previous: '0.00', changePercent: null },
        received: { current: '105000.50', previous: '0.00', changePercent: null },
        outstanding: '84999.49',
        overdue: '19999.99',
      },
    ]);
  });

  it('gives a salesperson only their own contracts', async () => {
    const r = (await app.ok(MONEY, { f: MARCH }, t.s1)).moneyReport;
    expect(r).toMatchObject({
      signed: { current: '100000.00', previous: '0.00' },
      received: { current: '25000.50' },
      outstanding: '74999.50',
      overdue: '10000.00',
    });
    const m = (await app.ok(MONEY, { f: MARCH }, t.manager)).moneyReport;
    expect(m).toMatchObject({
      signed: { current: '109999.99', previous: '0.00' },
      received: { current: '25000.50', previous: '0.00' },
      outstanding: '84999.49',
      overdue: '19999.99',
    });
  });
});

describe('receiptReport and topCustomersReport', () => {
  const RECEIPTS = `query($f: ReportFilter, $after: String) { receiptReport(filter: $f, first: 2, after: $after) {
    totalCount edges { node { receivedDate amount method customerName contractNumber ownerName } } pageInfo { hasNextPage endCursor } } }`;

  it('lists the receipts of the range newest first, paged, in scope', async () => {
    const p1 = (await app.ok(RECEIPTS, { f: MARCH }, t.admin)).receiptReport;
    expect(p1.totalCount).toBe(3);
    expect(p1.edges.map((e: { node: { receivedDate: string; amount: string } }) => [e.node.receivedDate, e.node.amount])).toEqual([
      ['2026-03-18', '5000.50'],
      ['2026-03-12', '30000.00'],
    ]);
    expect(p1.edges[1].node).toMatchObject({ customerName: '丁方服务有限公司', contractNumber: 'HT-K2', ownerName: '刘洋' });
    const p2 = (await app.ok(RECEIPTS, { f: MARCH, after: p1.pageInfo.endCursor }, t.admin)).receiptReport;
    expect(p2.edges.map((e: { node: { amount: string } }) => e.node.amount)).toEqual(['20000.00']);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    const s1 = (await app.ok(RECEIPTS, { f: MARCH }, t.s1)).receiptReport;
    expect(s1.edges.map((e: { node: { amount: string } }) => e.node.amount)).toEqual(['5000.50', '20000.00']);
  });

  const TOP = `query($f: ReportFilter, $by: TopCustomersBy) { topCustomersReport(filter: $f, by: $by, limit: 10) { name signedAmount receivedAmount outstanding } }`;

  it('ranks customers by signed or received amount with what they owe today', async () => {
    expect((await app.ok(TOP, { f: MARCH, by: 'SIGNED' }, t.admin)).topCustomersReport).toEqual([
      { name: '甲方制造有限公司', signedAmount: '100000.00', receivedAmount: '25000.50', outstanding: '74999.50' },
      { name: '丙方贸易有限公司', signedAmount: '9999.99', receivedAmount: '0.00', outstanding: '9999.99' },
    ]);
    expect((await app.ok(TOP, { f: MARCH, by: 'RECEIVED' }, t.admin)).topCustomersReport).toEqual([
      { name: '丁方服务有限公司', signedAmount: '0.00', receivedAmount: '30000.00', outstanding: '0.00' },
      { name: '甲方制造有限公司', signedAmount: '100000.00', receivedAmount: '25000.50', outstanding: '74999.50' },
    ]);
    expect((await app.ok(TOP, { f: MARCH, by: 'SIGNED' }, t.s2)).topCustomersReport.map((c: { name: string }) => c.name)).toEqual([
      '丙方贸易有限公司',
    ]);
  });
});

const SAT = `query($f: ReportFilter) { satisfactionReport(filter: $f) {
  distribution { key label count percent } visits { current previous changePercent } satisfiedPercent previousSatisfiedPercent } }`;

describe('satisfactionReport', () => {
  it('distributes the recorded visits of the range by satisfaction with 环比', async () => {
    const r = (await app.ok(SAT, { f: MARCH }, t.admin)).satisfactionReport;
    expect(r.distribution.map((d: { key: string; count: number; percent: number }) => [d.key, d.count, d.percent])).toEqual([
      ['VERY_SATISFIED', 1, 33.33],
      ['SATISFIED', 1, 33.33],
      ['NEUTRAL', 0, 0],
      ['DISSATISFIED', 1, 33.33],
    ]);
    expect(r.visits).toEqual({ current: 3, previous: 1, changePercent: 200 });
    expect(r.satisfiedPercent).toBe(66.67);
    expect(r.previousSatisfiedPercent).toBe(0);
  });

  it('gives a salesperson their own visits; service staff see all', async () => {
    const s1 = (await app.ok(SAT, { f: MARCH }, t.s1)).satisfactionReport;
    expect(s1.visits).toEqual({ current: 2, previous: 0, changePercent: null });
    expect(s1.satisfiedPercent).toBe(100);
    expect((await app.ok(SAT, { f: MARCH }, t.service)).satisfactionReport.visits.current).toBe(3);
  });

  const TREND = `query($f: ReportFilter) { satisfactionReport(filter: $f) {
    averageScore dimensions { dimension { key } average count }
    trend { period start end visits averageScore dimensions { dimension { key } average count } }
    people { userId name visits averageScore dimensions { dimension { key } average count } } } }`;
  const dims = (list: { dimension: { key: string }; average: number | null; count: number }[]) =>
    Object.fromEntries(list.map((d) => [d.dimension.key, [d.average, d.count]]));
  /** The same figure straight from the tables: average overall score or one dimension's, over visits recorded in [from, to) by owners. */
  async function sqlAverage(from: string, to: string, dimension: string | null, owners: string[] | null = null) {
    const [row] = await app.db.dataSource.query(
      `SELECT round(avg(${dimension ? 's.score' : 'v.overall_score'}), 2)::float8 AS a, count(*)::int AS n
         FROM visits v ${dimension ? 'JOIN visit_scores s ON s.visit_id = v.id AND s.dimension_key = $3' : ''}
        WHERE v.actual_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai' AND v.actual_at < ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
          AND ($4::uuid[] IS NULL OR v.owner_id = ANY($4::uuid[])) ${dimension ? '' : 'AND $3::text IS NULL'}`,
      [from, to, dimension, owners],
    );
    return [row.a, row.n];
  }

  it('averages the overall score and each dimension over the range, per period and per salesperson, as SQL does', async () => {
    const r = (await app.ok(TREND, { f: { from: '2026-02-01', to: '2026-03-31' } }, t.admin)).satisfactionReport;
    // March: 5 / 4 / 2 overall; February: 3.
    expect(r.trend.map((p: { period: string; visits: number; averageScore: number }) => [p.period, p.visits, p.averageScore])).toEqual([
      ['2026-02', 1, 3],
      ['2026-03', 3, 3.67],
    ]);
    const march = r.trend[1];
    expect(dims(march.dimensions)).toEqual({ QUALITY: [3.33, 3], SERVICE: [3.67, 3], RESPONSE: [3, 3], DELIVERY: [3, 2] });
    for (const key of ['QUALITY', 'SERVICE', 'RESPONSE', 'DELIVERY']) {
      expect(dims(march.dimensions)[key]).toEqual(await sqlAverage('2026-03-01', '2026-04-01', key));
      expect(dims(r.dimensions)[key]).toEqual(await sqlAverage('2026-02-01', '2026-04-01', key));
    }
    expect([march.averageScore, march.visits]).toEqual(await sqlAverage('2026-03-01', '2026-04-01', null));
    expect([r.averageScore, 4]).toEqual(await sqlAverage('2026-02-01', '2026-04-01', null));
    const s1 = r.people.find((p: { userId: string }) => p.userId === fx.users.s1.id);
    expect(s1).toMatchObject({ name: '李娜', visits: 2, averageScore: 4.5 });
    expect(dims(s1.dimensions)).toEqual({ QUALITY: [4.5, 2], SERVICE: [4, 2], RESPONSE: [3.5, 2], DELIVERY: [4, 1] });
    expect(dims(s1.dimensions).RESPONSE).toEqual(await sqlAverage('2026-02-01', '2026-04-01', 'RESPONSE', [fx.users.s1.id]));
    // Most visits first (the ties by name).
    expect(r.people.map((p: { visits: number }) => p.visits)).toEqual([2, 1, 1]);
    expect(new Set(r.people.map((p: { userId: string }) => p.userId))).toEqual(new Set([fx.users.s1.id, fx.users.s2.id, fx.users.s3.id]));
  });

  it('a salesperson sees only their own visits in the trend and per-person figures', async () => {
    const r = (await app.ok(TREND, { f: { from: '2026-02-01', to: '2026-03-31' } }, t.s1)).satisfactionReport;
    expect(r.people.map((p: { userId: string }) => p.userId)).toEqual([fx.users.s1.id]);
    expect(r.trend.map((p: { visits: number; averageScore: number | null }) => [p.visits, p.averageScore])).toEqual([
      [0, null],
      [2, 4.5],
    ]);
    expect(r.averageScore).toBe(4.5);
    expect(dims(r.trend[0].dimensions)).toEqual({ QUALITY: [null, 0], SERVICE: [null, 0], RESPONSE: [null, 0], DELIVERY: [null, 0] });
    expect(dims(r.dimensions).QUALITY).toEqual(await sqlAverage('2026-02-01', '2026-04-01', 'QUALITY', [fx.users.s1.id]));
  });
});
