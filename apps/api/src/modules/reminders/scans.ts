import { SIGNED_STATUSES_SQL } from '../contracts/contract.enums';
import {
  addDays,
  businessDate,
  CUSTOMER_GRADES,
  daysBetween,
  followUpCadenceDays,
  notice,
  nextAnniversary,
  startOfBusinessDay,
} from '@kehu/domain';
import type { AppServices } from '../../graphql/context';
import type { NotificationCandidate } from '../notifications/notification.service';
import { ReminderKind, SubjectType } from '../notifications/notification.enums';
import { loadPoolRules } from '../pool/pool.rules';
import { poolReclaimCandidates } from '../pool/pool.service';
import type { ReminderSetting } from './reminder-settings';
import { churnRiskScan } from '../health/churn.scan';

/** Follow-up cadence per grade (DESIGN §3, @kehu/domain's followUpCadenceDays): VIP weekly, IMPORTANT twice a month, NORMAL monthly, POTENTIAL quarterly. */
export const GRADE_CADENCE_DAYS = Object.fromEntries(CUSTOMER_GRADES.map((g) => [g, followUpCadenceDays(g)])) as Record<
  (typeof CUSTOMER_GRADES)[number],
  number
>;

/** How far back an "at the time" reminder still fires: a scanner that was down catches up, ancient items stay quiet. */
const CATCH_UP_MS = { followUp: 24 * 3600_000, taskOverdue: 7 * 24 * 3600_000 };
/** Payment plans overdue for longer than this are no longer news. */
const PAYMENT_OVERDUE_DAYS = 90;

export interface ScanInput {
  services: AppServices;
  setting: ReminderSetting;
  now: Date;
  tz: string;
}

type Scan = (input: ScanInput) => Promise<NotificationCandidate[]>;

const minutes = (m: number | null, fallback: number) => (m ?? fallback) * 60_000;

async function tableExists(services: AppServices, ...names: string[]): Promise<boolean> {
  const [row] = await services.dataSource.query(
    `SELECT ${names.map((_, i) => `to_regclass($${i + 1}) IS NOT NULL`).join(' AND ')} AS ok`,
    names,
  );
  return row.ok;
}

const followUpUpcoming: Scan = async ({ services, setting, now, tz }) => {
  const until = new Date(now.getTime() + minutes(setting.leadMinutes, 1440));
  return followUpsBetween(services, now, until, ReminderKind.FOLLOW_UP_UPCOMING);
};

const followUpDue: Scan = async ({ services, now, tz }) =>
  followUpsBetween(services, new Date(now.getTime() - CATCH_UP_MS.followUp), now, ReminderKind.FOLLOW_UP_DUE);

/** Next follow-up times of each customer's latest record (older records' plans were superseded). */
async function followUpsBetween(
  services: AppServices,
  from: Date,
  to: Date,
  kind: ReminderKind.FOLLOW_UP_UPCOMING | ReminderKind.FOLLOW_UP_DUE,
) {
  const rows: { id: string; customer_id: string; author_id: string; next_at: Date; next_plan: string | null; customer_name: string }[] =
    await services.dataSource.query(
      `SELECT f.id, f.customer_id, f.author_id, f.next_at, f.next_plan, c.name AS customer_name
       FROM follow_ups f JOIN customers c ON c.id = f.customer_id
      WHERE f.remind AND f.next_at > $1 AND f.next_at <= $2 AND c.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM follow_ups later WHERE later.customer_id = f.customer_id AND (later.at, later.id) > (f.at, f.id))`,
      [from, to],
    );
  return rows.map((r) => ({
    kind,
    recipientId: r.author_id,
    content: (kind === ReminderKind.FOLLOW_UP_DUE ? notice.followUpDue : notice.followUpUpcoming)({
      at: new Date(r.next_at),
      customer: r.customer_name,
      plan: r.next_plan,
    }),
    subjectType: SubjectType.FOLLOW_UP,
    subjectId: r.id,
    customerId: r.customer_id,
    dueAt: new Date(r.next_at),
  }));
}

/**
 * Customers not followed for their grade's cadence. Last contact = last follow-up, else assignment, else creation;
 * due on business day (last contact's date + cadence), i.e. last contact before 00:00 of (today + 1 - cadence).
 */
const followUpLapsed: Scan = async ({ services, now, tz }) => {
  const today = businessDate(now, tz);
  const cutoffs = Object.fromEntries(
    Object.entries(GRADE_CADENCE_DAYS).map(([g, d]) => [g, startOfBusinessDay(addDays(today, 1 - d), tz)]),
  );
  const rows: { id: string; name: string; grade: keyof typeof GRADE_CADENCE_DAYS; owner_id: string; last: Date }[] =
    await services.dataSource.query(
      `SELECT c.id, c.name, c.grade, c.owner_id, coalesce(c.last_follow_up_at, c.assigned_at, c.created_at) AS last
       FROM customers c
      WHERE c.owner_id IS NOT NULL AND c.deleted_at IS NULL AND c.status = 'ACTIVE'
        AND coalesce(c.last_follow_up_at, c.assigned_at, c.created_at) < CASE c.grade
              WHEN 'VIP' THEN $1::timestamptz WHEN 'IMPORTANT' THEN $2::timestamptz WHEN 'NORMAL' THEN $3::timestamptz ELSE $4::timestamptz END`,
      [cutoffs.VIP, cutoffs.IMPORTANT, cutoffs.NORMAL, cutoffs.POTENTIAL],
    );
  return rows.map((r) => {
    const cadence = GRADE_CADENCE_DAYS[r.grade];
    const lastDate = businessDate(new Date(r.last), tz);
    const dueDate = addDays(lastDate, cadence);
    return {
      kind: ReminderKind.FOLLOW_UP_LAPSED,
      recipientId: r.owner_id,
      content: notice.followUpLapsed({ customer: r.name, days: daysBetween(lastDate, today), last: lastDate, cadence }),
      subjectType: SubjectType.CUSTOMER,
      subjectId: r.id,
      customerId: r.id,
      dueAt: startOfBusinessDay(dueDate, tz),
    };
  });
};

const visitDue: Scan = async ({ services, setting, now, tz }) => {
  const until = new Date(now.getTime() + minutes(setting.leadMinutes, 1440));
  const rows: { id: string; customer_id: string; owner_id: string; planned_at: Date; topic: string; customer_name: string }[] =
    await services.dataSource.query(
      `SELECT v.id, v.customer_id, v.owner_id, v.planned_at, v.topic, c.name AS customer_name
       FROM visits v JOIN customers c ON c.id = v.customer_id
      WHERE v.actual_at IS NULL AND v.planned_at > $1 AND v.planned_at <= $2 AND c.deleted_at IS NULL`,
      [new Date(now.getTime() - CATCH_UP_MS.followUp), until],
    );
  return rows.map((r) => ({
    kind: ReminderKind.VISIT_DUE,
    recipientId: r.owner_id,
    content: notice.visitDue({ at: new Date(r.planned_at), customer: r.customer_name, topic: r.topic }),
    subjectType: SubjectType.VISIT,
    subjectId: r.id,
    customerId: r.customer_id,
    dueAt: new Date(r.planned_at),
  }));
};

type TaskRow = { id: string; customer_id: string | null; assignee_id: string; due_at: Date; title: string };
const taskCandidate = (kind: ReminderKind.TASK_DUE | ReminderKind.TASK_OVERDUE, r: TaskRow): NotificationCandidate => ({
  kind,
  recipientId: r.assignee_id,
  content: (kind === ReminderKind.TASK_DUE ? notice.taskDue : notice.taskOverdue)({ at: new Date(r.due_at), task: r.title }),
  subjectType: SubjectType.TASK,
  subjectId: r.id,
  customerId: r.customer_id,
  dueAt: new Date(r.due_at),
});

const taskDue: Scan = async ({ services, setting, now }) => {
  const rows: TaskRow[] = await services.dataSource.query(
    `SELECT id, customer_id, assignee_id, due_at, title FROM tasks WHERE status = 'OPEN' AND due_at > $1 AND due_at <= $2`,
    [now, new Date(now.getTime() + minutes(setting.leadMinutes, 60))],
  );
  return rows.map((r) => taskCandidate(ReminderKind.TASK_DUE, r));
};

const taskOverdue: Scan = async ({ services, now }) => {
  const rows: TaskRow[] = await services.dataSource.query(
    `SELECT id, customer_id, assignee_id, due_at, title FROM tasks WHERE status = 'OPEN' AND due_at <= $1 AND due_at > $2`,
    [now, new Date(now.getTime() - CATCH_UP_MS.taskOverdue)],
  );
  return rows.map((r) => taskCandidate(ReminderKind.TASK_OVERDUE, r));
};

/**
 * Birthdays within N days in the business time zone. Candidates are found by month and day (indexed),
 * then `nextAnniversary` decides the date: across a year end, and 02-29 on 02-28 in other years.
 */
const contactBirthday: Scan = async ({ services, setting, now, tz }) => {
  const today = businessDate(now, tz);
  const lead = setting.leadDays ?? 3;
  const monthDays = new Set<number>();
  for (let i = 0; i <= lead; i++) {
    const d = addDays(today, i);
    const md = +d.slice(5, 7) * 100 + +d.slice(8, 10);
    monthDays.add(md);
    if (md === 228) monthDays.add(229);
  }
  const rows: { id: string; name: string; birthday: string; customer_id: string; customer_name: string; owner_id: string }[] =
    await services.dataSource.query(
      `SELECT k.id, k.name, k.birthday, k.customer_id, c.name AS customer_name, c.owner_id
       FROM contacts k JOIN customers c ON c.id = k.customer_id
      WHERE k.birthday IS NOT NULL AND c.owner_id IS NOT NULL AND c.deleted_at IS NULL
        AND (extract(month FROM k.birthday) * 100 + extract(day FROM k.birthday)) = ANY($1::numeric[])`,
      [[...monthDays]],
    );
  return rows.flatMap((r) => {
    const next = nextAnniversary(r.birthday, today);
    const days = daysBetween(today, next);
    if (days > lead) return [];
    return [
      {
        kind: ReminderKind.CONTACT_BIRTHDAY,
        recipientId: r.owner_id,
        content: notice.contactBirthday({ contact: r.name, customer: r.customer_name, date: next, days }),
        subjectType: SubjectType.CONTACT,
        subjectId: r.id,
        customerId: r.customer_id,
        dueAt: startOfBusinessDay(next, tz),
      },
    ];
  });
};

/** Signed contracts ending within N days. Skipped while the contracts table does not exist. */
const contractExpiring: Scan = async ({ services, setting, now, tz }) => {
  if (!(await tableExists(services, 'contracts'))) return [];
  const today = businessDate(now, tz);
  const until = addDays(today, setting.leadDays ?? 30);
  const rows: {
    id: string;
    number: string;
    title: string;
    end_date: string;
    customer_id: string;
    owner_id: string;
    customer_name: string;
  }[] = await services.dataSource.query(
    `SELECT k.id, k.number, k.title, k.end_date, k.customer_id, k.owner_id, c.name AS customer_name
       FROM contracts k JOIN customers c ON c.id = k.customer_id
      WHERE k.status = 'SIGNED' AND k.end_date BETWEEN $1::date AND $2::date AND c.deleted_at IS NULL`,
    [today, until],
  );
  return rows.map((r) => ({
    kind: ReminderKind.CONTRACT_EXPIRING,
    recipientId: r.owner_id,
    content: notice.contractExpiring({ date: r.end_date, number: r.number, contract: r.title, customer: r.customer_name }),
    subjectType: SubjectType.CONTRACT,
    subjectId: r.id,
    customerId: r.customer_id,
    dueAt: startOfBusinessDay(r.end_date, tz),
  }));
};

type PlanRow = {
  id: string;
  due_date: string;
  amount: string;
  outstanding: string;
  customer_id: string;
  owner_id: string;
  number: string;
  customer_name: string;
};

/** Payment plans between two dates that are not fully received (receipts booked against the plan). */
async function openPlans(services: AppServices, from: string, to: string): Promise<PlanRow[]> {
  if (!(await tableExists(services, 'payment_plans', 'contracts'))) return [];
  const received = (await tableExists(services, 'receipts'))
    ? `coalesce((SELECT sum(r.amount) FROM receipts r WHERE r.plan_id = p.id), 0)`
    : '0';
  return services.dataSource.query(
    `SELECT * FROM (
       SELECT p.id, p.due_date, p.amount, p.amount - ${received} AS outstanding, p.customer_id, k.owner_id, k.number, c.name AS customer_name
         FROM payment_plans p JOIN contracts k ON k.id = p.contract_id JOIN customers c ON c.id = p.customer_id
        WHERE p.due_date BETWEEN $1::date AND $2::date AND k.status IN (${SIGNED_STATUSES_SQL}) AND c.deleted_at IS NULL) x
      WHERE outstanding > 0`,
    [from, to],
  );
}

const planCandidate = (kind: ReminderKind.PAYMENT_DUE | ReminderKind.PAYMENT_OVERDUE, r: PlanRow, tz: string): NotificationCandidate => ({
  kind,
  recipientId: r.owner_id,
  content: notice.payment({
    overdue: kind === ReminderKind.PAYMENT_OVERDUE,
    date: r.due_date,
    planned: String(r.amount),
    outstanding: String(r.outstanding),
    number: r.number,
    customer: r.customer_name,
  }),
  subjectType: SubjectType.PAYMENT_PLAN,
  subjectId: r.id,
  customerId: r.customer_id,
  dueAt: startOfBusinessDay(r.due_date, tz),
});

const paymentDue: Scan = async ({ services, setting, now, tz }) => {
  const today = businessDate(now, tz);
  const rows = await openPlans(services, today, addDays(today, setting.leadDays ?? 7));
  return rows.map((r) => planCandidate(ReminderKind.PAYMENT_DUE, r, tz));
};

const paymentOverdue: Scan = async ({ services, now, tz }) => {
  const today = businessDate(now, tz);
  const rows = await openPlans(services, addDays(today, -PAYMENT_OVERDUE_DAYS), addDays(today, -1));
  return rows.map((r) => planCandidate(ReminderKind.PAYMENT_OVERDUE, r, tz));
};

/** Customers the pool rules (the pool module's, not repeated here) will reclaim within N days: warn their owners. */
const poolReclaimWarning: Scan = async ({ services, setting, now }) => {
  const em = services.dataSource.manager;
  const until = new Date(now.getTime() + (setting.leadDays ?? 3) * 86400_000);
  const items = await poolReclaimCandidates(em, await loadPoolRules(em), until);
  return items.map((i) => ({
    kind: ReminderKind.POOL_RECLAIM_WARNING,
    recipientId: i.ownerId,
    // The moment is kept; whether to announce it is decided when read (a moment gone by, a customer reclaimed since).
    content: notice.poolReclaim({ customer: i.name, at: new Date(i.dueAt), rule: i.rule, days: i.days }),
    subjectType: SubjectType.CUSTOMER,
    subjectId: i.customerId,
    customerId: i.customerId,
    dueAt: new Date(i.dueAt),
  }));
};

/** The scans by the kind they produce. NEW_SIGN_IN_LOCATION is event-driven (notifyNewSignIn), not scanned. */
export const SCANS: Partial<Record<ReminderKind, Scan>> = {
  FOLLOW_UP_UPCOMING: followUpUpcoming,
  FOLLOW_UP_DUE: followUpDue,
  FOLLOW_UP_LAPSED: followUpLapsed,
  VISIT_DUE: visitDue,
  TASK_DUE: taskDue,
  TASK_OVERDUE: taskOverdue,
  CONTACT_BIRTHDAY: contactBirthday,
  CONTRACT_EXPIRING: contractExpiring,
  PAYMENT_DUE: paymentDue,
  PAYMENT_OVERDUE: paymentOverdue,
  POOL_RECLAIM_WARNING: poolReclaimWarning,
  CHURN_RISK: churnRiskScan,
};
