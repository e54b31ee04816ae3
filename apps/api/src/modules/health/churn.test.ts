import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, type Team } from '../customers/customer.test-helpers';
import { ReminderKind } from '../notifications/notification.enums';
import { runScan } from '../reminders/reminder.service';

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
const scan = async () =>
  (await runScan(app.services, ReminderKind.CHURN_RISK)).map((n) => ({ to: n.recipientId, customer: n.customerId, title: n.title }));

async function customer(ownerId: string, grade: string, created: Date | string = T0) {
  const name = `流失预警${Math.random().toString(36).slice(2, 9)}有限公司`;
  const [{ id }] = await q(
    `INSERT INTO customers (name, name_key, owner_id, grade, grade_pinned, assigned_at, created_at) VALUES ($1, $1, $2, $3, true, $4, $4) RETURNING id`,
    [name, ownerId, grade, created],
  );
  return id as string;
}
const RISKS = `{ churnRisks(first: 100) { totalCount items { customer { id } causes { cause detail text } } } }`;
const risksOf = async (token: string) => (await app.ok(RISKS, {}, token)).churnRisks;

describe('流失预警', () => {
  it('a VIP turning 沉睡 warns its owner and the manager once, clears on a follow-up, warns again on a new dormancy', async () => {
    app.clock.set(T0);
    const id = await customer(team.sales.id, 'VIP');
    const normal = await customer(team.sales.id, 'NORMAL'); // 沉睡 at 60 days, but not a VIP/重要: no warning
    app.clock.set(new Date(at(30).getTime() - 1));
    expect((await scan()).filter((n) => n.customer === id)).toEqual([]);
    app.clock.set(at(30));
    const first = (await scan()).filter((n) => n.customer === id);
    expect(first.map((n) => n.to).sort()).toEqual([team.sales.id, team.manager.id].sort());
    expect(first[0].title).toContain('流失预警');
    expect(await scan()).toEqual([]); // once per cause
    const card = await risksOf(team.token.manager);
    expect(card.items.find((i: any) => i.customer.id === id).causes).toEqual([
      { cause: 'DORMANT', detail: '30', text: '30 天无往来 (沉睡)' },
    ]);
    expect(card.items.some((i: any) => i.customer.id === normal)).toBe(false);

    // A follow-up ends the cause: the unread warnings are cleared, the card drops it, nothing new is sent.
    app.clock.set(at(31));
    await app.ok(
      `mutation($c: ID!) { createFollowUp(customerId: $c, input: { method: PHONE, content: "回访挽留" }) { id } }`,
      { c: id },
      team.token.sales,
    );
    expect((await scan()).filter((n) => n.customer === id)).toEqual([]);
    const [{ unread }] = await q(
      `SELECT count(*)::int AS unread FROM notifications WHERE kind = 'CHURN_RISK' AND customer_id = $1 AND read_at IS NULL`,
      [id],
    );
    expect(unread).toBe(0);
    expect((await risksOf(team.token.manager)).items.some((i: any) => i.customer.id === id)).toBe(false);

    // Idle again for 30 days: a new cause, a new warning.
    app.clock.set(at(61));
    expect((await scan()).filter((n) => n.customer === id)).toHaveLength(2);
  });

  it('a satisfaction drop and an overdue receivable are causes too; the card is scoped', async () => {
    app.clock.set(T0);
    const id = await customer(team.outsider.id, 'NORMAL');
    const visit = (days: number, overall: number) =>
      q(
        `INSERT INTO visits (customer_id, type, planned_at, topic, owner_id, created_by_id, actual_at, method, overall_score) VALUES ($1, 'REGULAR', $2, '回访', $3, $3, $2, 'PHONE', $4)`,
        [id, at(days), team.outsider.id, overall],
      );
    await visit(-10, 5);
    await visit(-5, 4); // 5 → 4: a drop of 1, the default margin
    const outsiderToken = await app.login(team.outsider.email);
    let mine = (await risksOf(outsiderToken)).items.find((i: any) => i.customer.id === id);
    expect(mine.causes).toEqual([{ cause: 'SATISFACTION_DROP', detail: '5.0→4.0', text: '满意度下降 5.0→4.0' }]);
    const warned = (await scan()).filter((n) => n.customer === id);
    expect(warned.map((n) => n.to)).toEqual([team.outsider.id]); // no manager above this salesperson
    await visit(-1, 4); // 4 → 4: the cause ends
    expect((await risksOf(outsiderToken)).items.some((i: any) => i.customer.id === id)).toBe(false);

    const [{ id: k }] = await q(
      `INSERT INTO contracts (customer_id, owner_id, number, title, status, amount, signed_at) VALUES ($1, $2, $3, '采购', 'SIGNED', 1000, '2026-03-01') RETURNING id`,
      [id, team.outsider.id, `HT-CHURN-${id.slice(0, 8)}`],
    );
    const [{ id: plan }] = await q(
      `INSERT INTO payment_plans (customer_id, contract_id, due_date, amount) VALUES ($1, $2, '2026-05-01', 1000) RETURNING id`,
      [id, k],
    );
    // Due 2026-05-01 + 30 days = 2026-05-31 (Shanghai): overdue long enough on 2026-06-01.
    mine = (await risksOf(outsiderToken)).items.find((i: any) => i.customer.id === id);
    expect(mine.causes).toEqual([{ cause: 'OVERDUE', detail: '2026-05-01 1000.00', text: '回款逾期：2026-05-01 到期未收 1000.00 元' }]);
    // Independent count: customers of this owner with an open plan due 30+ days ago.
    const [{ n }] = await q(
      `SELECT count(DISTINCT p.customer_id)::int AS n FROM payment_plans p JOIN customers c ON c.id = p.customer_id
        WHERE c.owner_id = $1 AND p.due_date <= '2026-05-02' AND p.amount > COALESCE((SELECT sum(amount) FROM receipts r WHERE r.plan_id = p.id), 0)`,
      [team.outsider.id],
    );
    expect((await risksOf(outsiderToken)).totalCount).toBe(n);
    // Another team's salesperson and manager do not see it.
    expect((await risksOf(team.token.sales)).items.some((i: any) => i.customer.id === id)).toBe(false);
    expect((await risksOf(team.token.manager)).items.some((i: any) => i.customer.id === id)).toBe(false);
    expect((await risksOf(team.token.admin)).items.some((i: any) => i.customer.id === id)).toBe(true);
    // Received in full: the cause ends.
    await q(
      `INSERT INTO receipts (customer_id, contract_id, plan_id, amount, received_date, method) VALUES ($1, $2, $3, 1000, '2026-06-01', 'BANK_TRANSFER')`,
      [id, k, plan],
    );
    expect((await risksOf(outsiderToken)).items.some((i: any) => i.customer.id === id)).toBe(false);
  });
});

describe('流失预警设置', () => {
  it('admins set the margin and the days; the causes follow; others may not', async () => {
    app.clock.set(T0);
    const id = await customer(team.sales.id, 'NORMAL');
    const [{ id: k }] = await q(
      `INSERT INTO contracts (customer_id, owner_id, number, title, status, amount, signed_at) VALUES ($1, $2, $3, '采购', 'SIGNED', 800, '2026-03-01') RETURNING id`,
      [id, team.sales.id, `HT-SET-${id.slice(0, 8)}`],
    );
    await q(`INSERT INTO payment_plans (customer_id, contract_id, due_date, amount) VALUES ($1, $2, '2026-05-22', 800)`, [id, k]);
    const has = async () => (await risksOf(team.token.sales)).items.some((i: any) => i.customer.id === id);
    expect(await has()).toBe(false); // 10 days overdue < 30
    const denied = await app.gql(
      `mutation { updateChurnSettings(input: { satisfactionDrop: 1, overdueDays: 10 }) { overdueDays } }`,
      {},
      team.token.manager,
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await app.gql(
      `mutation { updateChurnSettings(input: { satisfactionDrop: 5, overdueDays: 10 }) { overdueDays } }`,
      {},
      team.token.admin,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.satisfactionDrop' });
    await app.ok(`mutation { updateChurnSettings(input: { satisfactionDrop: 1, overdueDays: 10 }) { overdueDays } }`, {}, team.token.admin);
    expect((await app.ok(`{ churnSettings { satisfactionDrop overdueDays } }`, {}, team.token.sales)).churnSettings).toEqual({
      satisfactionDrop: 1,
      overdueDays: 10,
    });
    expect(await has()).toBe(true);
    await app.ok(`mutation { updateChurnSettings(input: { satisfactionDrop: 1, overdueDays: 30 }) { overdueDays } }`, {}, team.token.admin);
  });
});
