import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { ReminderKind } from '../notifications/notification.enums';
import { runScan } from './reminder.service';
import { notifyNewSignIn } from './reminder.service';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
});
afterAll(() => app.close());

const q = (sql: string, params: unknown[] = []) => app.db.dataSource.query(sql, params);
const scan = async (kind: ReminderKind, recipientId: string) =>
  (await runScan(app.services, kind)).filter((n) => n.recipientId === recipientId);

async function owner() {
  return createUser(app.db.dataSource, { name: '销售' });
}
async function customer(ownerId: string | null, opts: { grade?: string; last?: string | null; created?: string } = {}) {
  const name = `客户${Math.random().toString(36).slice(2, 8)}`;
  const created = opts.created ?? '2026-01-01T00:00:00Z';
  const [{ id }] = await q(
    `INSERT INTO customers (name, name_key, owner_id, grade, assigned_at, created_at, last_follow_up_at) VALUES ($1, $1, $2, $3, $4, $4, $5) RETURNING id`,
    [name, ownerId, opts.grade ?? 'NORMAL', created, opts.last === undefined ? created : opts.last],
  );
  return id as string;
}

describe('follow-up reminders', () => {
  it('reminds the lead time before (default 1 day) and again at the time, each once', async () => {
    const u = await owner();
    const c = await customer(u.id, { last: '2026-03-10T01:00:00Z' });
    const [{ id: fu }] = await q(
      `INSERT INTO follow_ups (customer_id, author_id, at, method, content, next_at) VALUES ($1, $2, '2026-03-10T01:00:00Z', 'PHONE', '电话沟通', '2026-03-12T02:00:00Z') RETURNING id`,
      [c, u.id],
    );
    app.clock.set('2026-03-10T02:00:00Z'); // two days ahead: not yet
    expect(await scan(ReminderKind.FOLLOW_UP_UPCOMING, u.id)).toHaveLength(0);
    app.clock.set('2026-03-11T03:00:00Z'); // 23 hours before
    const [upcoming] = await scan(ReminderKind.FOLLOW_UP_UPCOMING, u.id);
    expect(upcoming).toMatchObject({ subjectId: fu, customerId: c, dueAt: new Date('2026-03-12T02:00:00Z') });
    expect(await scan(ReminderKind.FOLLOW_UP_DUE, u.id)).toHaveLength(0);
    app.clock.set('2026-03-12T02:00:00Z');
    expect(await scan(ReminderKind.FOLLOW_UP_DUE, u.id)).toHaveLength(1);
    expect(await scan(ReminderKind.FOLLOW_UP_DUE, u.id)).toHaveLength(0);
  });

  it('does not remind a superseded plan or one with remind off', async () => {
    const u = await owner();
    const c = await customer(u.id);
    await q(
      `INSERT INTO follow_ups (customer_id, author_id, at, method, content, next_at) VALUES ($1, $2, '2026-03-01T01:00:00Z', 'PHONE', '旧', '2026-03-10T05:00:00Z')`,
      [c, u.id],
    );
    await q(
      `INSERT INTO follow_ups (customer_id, author_id, at, method, content, next_at) VALUES ($1, $2, '2026-03-05T01:00:00Z', 'PHONE', '新', NULL)`,
      [c, u.id],
    );
    const c2 = await customer(u.id);
    await q(
      `INSERT INTO follow_ups (customer_id, author_id, at, method, content, next_at, remind) VALUES ($1, $2, '2026-03-05T01:00:00Z', 'PHONE', '不提醒', '2026-03-10T05:00:00Z', false)`,
      [c2, u.id],
    );
    app.clock.set('2026-03-10T02:00:00Z');
    expect(await scan(ReminderKind.FOLLOW_UP_UPCOMING, u.id)).toHaveLength(0);
  });

  it('reminds the owner when a customer is not followed for its grade cadence (VIP 7, IMPORTANT 15, NORMAL 30, POTENTIAL 90 days)', async () => {
    const u = await owner();
    app.clock.set('2026-03-10T02:00:00Z'); // business day 2026-03-10
    // last follow-up at 2026-03-03 07:59 Shanghai → VIP due on 03-10
    const vip = await customer(u.id, { grade: 'VIP', last: '2026-03-02T23:59:00Z' });
    const vipFresh = await customer(u.id, { grade: 'VIP', last: '2026-03-03T16:30:00Z' }); // 03-04 00:30 Shanghai: due 03-11
    const important = await customer(u.id, { grade: 'IMPORTANT', last: '2026-02-23T02:00:00Z' }); // 15 days
    const normal = await customer(u.id, { grade: 'NORMAL', last: '2026-02-12T02:00:00Z' }); // 26 days: not yet
    const potential = await customer(u.id, { grade: 'POTENTIAL', last: '2025-12-10T02:00:00Z' }); // 90 days
    const got = await scan(ReminderKind.FOLLOW_UP_LAPSED, u.id);
    expect(got.map((n) => n.subjectId).sort()).toEqual([vip, important, potential].sort());
    expect(got.find((n) => n.subjectId === vip)!.dueAt).toEqual(new Date('2026-03-09T16:00:00Z')); // 03-10 00:00 Shanghai
    expect(got.some((n) => n.subjectId === vipFresh || n.subjectId === normal)).toBe(false);
    app.clock.set('2026-03-10T16:00:00Z'); // 03-11 00:00 Shanghai
    expect((await scan(ReminderKind.FOLLOW_UP_LAPSED, u.id)).map((n) => n.subjectId)).toEqual([vipFresh]);
  });
});

describe('visits and tasks', () => {
  it('reminds the visit owner within the lead time, once, and not after it was recorded', async () => {
    const u = await owner();
    const c = await customer(u.id);
    const [{ id: v }] = await q(
      `INSERT INTO visits (customer_id, type, planned_at, topic, owner_id, created_by_id) VALUES ($1, 'REGULAR', '2026-03-20T02:00:00Z', '季度回访', $2, $2) RETURNING id`,
      [c, u.id],
    );
    app.clock.set('2026-03-18T02:00:00Z');
    expect(await scan(ReminderKind.VISIT_DUE, u.id)).toHaveLength(0);
    app.clock.set('2026-03-19T02:30:00Z');
    expect((await scan(ReminderKind.VISIT_DUE, u.id)).map((n) => n.subjectId)).toEqual([v]);
    expect(await scan(ReminderKind.VISIT_DUE, u.id)).toHaveLength(0);
    const [{ id: v2 }] = await q(
      `INSERT INTO visits (customer_id, type, planned_at, topic, owner_id, created_by_id, actual_at, method, overall_score) VALUES ($1, 'ISSUE', '2026-03-19T05:00:00Z', '已回访', $2, $2, '2026-03-19T01:00:00Z', 'PHONE', 4) RETURNING id`,
      [c, u.id],
    );
    expect((await scan(ReminderKind.VISIT_DUE, u.id)).some((n) => n.subjectId === v2)).toBe(false);
  });

  it('reminds the assignee before a task is due and when it is overdue; done tasks stay quiet', async () => {
    const u = await owner();
    const [{ id: t }] = await q(
      `INSERT INTO tasks (title, assignee_id, creator_id, due_at) VALUES ('准备投标文件', $1, $1, '2026-03-20T08:00:00Z') RETURNING id`,
      [u.id],
    );
    await q(
      `INSERT INTO tasks (title, assignee_id, creator_id, due_at, status) VALUES ('已完成', $1, $1, '2026-03-20T08:00:00Z', 'DONE')`,
      [u.id],
    );
    app.clock.set('2026-03-20T06:00:00Z');
    expect(await scan(ReminderKind.TASK_DUE, u.id)).toHaveLength(0); // default lead 60 minutes
    app.clock.set('2026-03-20T07:30:00Z');
    expect((await scan(ReminderKind.TASK_DUE, u.id)).map((n) => n.subjectId)).toEqual([t]);
    expect(await scan(ReminderKind.TASK_OVERDUE, u.id)).toHaveLength(0);
    app.clock.set('2026-03-20T08:01:00Z');
    expect((await scan(ReminderKind.TASK_OVERDUE, u.id)).map((n) => n.subjectId)).toEqual([t]);
    expect(await scan(ReminderKind.TASK_OVERDUE, u.id)).toHaveLength(0);
  });
});

describe('contact birthdays (business time zone)', () => {
  async function contact(customerId: string, birthday: string) {
    const [{ id }] = await q(`INSERT INTO contacts (customer_id, name, birthday) VALUES ($1, '张伟', $2) RETURNING id`, [
      customerId,
      birthday,
    ]);
    return id as string;
  }

  it('reminds N days before across a year boundary', async () => {
    const u = await owner();
    const c = await customer(u.id);
    const k = await contact(c, '1985-01-02');
    app.clock.set('2026-12-29T02:00:00Z'); // 12-29: 4 days before, default lead 3
    expect(await scan(ReminderKind.CONTACT_BIRTHDAY, u.id)).toHaveLength(0);
    app.clock.set('2026-12-30T02:00:00Z');
    const [n] = await scan(ReminderKind.CONTACT_BIRTHDAY, u.id);
    expect(n).toMatchObject({ subjectId: k, customerId: c, dueAt: new Date('2027-01-01T16:00:00Z') }); // 2027-01-02 00:00 Shanghai
    expect(n.title).toContain('2027-01-02');
    app.clock.set('2027-01-01T02:00:00Z');
    expect(await scan(ReminderKind.CONTACT_BIRTHDAY, u.id)).toHaveLength(0); // same birthday, already told
  });

  it('a birthday at 00:30 Shanghai time is that day, even though UTC still says the day before', async () => {
    const u = await owner();
    const c = await customer(u.id);
    await q(`UPDATE reminder_settings SET lead_days = 0 WHERE kind = 'CONTACT_BIRTHDAY'`);
    try {
      const k = await contact(c, '1990-03-02');
      app.clock.set('2026-03-01T15:30:00Z'); // 23:30 on 03-01 in Shanghai
      expect(await scan(ReminderKind.CONTACT_BIRTHDAY, u.id)).toHaveLength(0);
      app.clock.set('2026-03-01T16:30:00Z'); // 00:30 on 03-02 in Shanghai, still 03-01 in UTC
      const [n] = await scan(ReminderKind.CONTACT_BIRTHDAY, u.id);
      expect(n).toMatchObject({ subjectId: k, dueAt: new Date('2026-03-01T16:00:00Z') });
      expect(n.title).toContain('今天');
    } finally {
      await q(`UPDATE reminder_settings SET lead_days = 3 WHERE kind = 'CONTACT_BIRTHDAY'`);
    }
  });

  it('a 29 February birthday is remembered on 28 February in other years; pool customers have nobody to tell', async () => {
    const u = await owner();
    const k = await contact(await customer(u.id), '1992-02-29');
    await contact(await customer(null), '1992-02-27');
    app.clock.set('2027-02-26T02:00:00Z');
    const got = await scan(ReminderKind.CONTACT_BIRTHDAY, u.id);
    expect(got.map((n) => [n.subjectId, n.dueAt.toISOString()])).toEqual([[k, '2027-02-27T16:00:00.000Z']]);
  });
});

const dealsReady = async () =>
  (await q(`SELECT to_regclass('contracts') IS NOT NULL AND to_regclass('payment_plans') IS NOT NULL AS ok`))[0].ok as boolean;

describe('contracts and payment plans', () => {
  async function signedContract(ownerId: string, customerId: string, endDate: string) {
    const [{ id }] = await q(
      `INSERT INTO contracts (customer_id, owner_id, number, title, status, signed_at, start_date, end_date, amount)
       VALUES ($1, $2, $3, '年度服务合同', 'SIGNED', '2026-01-01', '2026-01-01', $4, 120000) RETURNING id`,
      [customerId, ownerId, `HT-${Math.random().toString(36).slice(2, 10)}`, endDate],
    );
    return id as string;
  }

  it('reminds the contract owner N days before the end date (skipped when the contracts table does not exist)', async () => {
    if (!(await dealsReady())) return console.warn('contracts table not present: CONTRACT_EXPIRING scan skipped');
    const u = await owner();
    const c = await customer(u.id);
    const k = await signedContract(u.id, c, '2026-04-30');
    app.clock.set('2026-03-30T02:00:00Z'); // 31 days before (default 30)
    expect(await scan(ReminderKind.CONTRACT_EXPIRING, u.id)).toHaveLength(0);
    app.clock.set('2026-03-31T02:00:00Z');
    const [n] = await scan(ReminderKind.CONTRACT_EXPIRING, u.id);
    expect(n).toMatchObject({ subjectId: k, dueAt: new Date('2026-04-29T16:00:00Z') });
  });

  it('reminds before a payment plan is due and when it is overdue, unless fully received', async () => {
    if (!(await dealsReady())) return console.warn('payment_plans table not present: PAYMENT_DUE/OVERDUE scans skipped');
    const u = await owner();
    const c = await customer(u.id);
    const k = await signedContract(u.id, c, '2026-12-31');
    const [{ id: p1 }] = await q(
      `INSERT INTO payment_plans (customer_id, contract_id, due_date, amount) VALUES ($1, $2, '2026-05-10', 50000) RETURNING id`,
      [c, k],
    );
    const [{ id: p2 }] = await q(
      `INSERT INTO payment_plans (customer_id, contract_id, due_date, amount) VALUES ($1, $2, '2026-05-10', 20000) RETURNING id`,
      [c, k],
    );
    await q(
      `INSERT INTO receipts (customer_id, contract_id, plan_id, amount, received_date, method) VALUES ($1, $2, $3, 20000, '2026-05-01', 'BANK_TRANSFER')`,
      [c, k, p2],
    );
    app.clock.set('2026-05-03T02:00:00Z'); // 7 days before
    expect((await scan(ReminderKind.PAYMENT_DUE, u.id)).map((n) => n.subjectId)).toEqual([p1]);
    expect(await scan(ReminderKind.PAYMENT_OVERDUE, u.id)).toHaveLength(0);
    app.clock.set('2026-05-10T15:00:00Z'); // 23:00 on the due date in Shanghai: not overdue yet
    expect(await scan(ReminderKind.PAYMENT_OVERDUE, u.id)).toHaveLength(0);
    app.clock.set('2026-05-10T16:30:00Z'); // 00:30 the day after
    expect((await scan(ReminderKind.PAYMENT_OVERDUE, u.id)).map((n) => n.subjectId)).toEqual([p1]);
  });
});

describe('pool reclaim warning and new sign-in location', () => {
  it('warns the owner before the pool rules reclaim a customer (default: 30 days without follow-up, 3 days ahead)', async () => {
    const u = await owner();
    app.clock.set('2026-03-10T02:00:00Z');
    const soon = await customer(u.id, { last: '2026-02-08T02:00:00Z', created: '2026-01-01T00:00:00Z' }); // reclaim 03-10 + 0.. → within 3 days
    const later = await customer(u.id, { last: '2026-02-20T02:00:00Z' });
    const got = await scan(ReminderKind.POOL_RECLAIM_WARNING, u.id);
    expect(got.map((n) => n.subjectId)).toEqual([soon]);
    expect(got.some((n) => n.subjectId === later)).toBe(false);
    expect(got[0].dueAt).toEqual(new Date('2026-03-10T02:00:00Z'));
  });

  it('notifyNewSignIn tells the user once per sign-in', async () => {
    const u = await owner();
    const at = new Date('2026-03-10T03:00:00Z');
    const n = await notifyNewSignIn(app.services, { userId: u.id, at, location: '广东省深圳市', ip: '203.0.113.9' });
    expect(n).toMatchObject({ kind: 'NEW_SIGN_IN_LOCATION', recipientId: u.id, subjectType: 'USER' });
    expect(n!.body).toContain('2026-03-10 11:00');
    expect(await notifyNewSignIn(app.services, { userId: u.id, at, location: '广东省深圳市' })).toBeNull();
  });

  it('a switched-off kind produces nothing', async () => {
    const u = await owner();
    await q(`INSERT INTO tasks (title, assignee_id, creator_id, due_at) VALUES ('关掉的提醒', $1, $1, $2)`, [
      u.id,
      new Date(app.clock.now().getTime() - 60_000),
    ]);
    await q(`UPDATE reminder_settings SET enabled = false WHERE kind = 'TASK_OVERDUE'`);
    expect(await scan(ReminderKind.TASK_OVERDUE, u.id)).toHaveLength(0);
    await q(`UPDATE reminder_settings SET enabled = true WHERE kind = 'TASK_OVERDUE'`);
    expect(await scan(ReminderKind.TASK_OVERDUE, u.id)).toHaveLength(1);
  });
});
