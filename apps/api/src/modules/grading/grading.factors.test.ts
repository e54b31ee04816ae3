import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, type Team } from '../customers/customer.test-helpers';

/**
 * 分级 by more than amount (issue 18, item 5): admin factors for tenure and credit beside the amount thresholds,
 * applied by 重新分级 through the customers module's write, each customer's reason visible, pinned grades kept.
 * "Now" is 2026-06-15 (Shanghai).
 */
let app: TestApp;
let team: Team;
const q = (sql: string, params: unknown[] = []) => app.db.dataSource.query(sql, params);
let seq = 0;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-06-15T02:00:00Z' });
  team = await createTeam(app);
});
afterAll(() => app.close());

async function customer(grade = 'POTENTIAL', pinned = false) {
  const name = `分级${Math.random().toString(36).slice(2, 9)}有限公司`;
  const [{ id }] = await q(
    `INSERT INTO customers (name, name_key, owner_id, grade, grade_pinned, assigned_at) VALUES ($1, $1, $2, $3, $4, now()) RETURNING id`,
    [name, team.sales.id, grade, pinned],
  );
  return id as string;
}
async function order(customerId: string, signedAt: string, amount: string) {
  const [{ id }] = await q(
    `INSERT INTO contracts (customer_id, owner_id, number, title, status, amount, signed_at) VALUES ($1, $2, $3, '采购', 'SIGNED', $4, $5) RETURNING id`,
    [customerId, team.sales.id, `HT-GF-${++seq}`, amount, signedAt],
  );
  return id as string;
}
const INFO = `query($id: ID!) { customer(id: $id) { grade gradeInfo { grade pinned ruleGrade amount12m firstOrderDate creditRating reason reasonEn } } }`;
const info = async (id: string) => (await app.ok(INFO, { id }, team.token.sales)).customer;
const setFactors = (tenureMonths: number, minCredit: string, token = team.token.admin) =>
  app.gql(
    `mutation { updateGradingFactors(input: { tenureMonths: ${tenureMonths}, minCredit: ${minCredit} }) { tenureMonths minCredit } }`,
    {},
    token,
  );
const regrade = () => app.ok(`mutation { recomputeGrades }`, {}, team.token.admin);

describe('grading by amount, tenure and credit', () => {
  it('applies the admin factors at 重新分级, shows each reason, and keeps a pinned grade', async () => {
    // An old customer (first order 2023) with ¥150,000.00 this year, a second-year one, a late payer, a pinned one.
    const loyal = await customer();
    await order(loyal, '2023-05-01', '20000.00');
    await order(loyal, '2026-02-01', '150000.00');
    const young = await customer();
    await order(young, '2025-12-01', '150000.00');
    const late = await customer();
    const k = await order(late, '2026-01-10', '150000.00');
    await q(`INSERT INTO payment_plans (customer_id, contract_id, due_date, amount) VALUES ($1, $2, '2026-05-01', 50000)`, [late, k]);
    const pinned = await customer('NORMAL', true);
    await order(pinned, '2023-05-01', '150000.00');
    await order(pinned, '2026-02-01', '150000.00');

    // The defaults: the amount alone.
    expect(await app.ok(`{ gradingFactors { tenureMonths minCredit } }`, {}, team.token.sales)).toEqual({
      gradingFactors: { tenureMonths: 0, minCredit: 'C' },
    });
    await regrade();
    for (const id of [loyal, young, late]) expect((await info(id)).grade).toBe('IMPORTANT');
    expect((await info(late)).gradeInfo).toMatchObject({ creditRating: 'C', ruleGrade: 'IMPORTANT' });

    // Only admins set the factors, and only valid ones.
    expect((await setFactors(24, 'B', team.token.manager)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await setFactors(-1, 'B')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tenureMonths' });
    expect((await setFactors(24, 'B')).data).toEqual({ updateGradingFactors: { tenureMonths: 24, minCredit: 'B' } });

    // Before regrading, each reason already says what the rule in force gives.
    expect((await info(loyal)).gradeInfo).toMatchObject({
      grade: 'IMPORTANT',
      ruleGrade: 'VIP',
      amount12m: '150000.00',
      firstOrderDate: '2023-05-01',
      reason: '近 12 个月签约 ¥150,000.00 → 重要; 首单 2023-05-01 起合作满 24 个月, 升一级 = VIP',
    });
    expect(await regrade()).toEqual({ recomputeGrades: 2 });
    expect((await info(loyal)).grade).toBe('VIP');
    expect((await info(young)).grade).toBe('IMPORTANT');
    const l = await info(late);
    expect(l).toMatchObject({ grade: 'NORMAL', gradeInfo: { creditRating: 'C', ruleGrade: 'NORMAL' } });
    expect(l.gradeInfo.reasonEn).toBe('Signed ¥150,000.00 in 12 months → Important; credit C below B, down one grade = Normal');
    // The pinned grade stays, and says so.
    const p = await info(pinned);
    expect(p.grade).toBe('NORMAL');
    expect(p.gradeInfo).toMatchObject({ pinned: true, ruleGrade: 'VIP' });
    expect(p.gradeInfo.reason).toBe(
      '手动设置, 不自动调整 (按规则: 近 12 个月签约 ¥150,000.00 → 重要; 首单 2023-05-01 起合作满 24 个月, 升一级 = VIP)',
    );
    // The change log says why.
    const notes = (await q(`SELECT note FROM change_logs WHERE entity_id = $1 AND action = 'REGRADE'`, [late])).map((r: any) => r.note);
    expect(notes).toContain('近 12 个月签约金额 150000.00; 信用 C 级, 降一级');

    // Paid up: the credit is A again and the next regrading restores the grade.
    await q(
      `INSERT INTO receipts (customer_id, contract_id, plan_id, amount, received_date, method)
             SELECT customer_id, contract_id, id, amount, '2026-06-14', 'BANK_TRANSFER' FROM payment_plans WHERE contract_id = $1`,
      [k],
    );
    await regrade();
    expect((await info(late)).gradeInfo).toMatchObject({ grade: 'IMPORTANT', creditRating: 'A' });
    await setFactors(0, 'C');
  });

  it('a page of customers reads the grade reasons in a fixed number of statements', async () => {
    const PAGE = `query($o: [ID!]) { customers(first: 100, filter: { ownerIds: $o }) { edges { node { id gradeInfo { reason } } } } }`;
    const owner = team.manager.id;
    const mk = async () => {
      const [{ id }] = await q(`INSERT INTO customers (name, name_key, owner_id, assigned_at) VALUES ($1, $1, $2, now()) RETURNING id`, [
        `分级页${++seq}有限公司`,
        owner,
      ]);
      await q(
        `INSERT INTO contracts (customer_id, owner_id, number, title, status, amount, signed_at) VALUES ($1, $2, $3, '采购', 'SIGNED', 1000, '2026-05-01')`,
        [id, owner, `HT-GFP-${seq}`],
      );
    };
    await mk();
    const one = await app.gql(PAGE, { o: [owner] }, team.token.admin);
    for (let i = 0; i < 20; i++) await mk();
    const many = await app.gql(PAGE, { o: [owner] }, team.token.admin);
    expect(many.data!.customers.edges).toHaveLength(21);
    expect(many.statements).toBe(one.statements);
  });

  it('the 360 header pays no extra statement for the grade and lifecycle reasons', async () => {
    const [{ id }] = await q(`SELECT id FROM customers WHERE owner_id = $1 LIMIT 1`, [team.manager.id]);
    const HEADER = `query($id: ID!) { customer(id: $id) { grade creditRating activityInfo { reason } } }`;
    const WITH = `query($id: ID!) { customer(id: $id) { grade creditRating activityInfo { reason } gradeInfo { reason } lifecycleInfo { reason } } }`;
    // Warm both (a statement's first run is alone: db/prepared.ts learns its columns).
    await app.gql(HEADER, { id }, team.token.admin);
    await app.gql(WITH, { id }, team.token.admin);
    const before = await app.gql(HEADER, { id }, team.token.admin);
    const after = await app.gql(WITH, { id }, team.token.admin);
    expect(after.errors).toBeUndefined();
    expect(after.statements).toBe(before.statements);
  });
});
