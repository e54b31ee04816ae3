import { activityFor, DEFAULT_ACTIVITY_THRESHOLDS, type CustomerGrade } from '@kehu/domain';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, type Team } from '../customers/customer.test-helpers';
import { SqlParams } from '../../db/sql';
import { activityPredicate } from './activity.sql';

const DAY = 86_400_000;
const T0 = '2026-06-01T02:00:00Z';
let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: T0 });
  team = await createTeam(app);
});
afterAll(() => app.close());

const q = (sql: string, params: unknown[] = []) => app.db.dataSource.query(sql, params);
const at = (days: number) => new Date(new Date(T0).getTime() + days * DAY);

async function customer(ownerId: string, grade: CustomerGrade, created: Date | string = T0) {
  const name = `活跃度${Math.random().toString(36).slice(2, 9)}有限公司`;
  const [{ id }] = await q(
    `INSERT INTO customers (name, name_key, owner_id, grade, grade_pinned, assigned_at, created_at) VALUES ($1, $1, $2, $3, true, $4, $4) RETURNING id`,
    [name, ownerId, grade, created],
  );
  return id as string;
}

const ACTIVITY = `query($id: ID!) { customer(id: $id) { activity lastContactAt activityInfo { activity idleDays daysSinceInteraction lastOrderDate lastReceiptDate dormantDays churnedDays reason reasonEn } } }`;
const activityOf = async (id: string, token = team.token.sales) => (await app.ok(ACTIVITY, { id }, token)).customer;
const listIds = async (activities: string[], token = team.token.sales, ownerIds?: string[]) =>
  (
    await app.ok(
      `query($a: [CustomerActivity!], $o: [ID!]) { customers(first: 100, filter: { activities: $a, ownerIds: $o }) { totalCount edges { node { id activity } } } }`,
      { a: activities, o: ownerIds },
      token,
    )
  ).customers;

describe('activity 活跃 → 沉睡 → 流失 and back', () => {
  it('a VIP left idle turns DORMANT at 30 days, CHURNED at 90, and ACTIVE again on a new follow-up', async () => {
    app.clock.set(T0);
    const id = await customer(team.sales.id, 'VIP');
    expect((await activityOf(id)).activity).toBe('ACTIVE');
    app.clock.set(new Date(at(30).getTime() - 1));
    expect((await activityOf(id)).activity).toBe('ACTIVE');
    app.clock.set(at(30));
    const dormant = await activityOf(id);
    expect(dormant.activityInfo).toMatchObject({
      activity: 'DORMANT',
      idleDays: 30,
      daysSinceInteraction: null,
      dormantDays: 30,
      churnedDays: 90,
      reason: '从未跟进, 从未下单',
    });
    expect((await listIds(['DORMANT'], team.token.sales, [team.sales.id])).edges.map((e: any) => e.node.id)).toContain(id);
    app.clock.set(at(90));
    expect((await activityOf(id)).activity).toBe('CHURNED');
    expect((await listIds(['CHURNED'], team.token.sales, [team.sales.id])).edges.map((e: any) => e.node.id)).toContain(id);

    // A follow-up through the API (the database keeps last_contact_at): active again.
    await app.ok(
      `mutation($c: ID!) { createFollowUp(customerId: $c, input: { method: PHONE, content: "挽回沟通" }) { id } }`,
      { c: id },
      team.token.sales,
    );
    const back = await activityOf(id);
    expect(back.activity).toBe('ACTIVE');
    expect(new Date(back.lastContactAt).toISOString()).toBe(at(90).toISOString());
    expect(back.activityInfo.reason).toBe('今天有跟进, 从未下单');
    expect((await listIds(['CHURNED', 'DORMANT'], team.token.sales, [team.sales.id])).edges.map((e: any) => e.node.id)).not.toContain(id);
  });

  it('orders, receipts and recorded visits count as contact; the reason names the last order', async () => {
    app.clock.set(T0);
    const id = await customer(team.sales.id, 'IMPORTANT', '2026-01-01T00:00:00Z');
    await q(
      `INSERT INTO follow_ups (customer_id, author_id, at, method, content) VALUES ($1, $2, '2026-04-17T02:00:00Z', 'PHONE', '旧跟进')`,
      [id, team.sales.id],
    );
    expect((await activityOf(id)).activityInfo).toMatchObject({ activity: 'DORMANT', idleDays: 45, reason: '45 天无跟进, 从未下单' });
    // A signed contract on 2026-05-20 (Shanghai): contact that day, the order named in the reason.
    const [{ id: k }] = await q(
      `INSERT INTO contracts (customer_id, owner_id, number, title, status, amount, signed_at) VALUES ($1, $2, $3, '年度采购', 'SIGNED', 1000, '2026-05-20') RETURNING id`,
      [id, team.sales.id, `HT-ACT-${id.slice(0, 8)}`],
    );
    const info = (await activityOf(id)).activityInfo;
    expect(info).toMatchObject({
      activity: 'ACTIVE',
      lastOrderDate: '2026-05-20',
      reason: '45 天无跟进, 上次下单 2026-05-20',
      reasonEn: 'No follow-up for 45 days, last order 2026-05-20',
    });
    app.clock.set(at(60));
    expect((await activityOf(id)).activity).toBe('DORMANT');
    await q(
      `INSERT INTO receipts (customer_id, contract_id, amount, received_date, method) VALUES ($1, $2, 500, '2026-07-30', 'BANK_TRANSFER')`,
      [id, k],
    );
    expect((await activityOf(id)).activityInfo).toMatchObject({ activity: 'ACTIVE', lastReceiptDate: '2026-07-30' });
    // Deleting the receipt recomputes the moment from what is left.
    await q(`DELETE FROM receipts WHERE contract_id = $1`, [k]);
    const [{ last }] = await q(`SELECT last_contact_at AS last FROM customers WHERE id = $1`, [id]);
    expect(new Date(last).toISOString()).toBe('2026-05-19T16:00:00.000Z');
    const [{ id: v }] = await q(
      `INSERT INTO visits (customer_id, type, planned_at, topic, owner_id, created_by_id) VALUES ($1, 'REGULAR', $2, '回访', $3, $3) RETURNING id`,
      [id, at(59), team.sales.id],
    );
    expect((await activityOf(id)).activity).toBe('DORMANT'); // planned, not recorded
    await q(`UPDATE visits SET actual_at = $2, method = 'PHONE', overall_score = 4 WHERE id = $1`, [v, at(59)]);
    expect((await activityOf(id)).activityInfo).toMatchObject({ activity: 'ACTIVE', daysSinceInteraction: 1 });
  });

  it('the list filter agrees with the rule for every grade and respects the data scope', async () => {
    app.clock.set(T0);
    const owner = team.outsider;
    const ids: { id: string; grade: CustomerGrade; created: Date }[] = [];
    for (const grade of ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'] as const) {
      for (const idle of [0, 29, 30, 44, 45, 59, 60, 89, 90, 119, 120, 179, 180, 364, 365, 400]) {
        const created = new Date(new Date(T0).getTime() - idle * DAY);
        ids.push({ id: await customer(owner.id, grade, created), grade, created });
      }
    }
    const now = new Date(T0);
    for (const want of [['ACTIVE'], ['DORMANT'], ['CHURNED'], ['ACTIVE', 'CHURNED'], ['DORMANT', 'CHURNED']] as const) {
      const expected = ids
        .filter((c) => (want as readonly string[]).includes(activityFor(c.created, c.grade, now, DEFAULT_ACTIVITY_THRESHOLDS)))
        .map((c) => c.id)
        .sort();
      const got = await listIds([...want], team.token.admin, [owner.id]);
      expect(got.edges.map((e: any) => e.node.id).sort()).toEqual(expected);
      expect(got.totalCount).toBe(expected.length);
      for (const e of got.edges) expect(want).toContain(e.node.activity);
    }
    // The salesperson of another team sees none of them, whatever the filter.
    expect((await listIds(['DORMANT', 'CHURNED', 'ACTIVE'], team.token.sales, [owner.id])).totalCount).toBe(0);
  });

  it('admins change the thresholds; the list and the field follow them; others may not', async () => {
    app.clock.set(T0);
    const id = await customer(team.sales.id, 'NORMAL', new Date(new Date(T0).getTime() - 20 * DAY));
    expect((await activityOf(id)).activity).toBe('ACTIVE');
    const rows = (normal: number) =>
      `[{ grade: VIP, dormantDays: 30, churnedDays: 90 }, { grade: IMPORTANT, dormantDays: 45, churnedDays: 120 }, { grade: NORMAL, dormantDays: ${normal}, churnedDays: 180 }, { grade: POTENTIAL, dormantDays: 90, churnedDays: 365 }]`;
    const denied = await app.gql(`mutation { updateActivitySettings(input: ${rows(20)}) { grade } }`, {}, team.token.manager);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await app.gql(`mutation { updateActivitySettings(input: ${rows(200)}) { grade } }`, {}, team.token.admin);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.2.churnedDays' });
    await app.ok(`mutation { updateActivitySettings(input: ${rows(20)}) { grade } }`, {}, team.token.admin);
    expect((await app.ok(`{ activitySettings { grade dormantDays } }`, {}, team.token.sales)).activitySettings[2]).toEqual({
      grade: 'NORMAL',
      dormantDays: 20,
    });
    expect((await activityOf(id)).activity).toBe('DORMANT');
    expect((await listIds(['DORMANT'], team.token.sales, [team.sales.id])).edges.map((e: any) => e.node.id)).toContain(id);
    await app.ok(`mutation { updateActivitySettings(input: ${rows(60)}) { grade } }`, {}, team.token.admin);
  });

  it('the filter is answered from the (grade, contact) index', async () => {
    const params = new SqlParams();
    const where = activityPredicate('c', ['DORMANT'], new Date(T0), params);
    await q('SET enable_seqscan = off');
    const plan = (await q(`EXPLAIN SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND ${where}`, params.values))
      .map((r: any) => r['QUERY PLAN'])
      .join('\n');
    await q('SET enable_seqscan = on');
    expect(plan).toMatch(/customers_(owner_)?grade_contact_idx/);
  });
});
