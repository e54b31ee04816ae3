import { activityFor, businessDate, lifecycleFor, type CustomerGrade } from '@kehu/domain';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, type Team } from '../customers/customer.test-helpers';

const T0 = '2026-06-01T02:00:00Z';
let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: T0 });
  team = await createTeam(app);
});
afterAll(() => app.close());

const q = (sql: string, params: unknown[] = []) => app.db.dataSource.query(sql, params);
let seq = 0;

async function customer(ownerId: string, grade: CustomerGrade = 'IMPORTANT', created: string = T0) {
  const name = `生命周期${Math.random().toString(36).slice(2, 9)}有限公司`;
  const [{ id }] = await q(
    `INSERT INTO customers (name, name_key, owner_id, grade, grade_pinned, assigned_at, created_at) VALUES ($1, $1, $2, $3, true, $4, $4) RETURNING id`,
    [name, ownerId, grade, created],
  );
  return id as string;
}
const order = (customerId: string, ownerId: string, signedAt: string, amount: string, status = 'SIGNED') =>
  q(`INSERT INTO contracts (customer_id, owner_id, number, title, status, amount, signed_at) VALUES ($1, $2, $3, '采购', $4, $5, $6)`, [
    customerId,
    ownerId,
    `HT-LC-${++seq}`,
    status,
    amount,
    signedAt,
  ]);
const followUp = (customerId: string, at: string) =>
  q(`INSERT INTO follow_ups (customer_id, author_id, at, method, content) VALUES ($1, $2, $3, 'PHONE', '例行沟通')`, [
    customerId,
    team.sales.id,
    at,
  ]);

const INFO = `query($id: ID!) { customer(id: $id) { lifecycle lifecycleInfo { lifecycle activity trend firstOrderDate tenureDays amount12m amountPrev12m reason reasonEn } } }`;
const infoOf = async (id: string, token = team.token.sales) => (await app.ok(INFO, { id }, token)).customer;
const LIST = `query($l: [CustomerLifecycle!], $o: [ID!]) { customers(first: 100, filter: { lifecycles: $l, ownerIds: $o }) { totalCount edges { node { id lifecycle lifecycleInfo { reason } } } } }`;
const listed = async (stages: string[], token = team.token.sales, owners = [team.sales.id]) =>
  (await app.ok(LIST, { l: stages, o: owners }, token)).customers.edges.map((e: any) => e.node.id);

describe('lifecycle 获取期 → 提升期 → 成熟期 → 衰退期 → 离开期 over time', () => {
  it('follows one customer through every stage, the list filter agreeing at each step', async () => {
    app.clock.set(T0);
    const id = await customer(team.sales.id);
    const expectStage = async (stage: string, reason: string) => {
      const c = await infoOf(id);
      expect(c.lifecycle).toBe(stage);
      expect(c.lifecycleInfo.reason).toBe(reason);
      expect(await listed([stage])).toContain(id);
      return c.lifecycleInfo;
    };
    await expectStage('ACQUISITION', '尚未成交');

    // First order today: still 获取期, counted from the first order.
    await order(id, team.sales.id, '2026-06-01', '100000.00');
    await order(id, team.sales.id, '2026-06-01', '999999.00', 'TERMINATED'); // terminated: not signed business
    expect(await expectStage('ACQUISITION', '首单 2026-06-01, 成交 0 天')).toMatchObject({
      firstOrderDate: '2026-06-01',
      tenureDays: 0,
      amount12m: '100000.00',
      amountPrev12m: '0.00',
      trend: 'RISING',
    });

    // 90 days later with no contact since the order: IMPORTANT is 沉睡 at 45 days -> 衰退期.
    app.clock.set('2026-08-30T02:00:00Z');
    await expectStage('DECLINE', '90 天无任何往来 (沉睡)');
    // A follow-up brings it back: 90 days since the first order, buying more than the year before -> 提升期.
    await followUp(id, '2026-08-29T02:00:00Z');
    const growth = await expectStage('GROWTH', '近 12 个月下单 ¥100,000.00, 上一年无下单');
    expect(growth.reasonEn).toBe('Ordered ¥100,000.00 in the last 12 months, nothing the year before');
    expect(await listed(['ACQUISITION', 'DECLINE'])).not.toContain(id);

    // A year on, a similar order (+10%): 成熟期.
    app.clock.set('2027-07-01T02:00:00Z');
    await order(id, team.sales.id, '2027-06-20', '110000.00');
    await followUp(id, '2027-06-30T02:00:00Z');
    expect(await expectStage('MATURITY', '合作 395 天, 近 12 个月下单 ¥110,000.00, 上一年 ¥100,000.00 (增长 10%)')).toMatchObject({
      trend: 'STEADY',
      amount12m: '110000.00',
      amountPrev12m: '100000.00',
    });

    // Another year without an order, still in touch: the amount fell -> 衰退期.
    app.clock.set('2028-07-01T02:00:00Z');
    await followUp(id, '2028-06-30T02:00:00Z');
    await expectStage('DECLINE', '近 12 个月下单 ¥0.00, 上一年 ¥110,000.00 (下降 100%)');

    // 120 days without any contact: 流失 -> 离开期.
    app.clock.set('2028-10-28T02:00:00Z');
    const exit = await expectStage('EXIT', '120 天无任何往来 (流失)');
    expect(exit).toMatchObject({ activity: 'CHURNED', reasonEn: 'No contact for 120 days (churned)' });
  });

  it('the list filter agrees with the domain rule for every customer and respects the data scope', async () => {
    const now = new Date('2026-06-01T02:00:00Z');
    app.clock.set(now);
    const owner = team.outsider;
    const today = businessDate(now, 'Asia/Shanghai');
    type Case = { created: string; orders: [string, string][]; grade?: CustomerGrade };
    const cases: Case[] = [
      { created: '2026-05-01T00:00:00Z', orders: [] }, // never ordered
      { created: '2025-01-01T00:00:00Z', orders: [] }, // never ordered, long idle: churned
      { created: '2024-01-01T00:00:00Z', orders: [['2026-03-04', '5000.00']] }, // first order 89 days ago
      { created: '2024-01-01T00:00:00Z', orders: [['2026-03-03', '5000.00']] }, // 90 days ago
      {
        created: '2024-01-01T00:00:00Z',
        orders: [
          ['2025-05-01', '100000.00'],
          ['2026-05-01', '120000.00'],
        ],
      }, // +20%
      {
        created: '2024-01-01T00:00:00Z',
        orders: [
          ['2025-05-01', '100000.00'],
          ['2026-05-01', '119999.99'],
        ],
      }, // steady
      {
        created: '2024-01-01T00:00:00Z',
        orders: [
          ['2025-05-01', '100000.00'],
          ['2026-05-01', '80000.00'],
        ],
      }, // -20%
      {
        created: '2024-01-01T00:00:00Z',
        orders: [
          ['2025-05-01', '100000.00'],
          ['2026-05-01', '80000.01'],
        ],
      }, // steady
      {
        created: '2024-01-01T00:00:00Z',
        orders: [
          ['2025-06-01', '100000.00'],
          ['2026-05-30', '100000.00'],
        ],
      }, // boundary day
      {
        created: '2024-01-01T00:00:00Z',
        orders: [
          ['2023-05-01', '100000.00'],
          ['2026-05-30', '1.00'],
        ],
      }, // prev year empty
      {
        created: '2024-01-01T00:00:00Z',
        orders: [
          ['2024-05-01', '100000.00'],
          ['2026-05-30', '0.00'],
        ],
      }, // 24 months nothing
      { created: '2024-01-01T00:00:00Z', orders: [['2026-01-15', '100000.00']], grade: 'VIP' }, // VIP dormant since
    ];
    const made: { id: string; grade: CustomerGrade; created: string; orders: [string, string][] }[] = [];
    for (const c of cases) {
      const id = await customer(owner.id, c.grade ?? 'NORMAL', c.created);
      for (const [d, a] of c.orders) await order(id, owner.id, d, a);
      made.push({ id, grade: c.grade ?? 'NORMAL', created: c.created, orders: c.orders });
    }
    const [rows] = [await q(`SELECT id, COALESCE(last_contact_at, created_at) AS contact FROM customers WHERE owner_id = $1`, [owner.id])];
    const contact = new Map<string, Date>(rows.map((r: any) => [r.id, new Date(r.contact)]));
    const expected = new Map<string, string>();
    const sumIn = (orders: [string, string][], from: string, to: string) =>
      orders.filter(([d]) => d > from && d <= to).reduce((s, [, a]) => s + BigInt(a.replace('.', '')), 0n);
    const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
    for (const m of made) {
      const activity = activityFor(contact.get(m.id)!, m.grade, now);
      const cur = sumIn(m.orders, '2025-06-01', '9999-12-31');
      const prev = sumIn(m.orders, '2024-06-01', '2025-06-01');
      const first = m.orders.length ? m.orders.map(([d]) => d).sort()[0] : null;
      const idle = Math.floor((now.getTime() - contact.get(m.id)!.getTime()) / 86_400_000);
      expected.set(
        m.id,
        lifecycleFor({ activity, idleDays: idle, firstOrderDate: first, amount12m: yuan(cur), amountPrev12m: yuan(prev), today }).lifecycle,
      );
    }
    // Every stage is represented by this matrix.
    expect(new Set(expected.values())).toEqual(new Set(['ACQUISITION', 'GROWTH', 'MATURITY', 'DECLINE', 'EXIT']));
    for (const stage of ['ACQUISITION', 'GROWTH', 'MATURITY', 'DECLINE', 'EXIT']) {
      const want = made.filter((m) => expected.get(m.id) === stage).map((m) => m.id);
      const got = await app.ok(LIST, { l: [stage], o: [owner.id] }, team.token.admin);
      expect(got.customers.edges.map((e: any) => e.node.id).sort()).toEqual(want.sort());
      expect(got.customers.totalCount).toBe(want.length);
      for (const e of got.customers.edges) expect(e.node.lifecycle).toBe(stage);
    }
    // Another team's salesperson sees none of them.
    expect(await listed(['ACQUISITION', 'GROWTH', 'MATURITY', 'DECLINE', 'EXIT'], team.token.sales, [owner.id])).toEqual([]);
  });

  it('a page of customers costs the same statements whether it shows one stage or fifty', async () => {
    app.clock.set(T0);
    const owner = team.manager;
    const one = await customer(owner.id, 'NORMAL');
    await order(one, owner.id, '2026-05-01', '1000.00');
    const PAGE = `query($o: [ID!]) { customers(first: 100, filter: { ownerIds: $o }) { edges { node { id lifecycle lifecycleInfo { lifecycle reason amount12m } activity } } } }`;
    const small = await app.gql(PAGE, { o: [owner.id] }, team.token.admin);
    expect(small.errors).toBeUndefined();
    expect(small.data!.customers.edges).toHaveLength(1);
    for (let i = 0; i < 49; i++) {
      const id = await customer(owner.id, 'NORMAL');
      await order(id, owner.id, '2026-04-01', `${1000 + i}.00`);
    }
    const big = await app.gql(PAGE, { o: [owner.id] }, team.token.admin);
    expect(big.data!.customers.edges).toHaveLength(50);
    expect(big.statements).toBe(small.statements);
  });
});
