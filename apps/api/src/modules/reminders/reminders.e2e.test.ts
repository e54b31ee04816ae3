import { collect, startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { deliverDue } from '../channels/delivery.service';
import { ReminderKind } from '../notifications/notification.enums';
import { runScan } from './reminder.service';
import { startSmtpPeer, startWebhookPeer } from './test-peers';

const NOW = '2026-03-10T02:00:00.000Z'; // 10:00 in Shanghai
const SECRET = 'SECtest0123456789abcdef';

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let ding: Awaited<ReturnType<typeof startWebhookPeer>>;
let adminToken: string;

beforeAll(async () => {
  app = await startTestApp({ now: NOW });
  smtp = await startSmtpPeer();
  ding = await startWebhookPeer(SECRET);
  await createUser(app.db.dataSource, { role: 'ADMIN', email: 'admin@reminders.test' });
  adminToken = await app.login('admin@reminders.test');
});
afterAll(async () => {
  await app.close();
  await smtp.close();
  await ding.close();
});

const CHANNELS = `mutation($i: NotificationChannelsInput!) { updateNotificationChannels(input: $i) { email { enabled host port passwordSet } dingTalk { enabled webhookUrl secretSet } } }`;
const SETTING = `mutation($k: ReminderKind!, $i: ReminderSettingInput!) { updateReminderSetting(kind: $k, input: $i) { kind enabled leadMinutes channels } }`;
const SUB = `subscription { notificationAdded { id kind title subjectType subjectId customerId dueAt link read } }`;
const INBOX = `query($u: Boolean) { notifications(unreadOnly: $u, first: 10) { totalCount edges { node { id kind title readAt } } } unreadNotificationCount }`;

async function customerOf(ownerId: string, name: string) {
  const [{ id }] = await app.db.dataSource.query(
    `INSERT INTO customers (name, name_key, owner_id, assigned_at, created_at, last_follow_up_at) VALUES ($1, $1, $2, $3, $3, $3) RETURNING id`,
    [name, ownerId, NOW],
  );
  return id as string;
}

describe('a follow-up due inside the lead time, end to end', () => {
  it('produces exactly one notification: on the subscription, in the inbox, by email and on DingTalk; reading it updates the count', async () => {
    const channels = await app.ok(
      CHANNELS,
      {
        i: {
          email: { enabled: true, host: '127.0.0.1', port: smtp.port, secure: false, from: 'Kehu <crm@kehu.test>' },
          dingTalk: { enabled: true, webhookUrl: ding.url, secret: SECRET },
        },
      },
      adminToken,
    );
    expect(channels.updateNotificationChannels).toMatchObject({
      email: { enabled: true, port: smtp.port, passwordSet: false },
      dingTalk: { enabled: true, secretSet: true },
    });
    await app.ok(SETTING, { k: 'FOLLOW_UP_UPCOMING', i: { leadMinutes: 1440, channels: ['EMAIL', 'DINGTALK'] } }, adminToken);

    const sales = await createUser(app.db.dataSource, { email: 'li.lei@reminders.test', name: '李雷', phone: '13800138000' });
    const other = await createUser(app.db.dataSource, { email: 'han.mei@reminders.test', name: '韩梅梅' });
    const token = await app.login('li.lei@reminders.test');
    const otherToken = await app.login('han.mei@reminders.test');
    const customerId = await customerOf(sales.id, '上海云杉科技有限公司');

    // Both users listen; only the recipient may receive it.
    const mine = collect<any>(app.wsClient(token), SUB, {}, 1, 10_000);
    const theirs = collect<any>(app.wsClient(otherToken), SUB, {}, 1, 2_500);
    await app.subscribed(`NOTIFICATION_ADDED:${sales.id}`);
    await app.subscribed(`NOTIFICATION_ADDED:${other.id}`);

    const nextAt = new Date(Date.parse(NOW) + 3 * 3600_000).toISOString(); // 13:00 today, inside 1 day
    const fu = await app.ok(
      `mutation($c: ID!, $i: FollowUpInput!) { createFollowUp(customerId: $c, input: $i) { id nextAt } }`,
      { c: customerId, i: { method: 'PHONE', content: '介绍新版报价', nextAt, nextPlan: '确认合同条款' } },
      token,
    );

    // Two scanners at the same moment (as two replicas would): one notification.
    const [a, b] = await Promise.all([
      runScan(app.services, ReminderKind.FOLLOW_UP_UPCOMING),
      runScan(app.services, ReminderKind.FOLLOW_UP_UPCOMING),
    ]);
    expect(a.length + b.length).toBe(1);
    expect(await runScan(app.services, ReminderKind.FOLLOW_UP_UPCOMING)).toHaveLength(0);

    const [event] = await mine;
    expect(event.data.notificationAdded).toMatchObject({
      kind: 'FOLLOW_UP_UPCOMING',
      subjectType: 'FOLLOW_UP',
      subjectId: fu.createFollowUp.id,
      customerId,
      dueAt: nextAt,
      read: false,
      link: `/customers/${customerId}?tab=followUps`,
    });
    expect(event.data.notificationAdded.title).toContain('2026-03-10 13:00'); // 05:00Z shown in Shanghai time
    await expect(theirs).rejects.toThrow(/timed out after 0\/1/);

    const inbox = await app.ok(INBOX, { u: true }, token);
    expect(inbox.notifications.totalCount).toBe(1);
    expect(inbox.unreadNotificationCount).toBe(1);
    expect(inbox.notifications.edges[0].node.id).toBe(event.data.notificationAdded.id);
    expect((await app.ok(INBOX, {}, otherToken)).unreadNotificationCount).toBe(0);

    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0].to).toEqual(['li.lei@reminders.test']);
    expect(ding.received).toHaveLength(1);
    expect(ding.received[0].signatureOk).toBe(true);
    expect(ding.received[0].body).toMatchObject({ msgtype: 'text', at: { atMobiles: ['13800138000'] } });
    expect(ding.received[0].body.text.content).toContain('上海云杉科技有限公司');
    const sent = await app.ok(
      `{ notificationDeliveries(status: SENT) { edges { node { channel attempts notification { id } } } } }`,
      {},
      adminToken,
    );
    expect(sent.notificationDeliveries.edges.map((e: any) => e.node.channel).sort()).toEqual(['DINGTALK', 'EMAIL']);

    // Someone else's ids are ignored; own ids mark read.
    const foreign = await app.ok(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { updated unreadCount } }`,
      { ids: [event.data.notificationAdded.id] },
      otherToken,
    );
    expect(foreign.markNotificationsRead.updated).toBe(0);
    const read = await app.ok(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { updated unreadCount } }`,
      { ids: [event.data.notificationAdded.id] },
      token,
    );
    expect(read.markNotificationsRead).toEqual({ updated: 1, unreadCount: 0 });
    expect((await app.ok(INBOX, {}, token)).unreadNotificationCount).toBe(0);
    expect((await app.ok(INBOX, { u: true }, token)).notifications.totalCount).toBe(0);
  });

  it('an email failure never blocks the in-app notification; the failure is visible, retried with backoff, and sent once the channel works', async () => {
    const deadSmtp = await startSmtpPeer();
    await deadSmtp.close(); // a port nobody listens on any more
    await app.ok(CHANNELS, { i: { email: { port: deadSmtp.port } } }, adminToken);
    await app.ok(SETTING, { k: 'TASK_OVERDUE', i: { channels: ['EMAIL'] } }, adminToken);
    const user = await createUser(app.db.dataSource, { email: 'wang.fang@reminders.test' });
    const token = await app.login('wang.fang@reminders.test');
    await app.ok(
      `mutation($i: TaskInput!) { createTask(input: $i) { id } }`,
      { i: { title: '寄送样品', dueAt: new Date(Date.parse(NOW) - 60_000).toISOString() } },
      token,
    );

    const created = await runScan(app.services, ReminderKind.TASK_OVERDUE);
    expect(created.map((n) => n.recipientId)).toEqual([user.id]);
    expect((await app.ok(INBOX, {}, token)).unreadNotificationCount).toBe(1);

    const failed = await app.ok(
      `{ notificationDeliveries(status: FAILED) { totalCount edges { node { id channel attempts lastError nextAttemptAt notification { kind } } } } }`,
      {},
      adminToken,
    );
    expect(failed.notificationDeliveries.totalCount).toBe(1);
    const d = failed.notificationDeliveries.edges[0].node;
    expect(d).toMatchObject({ channel: 'EMAIL', attempts: 1, notification: { kind: 'TASK_OVERDUE' } });
    expect(d.lastError).toBeTruthy();
    expect(Date.parse(d.nextAttemptAt) - Date.parse(NOW)).toBe(60_000); // first backoff: 1 minute

    // Before the backoff nothing is retried; after it, with a working server, it goes out.
    expect(await deliverDue(app.services)).toEqual({ sent: 0, failed: 0 });
    await app.ok(CHANNELS, { i: { email: { port: smtp.port } } }, adminToken);
    app.clock.advance(61_000);
    expect(await deliverDue(app.services)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.mails.at(-1)!.to).toEqual(['wang.fang@reminders.test']);
    expect(
      (await app.ok(`{ notificationDeliveries(status: FAILED) { totalCount } }`, {}, adminToken)).notificationDeliveries.totalCount,
    ).toBe(0);
  });

  it('keeps settings and deliveries for admins only, with field-named errors', async () => {
    const salesToken = await app.login('li.lei@reminders.test');
    const res = await app.gql(`{ reminderSettings { kind } }`, {}, salesToken);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await app.gql(SETTING, { k: 'CONTACT_BIRTHDAY', i: { leadMinutes: 10 } }, adminToken);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leadMinutes' });
    const badUrl = await app.gql(CHANNELS, { i: { weCom: { enabled: true, webhookUrl: 'ftp://x' } } }, adminToken);
    expect(badUrl.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weCom.webhookUrl' });
    const settings = await app.ok(`{ reminderSettings { kind enabled leadMinutes leadDays } }`, {}, adminToken);
    expect(settings.reminderSettings).toHaveLength(13);
  });
});
