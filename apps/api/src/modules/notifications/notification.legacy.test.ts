import { renderNotice } from '@kehu/domain';
import { NotificationContent1796686074349 } from '../../db/migrations/1796686074349-notification-content';
import { createUser } from '../../test/factories';
import { createTestDatabase, type TestDatabase } from '../../test/test-db';
import { legacyNoticeContent } from './notification.legacy';

/** Rows written before issue 15 (finished Chinese text, as the old scans wrote it) read back into keys + parameters. */
const TZ = 'Asia/Shanghai';
const row = (kind: string, title: string, body: string, dueAt = '2026-03-12T02:00:00Z') => ({ kind, title, body, dueAt: new Date(dueAt) });
const en = (r: ReturnType<typeof row>) => {
  const c = legacyNoticeContent(r, TZ);
  if (!c) throw new Error(`not converted: ${r.title}`);
  return renderNotice(c, 'en', { timeZone: TZ, asOf: new Date('2026-03-10T02:00:00Z') });
};

describe('legacy notification text', () => {
  it.each([
    [
      row('FOLLOW_UP_UPCOMING', '即将跟进：2026-03-12 10:00 · 上海云杉', '跟进计划：确认合同条款'),
      { title: 'Follow-up coming up: 2026-03-12 10:00 · 上海云杉', body: 'Plan: 确认合同条款' },
    ],
    [
      row('FOLLOW_UP_LAPSED', '60 天未跟进 · 上海云杉', '客户「上海云杉」上次跟进在 2026-01-09，按等级应每 30 天跟进一次'),
      {
        title: 'No follow-up for 60 days · 上海云杉',
        body: '“上海云杉” was last followed up on 2026-01-09; its grade calls for a follow-up every 30 days',
      },
    ],
    [
      row('TASK_OVERDUE', '任务已逾期（2026-03-12 10:00）：寄送样品', '任务「寄送样品」'),
      { title: 'Task overdue (2026-03-12 10:00): 寄送样品' },
    ],
    [
      row(
        'PAYMENT_DUE',
        '回款提醒：2026-03-15 应收 ¥12,500.50 · 上海云杉',
        '客户「上海云杉」合同 HT-1 的收款计划 ¥40,000.00，未收 ¥12,500.50',
      ),
      { title: 'Payment due on 2026-03-15: ¥12,500.50 · 上海云杉' },
    ],
    [
      row(
        'POOL_RECLAIM_WARNING',
        '客户将被收回公海：上海云杉',
        '客户「上海云杉」将于 2026-03-12 10:00按规则收回公海（30 天未跟进），请及时跟进',
      ),
      {
        body: '“上海云杉” returns to the public pool at 2026-03-12 10:00 under the pool rules (no follow-up for 30 days); follow it up in time',
      },
    ],
    [
      row(
        'NEW_SIGN_IN_LOCATION',
        '账号已临时锁定：密码连续输错',
        '你的账号在 2026-03-12 10:00 前后连续 5 次密码错误，已锁定至 2026-03-12 10:15。如非本人操作……',
      ),
      { body: expect.stringContaining('locked your account until 2026-03-12 10:15') },
    ],
    [
      row(
        'NEW_SIGN_IN_LOCATION',
        '异地登录提醒：新的 IP 地址 203.0.113.9',
        '你的账号于 2026-03-12 10:00 在 新的 IP 地址 203.0.113.9 登录（IP 203.0.113.9）。',
      ),
      { title: 'Sign-in from a new place: a new IP address 203.0.113.9' },
    ],
    [
      row('CHURN_RISK', '流失预警：上海云杉', '客户「上海云杉」回款逾期：2026-01-01 到期未收 4000.00 元，请尽快安排挽回'),
      { body: '“上海云杉” is overdue: ¥4,000.00 due on 2026-01-01 not received; plan a win-back soon' },
    ],
  ])('old text #%# reads in English', (r, expected) => {
    expect(en(r)).toMatchObject(expected);
  });

  it('leaves a text it does not know as it was', () => {
    expect(legacyNoticeContent(row('VISIT_DUE', '回访提醒 · 上海云杉', '回访主题：月度例行回访'), TZ)).toBeNull();
    expect(legacyNoticeContent(row('TASK_DUE', '随便写的标题', ''), TZ)).toBeNull();
  });
});

describe('the migration', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('converts the rows it can read back and leaves the others as they were; users read zh-CN until they choose', async () => {
    const u = await createUser(db.dataSource, { name: '迁移测试' });
    const migration = new NotificationContent1796686074349();
    const runner = db.dataSource.createQueryRunner();
    try {
      await migration.down(runner); // the schema as it was before
      const insert = (kind: string, title: string, body: string) =>
        runner.query(
          `INSERT INTO notifications (recipient_id, kind, title, body, subject_type, subject_id, due_at, created_at)
           VALUES ($1, $2, $3, $4, 'TASK', gen_random_uuid(), '2026-03-12T02:00:00Z', now()) RETURNING id`,
          [u.id, kind, title, body],
        );
      const [{ id: known }] = await insert('TASK_DUE', '任务即将到期（2026-03-12 10:00）：寄送样品', '任务「寄送样品」');
      const [{ id: unknown }] = await insert('TASK_DUE', '手工写的通知', '');
      await migration.up(runner);
      const rows: { id: string; title: string; content: unknown }[] = await runner.query(
        `SELECT id, title, content FROM notifications WHERE id = ANY($1::uuid[])`,
        [[known, unknown]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(renderNotice(byId.get(known)!.content as any, 'en').title).toBe('Task due soon (2026-03-12 10:00): 寄送样品');
      expect(byId.get(unknown)).toMatchObject({ title: '手工写的通知', content: null });
      const [{ locale }] = await runner.query(`SELECT locale FROM users WHERE id = $1`, [u.id]);
      expect(locale).toBeNull(); // not chosen yet: read as zh-CN
    } finally {
      await runner.release();
    }
  });
});
