import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, type Team } from '../customers/customer.test-helpers';

/**
 * 客户价值 (RFM) and 价值贡献: every figure against an independent SQL sum over the contracts table, for each role's
 * scope. "Now" is 01:00 on 2026-06-15 in Shanghai (still the 14th in UTC): the as-of date is the business date.
 */
const NOW = '2026-06-14T17:00:00Z';
let app: TestApp;
let team: Team;
const ids: Record<string, string> = {};
const q = (sql: string, params: unknown[] = []) => app.db.dataSource.query(sql, params);
let seq = 0;

beforeAll(async () => {
  app = await startTestApp({ now: NOW });
  team = await createTeam(app);
  const customer = async (key: string, ownerId: string, grade: string, province: string | null) => {
    const name = `价值${key}有限公司`;
    const [{ id }] = await q(
      `INSERT INTO customers (name, name_key, owner_id, grade, grade_pinned, province, assigned_at) VALUES ($1, $1, $2, $3, true, $4, now()) RETURNING id`,
      [name, ownerId, grade, province],
    );
    ids[key] = id;
  };
  await customer('A', team.sales.id, 'VIP', '广东省');
  await customer('B', team.sales.id, 'IMPORTANT', '北京市');
  await customer('C', team.outsider.id, 'NORMAL', null);
  await customer('D', team.manager.id, 'POTENTIAL', '广东省');
  await customer('E', team.sales.id, 'VIP', '上海市');
  const order = (key: string, ownerId: string, signedAt: string | null, amount: string, status = 'SIGNED') =>
    q(`INSERT INTO contracts (customer_id, owner_id, number, title, status, amount, signed_at) VALUES ($1, $2, $3, '采购', $4, $5, $6)`, [
      ids[key],
      ownerId,
      `HT-VAL-${++seq}`,
      status,
      amount,
      signedAt,
    ]);
  await order('A', team.sales.id, '2026-05-01', '300000.00');
  await order('A', team.sales.id, '2025-07-01', '100000.00', 'COMPLETED');
  await order('A', team.sales.id, '2025-06-15', '999.00'); // the day the window starts after: outside
  await order('A', team.sales.id, '2026-06-10', '50000.00', 'TERMINATED'); // not signed business
  await order('A', team.sales.id, null, '70000.00', 'DRAFT');
  await order('B', team.sales.id, '2026-01-10', '120000.50');
  await order('C', team.outsider.id, '2026-03-01', '40000.00');
  await order('D', team.manager.id, '2026-06-15', '0.25'); // today (Shanghai): inside
  await order('E', team.sales.id, '2024-01-01', '500000.00');
});
afterAll(() => app.close());

const REPORT = `query($f: ReportFilter, $n: Int) { valueReport(filter: $f, limit: $n) {
  asOf windowFrom customers orders revenue
  byGrade { key label customers orders revenue percent } byRegion { key label customers orders revenue percent }
  top { customerId name grade province ownerName lastOrderDate recencyDays frequency revenue percent cumulativePercent } } }`;
const report = async (token: string, f: Record<string, unknown> = {}, n = 10) => (await app.ok(REPORT, { f, n }, token)).valueReport;

/** The independent figures: plain SQL over contracts, by the definition (signed or completed, window (from, to]). */
async function expected(ownerIds: string[], from = '2025-06-15', to = '2026-06-15') {
  const rows: { customer_id: string; grade: string; province: string | null; revenue: string; orders: number; last: string }[] = await q(
    `SELECT k.customer_id, c.grade, c.province, sum(k.amount)::text AS revenue, count(*)::int AS orders, max(k.signed_at)::text AS last
       FROM contracts k JOIN customers c ON c.id = k.customer_id
      WHERE k.owner_id = ANY($1::uuid[]) AND c.owner_id = ANY($1::uuid[]) AND k.status IN ('SIGNED', 'COMPLETED')
        AND k.signed_at > $2::date AND k.signed_at <= $3::date
      GROUP BY k.customer_id, c.grade, c.province ORDER BY sum(k.amount) DESC`,
    [ownerIds, from, to],
  );
  const [{ total, n }] = await q(
    `SELECT COALESCE(sum(k.amount), 0)::numeric(16,2)::text AS total, count(*)::int AS n FROM contracts k
      WHERE k.owner_id = ANY($1::uuid[]) AND k.status IN ('SIGNED', 'COMPLETED') AND k.signed_at > $2::date AND k.signed_at <= $3::date`,
    [ownerIds, from, to],
  );
  return { rows, total, n };
}

describe('valueReport (客户价值 / 价值贡献)', () => {
  it('an admin gets every figure equal to the independent sums, by grade, by region and per customer', async () => {
    const r = await report(team.token.admin);
    const all = [team.sales.id, team.manager.id, team.outsider.id];
    const x = await expected(all);
    expect(r).toMatchObject({ asOf: '2026-06-15', windowFrom: '2025-06-16', customers: x.rows.length, orders: x.n, revenue: x.total });
    expect(r.revenue).toBe('560000.75');
    expect(r.customers).toBe(4);
    expect(r.orders).toBe(5);

    // By grade: every grade, its revenue the SQL sum of its customers' rows.
    for (const g of r.byGrade) {
      const mine = x.rows.filter((row) => row.grade === g.key);
      const sum = await q(
        `SELECT COALESCE(sum(k.amount), 0)::numeric(16,2)::text AS s FROM contracts k JOIN customers c ON c.id = k.customer_id
          WHERE c.grade = $1 AND k.status IN ('SIGNED', 'COMPLETED') AND k.signed_at > '2025-06-15' AND k.signed_at <= '2026-06-15'`,
        [g.key],
      );
      expect(g.revenue).toBe(sum[0].s);
      expect(g.customers).toBe(mine.length);
      expect(g.orders).toBe(mine.reduce((s, m) => s + m.orders, 0));
    }
    expect(r.byGrade.map((g: any) => [g.key, g.label, g.revenue, g.percent])).toEqual([
      ['VIP', 'VIP', '400000.00', 71.43],
      ['IMPORTANT', '重要', '120000.50', 21.43],
      ['NORMAL', '普通', '40000.00', 7.14],
      ['POTENTIAL', '潜在', '0.25', 0],
    ]);

    // By region: largest first, the unfilled province labelled.
    const regionSums: { p: string | null; s: string }[] = await q(
      `SELECT c.province AS p, sum(k.amount)::numeric(16,2)::text AS s FROM contracts k JOIN customers c ON c.id = k.customer_id
        WHERE k.status IN ('SIGNED', 'COMPLETED') AND k.signed_at > '2025-06-15' AND k.signed_at <= '2026-06-15'
        GROUP BY c.province ORDER BY sum(k.amount) DESC`,
    );
    expect(r.byRegion.map((b: any) => [b.key, b.revenue])).toEqual(regionSums.map((s) => [s.p, s.s]));
    expect(r.byRegion.map((b: any) => b.label)).toEqual(['广东省', '北京市', '未填写']);
    expect(r.byRegion[0]).toMatchObject({ customers: 2, orders: 3, revenue: '400000.25', percent: 71.43 });

    // Per customer: R, F, M against the rows, ranked by revenue, with the running share.
    expect(r.top.map((t: any) => t.customerId)).toEqual(x.rows.map((row) => row.customer_id));
    for (const [i, t] of r.top.entries()) {
      const row = x.rows[i];
      expect(t.revenue).toBe(row.revenue);
      expect(t.frequency).toBe(row.orders);
      expect(t.lastOrderDate).toBe(row.last);
    }
    expect(r.top[0]).toMatchObject({
      name: '价值A有限公司',
      grade: 'VIP',
      province: '广东省',
      ownerName: team.sales.name,
      lastOrderDate: '2026-05-01',
      recencyDays: 45,
      frequency: 2,
      revenue: '400000.00',
      percent: 71.43,
      cumulativePercent: 71.43,
    });
    expect(r.top[1]).toMatchObject({ revenue: '120000.50', cumulativePercent: 92.86, recencyDays: 156 });
    expect(r.top[3]).toMatchObject({ name: '价值D有限公司', recencyDays: 0, revenue: '0.25', cumulativePercent: 100 });
    expect((await report(team.token.admin, {}, 2)).top).toHaveLength(2);
  });

  it('each role counts only its own numbers: manager the team, salesperson their own, the other team theirs', async () => {
    const manager = await report(team.token.manager);
    const mx = await expected([team.sales.id, team.manager.id]);
    expect(manager).toMatchObject({ revenue: mx.total, orders: mx.n, customers: 3 });
    expect(manager.revenue).toBe('520000.75');
    const sales = await report(team.token.sales);
    const sx = await expected([team.sales.id]);
    expect(sales).toMatchObject({ revenue: sx.total, orders: sx.n, customers: 2 });
    expect(sales.top.map((t: any) => t.name)).toEqual(['价值A有限公司', '价值B有限公司']);
    const outsider = await report(team.token.outsider);
    expect(outsider).toMatchObject({ revenue: '40000.00', customers: 1 });
    expect(outsider.top.map((t: any) => t.name)).toEqual(['价值C有限公司']);
    // Asking for someone outside one's scope finds nothing.
    expect((await report(team.token.outsider, { ownerIds: [team.sales.id] })).revenue).toBe('0.00');
  });

  it('takes the as-of date from the filter, and checks its limit', async () => {
    const r = await report(team.token.admin, { to: '2026-03-31' });
    const x = await expected([team.sales.id, team.manager.id, team.outsider.id], '2025-03-31', '2026-03-31');
    expect(r).toMatchObject({ asOf: '2026-03-31', windowFrom: '2025-04-01', revenue: x.total, orders: x.n });
    expect(r.revenue).toBe('260999.50'); // 2025-06-15's order is inside this window
    expect(r.top.find((t: any) => t.name === '价值A有限公司')).toMatchObject({ lastOrderDate: '2025-07-01', recencyDays: 273 });
    const bad = await app.gql(REPORT, { f: {}, n: 0 }, team.token.admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
