import { businessDate, notice, renderNotice } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { User } from '../../modules/users/user.entity';
import { ensureDefaultDimensions } from '../../modules/visits/satisfaction';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * Tasks, return visits (planned and recorded, with overall and per-dimension satisfaction scores) and a few notifications, so the inbox,
 * the task list and the visit tab are not empty on first start. Times are relative to `now`.
 */
export async function seedDemoReminders(em: EntityManager, users: Record<string, User>, now: Date): Promise<void> {
  const owned: { id: string; name: string; owner_id: string }[] = await em.query(
    `SELECT id, name, owner_id FROM customers WHERE owner_id IS NOT NULL AND deleted_at IS NULL ORDER BY created_at, id LIMIT 12`,
  );
  if (!owned.length) return;
  const at = (ms: number) => new Date(now.getTime() + ms);
  const admin = users.admin ?? Object.values(users)[0];
  const service = users.service ?? admin;

  const tasks = [
    { title: '准备年度框架合同报价', due: at(2 * DAY), priority: 'HIGH' },
    { title: '寄送样品并确认收货', due: at(-1 * DAY), priority: 'URGENT' },
    { title: '整理客户需求清单', due: at(5 * DAY), priority: 'NORMAL' },
    { title: '安排技术交流会', due: at(40 * 60_000), priority: 'HIGH' },
    { title: '更新联系人信息', due: at(-3 * DAY), priority: 'LOW', done: '已与采购部确认最新联系方式' },
  ];
  for (const [i, t] of tasks.entries()) {
    const c = owned[i % owned.length];
    await em.query(
      `INSERT INTO tasks (customer_id, title, assignee_id, creator_id, due_at, priority, status, completion_note, completed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
      [
        c.id,
        t.title,
        c.owner_id,
        admin.id,
        t.due,
        t.priority,
        t.done ? 'DONE' : 'OPEN',
        t.done ?? null,
        t.done ? at(-2 * DAY) : null,
        at(-7 * DAY),
      ],
    );
  }
  await em.query(
    `INSERT INTO tasks (title, assignee_id, creator_id, due_at, created_at, updated_at) VALUES ('提交本周销售周报', $1, $1, $2, $3, $3)`,
    [admin.id, at(3 * DAY), at(-1 * DAY)],
  );

  const recorded = [
    {
      type: 'NEW_CUSTOMER',
      topic: '新客户首次回访',
      method: 'PHONE',
      overallScore: 5,
      scores: { QUALITY: 5, SERVICE: 5, RESPONSE: 4, DELIVERY: 5 },
      content: '了解试用情况，客户对系统响应速度满意',
      feedback: '希望增加移动端审批',
      problems: null,
      actions: '提交移动端需求给产品部',
    },
    {
      type: 'REGULAR',
      topic: '季度例行回访',
      method: 'ON_SITE',
      overallScore: 4,
      scores: { QUALITY: 4, SERVICE: 5, RESPONSE: 4, DELIVERY: 3 },
      content: '上门沟通使用情况与续约意向',
      feedback: '整体满意',
      problems: '部分员工不熟悉报表功能',
      actions: '安排一次线上培训',
    },
    {
      type: 'ISSUE',
      topic: '发票问题跟进',
      method: 'VIDEO',
      overallScore: 3,
      scores: { QUALITY: 4, SERVICE: 3, RESPONSE: 3, DELIVERY: 2 },
      content: '视频会议说明发票延迟原因',
      feedback: '希望以后提前告知',
      problems: '开票流程耗时较长',
      actions: '财务部优化开票流程',
    },
    {
      type: 'REGULAR',
      topic: '服务满意度回访',
      method: 'PHONE',
      overallScore: 2,
      scores: { QUALITY: 3, SERVICE: 2, RESPONSE: 1, DELIVERY: 3 },
      content: '电话回访售后响应',
      feedback: '上次故障处理超过 48 小时',
      problems: '售后响应慢',
      actions: '指定专属售后工程师',
    },
  ];
  await ensureDefaultDimensions(em);
  for (const [i, v] of recorded.entries()) {
    const c = owned[i % owned.length];
    const [{ id: visitId }] = await em.query(
      `INSERT INTO visits (customer_id, type, planned_at, topic, owner_id, created_by_id, actual_at, method, content, feedback, overall_score, problems, actions, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id`,
      [
        c.id,
        v.type,
        at(-(10 + i) * DAY),
        v.topic,
        i % 2 ? service.id : c.owner_id,
        admin.id,
        at(-(10 + i) * DAY + HOUR),
        v.method,
        v.content,
        v.feedback,
        v.overallScore,
        v.problems,
        v.actions,
        at(-20 * DAY),
      ],
    );
    await em.query(
      `INSERT INTO visit_scores (visit_id, dimension_key, score) SELECT $1, d, s FROM unnest($2::text[], $3::int[]) AS x(d, s)`,
      [visitId, Object.keys(v.scores), Object.values(v.scores)],
    );
  }
  const planned = [
    { type: 'REGULAR', topic: '月度例行回访', in: 20 * HOUR },
    { type: 'NEW_CUSTOMER', topic: '新客户上线一周回访', in: 3 * DAY },
    { type: 'ISSUE', topic: '确认问题是否已解决', in: 6 * DAY },
  ];
  for (const [i, v] of planned.entries()) {
    const c = owned[(i + 4) % owned.length];
    await em.query(
      `INSERT INTO visits (customer_id, type, planned_at, topic, owner_id, created_by_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [c.id, v.type, at(v.in), v.topic, c.owner_id, admin.id, at(-1 * DAY)],
    );
  }

  // A few notifications as the scans would have written them (one already read).
  const c0 = owned[0];
  const c1 = owned[1 % owned.length];
  const notes = [
    {
      kind: 'TASK_OVERDUE',
      task: '寄送样品并确认收货',
      content: notice.taskOverdue({ at: at(-1 * DAY), task: '寄送样品并确认收货' }),
      st: 'TASK',
      sid: null as string | null,
      cust: c1,
      due: at(-1 * DAY),
      read: null as Date | null,
    },
    {
      kind: 'FOLLOW_UP_LAPSED',
      task: null,
      content: notice.followUpLapsed({ customer: c0.name, days: 8, last: businessDate(at(-8 * DAY)), cadence: 7 }),
      st: 'CUSTOMER',
      sid: c0.id,
      cust: c0,
      due: at(-1 * DAY),
      read: null,
    },
    {
      kind: 'VISIT_DUE',
      task: null,
      content: notice.visitDue({ at: at(20 * HOUR), customer: c0.name, topic: '月度例行回访' }),
      st: 'CUSTOMER',
      sid: c0.id,
      cust: c0,
      due: at(20 * HOUR),
      read: at(-HOUR),
    },
  ];
  for (const n of notes) {
    const sid = n.sid ?? (await em.query(`SELECT id FROM tasks WHERE title = $1 LIMIT 1`, [n.task]))[0]?.id ?? n.cust.id;
    // Keys + parameters, as the scans write them: each reader reads them in their language; title/body keep the Chinese.
    const zh = renderNotice(n.content, 'zh-CN', { asOf: now });
    await em.query(
      `INSERT INTO notifications (recipient_id, kind, title, body, content, subject_type, subject_id, customer_id, due_at, created_at, read_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
      [n.cust.owner_id, n.kind, zh.title, zh.body, JSON.stringify(n.content), n.st, sid, n.cust.id, n.due, at(-2 * HOUR), n.read],
    );
  }
}
