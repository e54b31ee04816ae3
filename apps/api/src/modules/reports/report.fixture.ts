import type { DataSource } from 'typeorm';
import { createUser } from '../../test/factories';

/**
 * A small fixed data set for the report and export tests; the figures the tests expect are computed by hand from
 * it (see report.figures.test.ts). "Now" is 2026-03-20 12:00 in Shanghai; the range tested is March 2026, whose
 * 环比 base is February 2026.
 *
 * Hierarchy: director D (MANAGER) ← manager M (MANAGER) ← S1, S2 (SALES); S3 (SALES) directly under D; admin A;
 * service V. C3 (S2's) is shared with S1, C5 is in the pool, C6 (S1's) is in the recycle bin.
 */
export const REPORT_NOW = '2026-03-20T04:00:00Z';

export type ReportUsers = Record<
  'admin' | 'director' | 'manager' | 's1' | 's2' | 's3' | 'service',
  { id: string; email: string; name: string }
>;

export interface ReportFixture {
  users: ReportUsers;
  customers: Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5' | 'c6', string>;
}

export async function seedReportFixture(ds: DataSource): Promise<ReportFixture> {
  const admin = await createUser(ds, { role: 'ADMIN', name: '管理员' });
  const director = await createUser(ds, { role: 'MANAGER', name: '周总监' });
  const manager = await createUser(ds, { role: 'MANAGER', name: '王经理', managerId: director.id });
  const s1 = await createUser(ds, { role: 'SALES', name: '李娜', managerId: manager.id });
  const s2 = await createUser(ds, { role: 'SALES', name: '张伟', managerId: manager.id });
  const s3 = await createUser(ds, { role: 'SALES', name: '刘洋', managerId: director.id });
  const service = await createUser(ds, { role: 'SERVICE', name: '赵敏', managerId: director.id });
  const users = { admin, director, manager, s1, s2, s3, service };

  const customer = async (
    name: string,
    owner: { id: string } | null,
    type: string,
    grade: string,
    source: string | null,
    industry: string | null,
    province: string | null,
    createdAt: string,
    assignedAt: string | null,
    lastFollowUpAt: string | null,
    deleted = false,
  ): Promise<string> => {
    const [row] = await ds.query(
      `INSERT INTO customers (name, name_key, owner_id, type, grade, source, industry, province, created_at, updated_at, assigned_at, last_follow_up_at, deleted_at)
       VALUES ($1, $1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, CASE WHEN $11 THEN $8::timestamptz END) RETURNING id`,
      [name, owner?.id ?? null, type, grade, source, industry, province, createdAt, assignedAt, lastFollowUpAt, deleted],
    );
    return row.id;
  };
  const c1 = await customer(
    '甲方制造有限公司',
    s1,
    'WON',
    'VIP',
    '展会',
    '制造业',
    '广东',
    '2026-03-05T02:00:00Z',
    '2026-03-05T02:00:00Z',
    '2026-03-18T02:00:00Z',
  );
  const c2 = await customer(
    '乙方信息技术有限公司',
    s1,
    'ASSIGNED',
    'NORMAL',
    '网站',
    'IT',
    '广东',
    '2026-02-10T02:00:00Z',
    '2026-02-10T02:00:00Z',
    null,
  );
  // 2026-02-28T16:30Z is 2026-03-01 00:30 in Shanghai: a March customer.
  const c3 = await customer(
    '丙方贸易有限公司',
    s2,
    'PROSPECT',
    'POTENTIAL',
    '网站',
    null,
    '北京',
    '2026-02-28T16:30:00Z',
    '2026-02-28T16:30:00Z',
    '2026-03-16T02:00:00Z',
  );
  const c4 = await customer(
    '丁方服务有限公司',
    s3,
    'WON',
    'IMPORTANT',
    '推荐',
    '服务业',
    '上海',
    '2026-02-20T02:00:00Z',
    '2026-03-02T02:00:00Z',
    '2026-03-10T02:00:00Z',
  );
  // 2026-02-28T15:30Z is 23:30 on Feb 28 in Shanghai: a February customer, in the pool.
  const c5 = await customer('戊方公海客户有限公司', null, 'PROSPECT', 'POTENTIAL', '网站', null, null, '2026-02-28T15:30:00Z', null, null);
  const c6 = await customer(
    '己方已删除有限公司',
    s1,
    'PROSPECT',
    'POTENTIAL',
    '网站',
    null,
    '广东',
    '2026-03-03T02:00:00Z',
    '2026-03-03T02:00:00Z',
    null,
    true,
  );
  await ds.query(`INSERT INTO customer_shares (customer_id, user_id, can_edit, shared_by_id) VALUES ($1, $2, false, $3)`, [
    c3,
    s1.id,
    s2.id,
  ]);

  const followUp = (customerId: string, author: { id: string }, at: string) =>
    ds.query(
      `INSERT INTO follow_ups (customer_id, author_id, at, method, content, created_at, updated_at) VALUES ($1, $2, $3, 'PHONE', '电话沟通', $3, $3)`,
      [customerId, author.id, at],
    );
  await followUp(c1, s1, '2026-03-18T02:00:00Z');
  await followUp(c1, s1, '2026-03-02T02:00:00Z');
  await followUp(c2, s1, '2026-02-05T02:00:00Z');
  await followUp(c3, s2, '2026-03-16T02:00:00Z');
  await followUp(c4, s3, '2026-03-10T02:00:00Z');
  await followUp(c4, s3, '2026-02-22T02:00:00Z');
  await followUp(c4, s3, '2026-02-23T02:00:00Z');
  await followUp(c6, s1, '2026-03-04T02:00:00Z');

  const opp = (
    customerId: string,
    owner: { id: string },
    name: string,
    amount: string,
    stage: string,
    winRate: number,
    createdAt: string,
    closedAt: string | null,
    expected: string | null,
    lostReason: string | null,
  ) =>
    ds.query(
      `INSERT INTO opportunities (customer_id, owner_id, name, amount, stage, win_rate, created_at, updated_at, closed_at, expected_close_date, lost_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9, $10)`,
      [customerId, owner.id, name, amount, stage, winRate, createdAt, closedAt, expected, lostReason],
    );
  await opp(c1, s1, 'O1 甲方一期', '100000.00', 'WON', 100, '2026-01-10T02:00:00Z', '2026-03-05T02:00:00Z', null, null);
  await opp(c1, s1, 'O2 甲方二期', '33333.33', 'NEGOTIATION', 80, '2026-03-01T02:00:00Z', null, '2026-03-25', null);
  await opp(c2, s1, 'O3 乙方系统', '12345.67', 'PROPOSAL', 60, '2026-02-15T02:00:00Z', null, '2026-04-10', null);
  await opp(c3, s2, 'O4 丙方采购', '50000.00', 'LOST', 0, '2026-02-01T02:00:00Z', '2026-03-10T02:00:00Z', null, '价格太高');
  await opp(c4, s3, 'O5 丁方服务', '80000.00', 'WON', 100, '2026-02-01T02:00:00Z', '2026-02-20T02:00:00Z', null, null);
  await opp(c3, s2, 'O6 丙方试用', '9999.99', 'INITIAL', 25, '2026-03-12T02:00:00Z', null, '2026-03-31', null);
  await opp(c4, s3, 'O7 丁方扩容', '20000.00', 'LOST', 0, '2026-03-01T02:00:00Z', '2026-03-15T02:00:00Z', null, '价格太高');
  await opp(c2, s1, 'O8 乙方旧单', '5000.00', 'LOST', 0, '2026-02-01T02:00:00Z', '2026-02-25T02:00:00Z', null, '预算不足');
  await opp(c6, s1, 'O9 已删除客户的商机', '7777.77', 'WON', 100, '2026-03-01T02:00:00Z', '2026-03-04T02:00:00Z', null, null);

  const contract = async (
    customerId: string,
    owner: { id: string },
    number: string,
    amount: string,
    status: string,
    signedAt: string | null,
  ) => {
    const [row] = await ds.query(
      `INSERT INTO contracts (customer_id, owner_id, number, title, amount, status, signed_at) VALUES ($1, $2, $3, $3, $4, $5, $6) RETURNING id`,
      [customerId, owner.id, number, amount, status, signedAt],
    );
    return row.id as string;
  };
  const plan = async (contractId: string, customerId: string, due: string, amount: string) =>
    (
      await ds.query(`INSERT INTO payment_plans (customer_id, contract_id, due_date, amount) VALUES ($1, $2, $3, $4) RETURNING id`, [
        customerId,
        contractId,
        due,
        amount,
      ])
    )[0].id as string;
  const receipt = (contractId: string, customerId: string, planId: string | null, date: string, amount: string) =>
    ds.query(
      `INSERT INTO receipts (customer_id, contract_id, plan_id, received_date, amount, method) VALUES ($1, $2, $3, $4, $5, 'BANK_TRANSFER')`,
      [customerId, contractId, planId, date, amount],
    );

  const k1 = await contract(c1, s1, 'HT-K1', '100000.00', 'SIGNED', '2026-03-06');
  const p1 = await plan(k1, c1, '2026-03-10', '30000.00');
  await plan(k1, c1, '2026-04-10', '70000.00');
  await receipt(k1, c1, p1, '2026-03-08', '20000.00');
  await receipt(k1, c1, null, '2026-03-18', '5000.50');
  const k2 = await contract(c4, s3, 'HT-K2', '80000.00', 'COMPLETED', '2026-02-21');
  const p3 = await plan(k2, c4, '2026-02-28', '80000.00');
  await receipt(k2, c4, p3, '2026-02-25', '50000.00');
  await receipt(k2, c4, p3, '2026-03-12', '30000.00');
  await contract(c2, s1, 'HT-K3', '12345.67', 'DRAFT', null);
  const k4 = await contract(c3, s2, 'HT-K4', '9999.99', 'SIGNED', '2026-03-15');
  await plan(k4, c3, '2026-03-16', '9999.99');
  const k6 = await contract(c6, s1, 'HT-K6', '7777.77', 'SIGNED', '2026-03-04');
  await receipt(k6, c6, null, '2026-03-05', '7777.77');

  // Overall 1–5 (5 非常满意, 4 满意, 3 一般, 2 不满意) and dimension scores (QUALITY, SERVICE, RESPONSE, DELIVERY).
  const visit = async (
    customerId: string,
    owner: { id: string },
    actualAt: string | null,
    overall: number | null,
    scores: Record<string, number> = {},
  ) => {
    const [{ id }] = await ds.query(
      `INSERT INTO visits (customer_id, type, planned_at, topic, owner_id, created_by_id, actual_at, method, overall_score)
       VALUES ($1, 'REGULAR', COALESCE($3::timestamptz, '2026-03-25T02:00:00Z'), '季度回访', $2, $2, $3, CASE WHEN $3::timestamptz IS NULL THEN NULL ELSE 'PHONE' END, $4)
       RETURNING id`,
      [customerId, owner.id, actualAt, overall],
    );
    await ds.query(
      `INSERT INTO visit_scores (visit_id, dimension_key, score) SELECT $1, d, s FROM unnest($2::text[], $3::int[]) AS x(d, s)`,
      [id, Object.keys(scores), Object.values(scores)],
    );
  };
  await visit(c1, s1, '2026-03-03T02:00:00Z', 5, { QUALITY: 5, SERVICE: 4, RESPONSE: 5, DELIVERY: 4 });
  await visit(c2, s1, '2026-03-11T02:00:00Z', 4, { QUALITY: 4, SERVICE: 4, RESPONSE: 2 });
  await visit(c3, s2, '2026-03-12T02:00:00Z', 2, { QUALITY: 1, SERVICE: 3, RESPONSE: 2, DELIVERY: 2 });
  await visit(c4, s3, '2026-02-10T02:00:00Z', 3, { QUALITY: 3, SERVICE: 3, RESPONSE: 3, DELIVERY: 3 });
  await visit(c1, s1, null, null);

  return { users, customers: { c1, c2, c3, c4, c5, c6 } };
}
