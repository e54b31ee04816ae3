import { collect, startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { reclaimDueCustomers } from '../pool/pool.service';
import { runScan } from '../reminders/reminder.service';
import { startSmtpPeer, startWebhookPeer } from '../reminders/test-peers';
import { ReminderKind } from './notification.enums';

/**
 * Issue 15 item 5: a notification is stored as keys + parameters and each reader reads it in their own language
 * (users.locale) — in the inbox, on the live subscription, by email and on the robots — with times in the business
 * time zone; a pool-reclaim warning never announces a moment gone by.
 */
const NOW = '2026-03-10T02:00:00.000Z'; // 10:00 in Shanghai
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let ding: Awaited<ReturnType<typeof startWebhookPeer>>;
let adminToken: string;

beforeAll(async () => {
  app = await startTestApp({ now: NOW });
  smtp = await startSmtpPeer();
  ding = await startWebhookPeer();
  await createUser(app.db.dataSource, { role: 'ADMIN', email: 'admin@language.test' });
  adminToken = await app.login('admin@language.test');
});
afterAll(async () => {
  await app.close();
  await smtp.close();
  await ding.close();
});

const q = (sql: string, params: unknown[] = []) => app.db.dataSource.query(sql, params);
const SUB = `subscription { notificationAdded { id kind title body } }`;
const INBOX = `{ notifications(first: 10) { edges { node { id kind title body } } } }`;

async function customerOf(ownerId: string, name: string, last = NOW) {
  const [{ id }] = await q(
    `INSERT INTO customers (name, name_key, owner_id, assigned_at, created_at, last_follow_up_at) VALUES ($1, $1, $2, $3, $3, $3) RETURNING id`,
    [name, ownerId, last],
  );
  return id as string;
}

/** Subject and text of a raw mail: encoded words and quoted-printable/base64 bodies decoded. */
function readMail(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const words = (s: string) =>
    s.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
  const subject = words(/^Subject: (.*)$/im.exec(headers)?.[1] ?? '');
  const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(headers)?.[1]?.toLowerCase();
  const body = rest.join('\n\n');
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return { subject, text };
}

describe('notifications in the reader’s language', () => {
  it('an English user reads the inbox, the live message, the email and the robot in English; a Chinese user in Chinese', async () => {
    await app.ok(
      `mutation($i: NotificationChannelsInput!) { updateNotificationChannels(input: $i) { email { enabled } } }`,
      {
        i: {
          email: { enabled: true, host: '127.0.0.1', port: smtp.port, secure: false, from: 'Kehu <crm@kehu.test>' },
          dingTalk: { enabled: true, webhookUrl: ding.url },
        },
      },
      adminToken,
    );
    await app.ok(
      `mutation($k: ReminderKind!, $i: ReminderSettingInput!) { updateReminderSetting(kind: $k, input: $i) { kind } }`,
      { k: 'FOLLOW_UP_UPCOMING', i: { leadMinutes: 1440, channels: ['EMAIL', 'DINGTALK'] } },
      adminToken,
    );
    const en = await createUser(app.db.dataSource, { email: 'emma@language.test', name: 'Emma Li' });
    const zh = await createUser(app.db.dataSource, { email: 'wang@language.test', name: '王芳' });
    const enToken = await app.login('emma@language.test');
    const zhToken = await app.login('wang@language.test');

    // Emma listens first and switches to English afterwards: the live message follows her choice as it is now.
    const enLive = collect<any>(app.wsClient(enToken), SUB, {}, 1, 10_000);
    const zhLive = collect<any>(app.wsClient(zhToken), SUB, {}, 1, 10_000);
    await app.subscribed(`NOTIFICATION_ADDED:${en.id}`);
    await app.subscribed(`NOTIFICATION_ADDED:${zh.id}`);
    expect((await app.ok(`mutation { setMyLocale(locale: "en") { id locale } }`, {}, enToken)).setMyLocale).toEqual({
      id: en.id,
      locale: 'en',
    });
    expect((await app.ok(`{ me { locale } }`, {}, zhToken)).me.locale).toBe('zh-CN');
    const refused = await app.gql(`mutation { setMyLocale(locale: "fr") { id } }`, {}, enToken);
    expect(refused.errors?.[0]).toMatchObject({ message: 'The language must be zh-CN or en', extensions: { code: 'BAD_USER_INPUT' } });

    const nextAt = new Date(Date.parse(NOW) + 3 * 3600_000); // 13:00 in Shanghai
    for (const [user, name, plan] of [
      [en, 'Acme Trading', null],
      [zh, '上海云杉科技有限公司', '确认合同条款'],
    ] as const) {
      const c = await customerOf(user.id, name);
      await q(
        `INSERT INTO follow_ups (customer_id, author_id, at, method, content, next_at, next_plan) VALUES ($1, $2, $3, 'PHONE', '电话沟通', $4, $5)`,
        [c, user.id, NOW, nextAt, plan],
      );
    }
    const created = await runScan(app.services, ReminderKind.FOLLOW_UP_UPCOMING);
    expect(created.map((n) => n.recipientId).sort()).toEqual([en.id, zh.id].sort());

    const [enEvent] = await enLive;
    expect(enEvent.data.notificationAdded).toMatchObject({
      kind: 'FOLLOW_UP_UPCOMING',
      title: 'Follow-up coming up: 2026-03-10 13:00 · Acme Trading',
      body: 'The next follow-up with “Acme Trading” is at 2026-03-10 13:00',
    });
    const [zhEvent] = await zhLive;
    expect(zhEvent.data.notificationAdded).toMatchObject({
      title: '即将跟进：2026-03-10 13:00 · 上海云杉科技有限公司',
      body: '跟进计划：确认合同条款',
    });

    const enInbox = (await app.ok(INBOX, {}, enToken)).notifications.edges.map((e: any) => e.node);
    expect(enInbox).toEqual([enEvent.data.notificationAdded]);
    for (const text of [enInbox[0].title, enInbox[0].body]) {
      expect(text).not.toMatch(CJK);
      expect(text).not.toMatch(ISO);
    }
    expect((await app.ok(INBOX, {}, zhToken)).notifications.edges[0].node.title).toBe('即将跟进：2026-03-10 13:00 · 上海云杉科技有限公司');

    // Outside channels: each recipient's own language, without a request to take it from.
    const enMail = smtp.mails.find((m) => m.to.includes('emma@language.test'))!;
    const zhMail = smtp.mails.find((m) => m.to.includes('wang@language.test'))!;
    expect(readMail(enMail.raw)).toEqual({
      subject: '[Kehu CRM] Follow-up coming up: 2026-03-10 13:00 · Acme Trading',
      text: expect.stringMatching(
        /^Hello Emma Li,\r?\n\r?\nFollow-up coming up: 2026-03-10 13:00 · Acme Trading\r?\nThe next follow-up with “Acme Trading” is at 2026-03-10 13:00/,
      ),
    });
    expect(readMail(enMail.raw).text).not.toMatch(CJK);
    expect(readMail(zhMail.raw).subject).toBe('【客户 Kehu】即将跟进：2026-03-10 13:00 · 上海云杉科技有限公司');
    expect(readMail(zhMail.raw).text).toMatch(/^王芳，您好：/);
    const robot = ding.received.map((r) => r.body.text.content as string);
    expect(robot).toContain(
      '[Kehu CRM] Follow-up coming up: 2026-03-10 13:00 · Acme Trading\nThe next follow-up with “Acme Trading” is at 2026-03-10 13:00\nFor: Emma Li',
    );
    expect(robot).toContain('【客户 Kehu】即将跟进：2026-03-10 13:00 · 上海云杉科技有限公司\n跟进计划：确认合同条款\n提醒对象：王芳');

    // Switching back: the same stored notification now reads in Chinese.
    await app.ok(`mutation { setMyLocale(locale: "zh-CN") { id } }`, {}, enToken);
    expect((await app.ok(INBOX, {}, enToken)).notifications.edges[0].node.title).toBe('即将跟进：2026-03-10 13:00 · Acme Trading');
  });

  it('a pool-reclaim warning never shows a reclaim moment gone by, and says so once the customer was reclaimed', async () => {
    app.clock.set(NOW);
    const owner = await createUser(app.db.dataSource, { email: 'pool@language.test', name: 'Pool Owner' });
    const token = await app.login('pool@language.test');
    await app.ok(`mutation { setMyLocale(locale: "en") { id } }`, {}, token);
    // Default rule: 30 days without follow-up → reclaimed at 2026-03-11 10:00 Shanghai, inside the 3-day warning.
    const customerId = await customerOf(owner.id, 'Harbor Foods', '2026-02-09T02:00:00Z');
    const [warning] = (await runScan(app.services, ReminderKind.POOL_RECLAIM_WARNING)).filter((n) => n.recipientId === owner.id);
    expect(warning.subjectId).toBe(customerId);
    const read = async () => (await app.ok(INBOX, {}, token)).notifications.edges.find((e: any) => e.node.id === warning.id).node;

    expect(await read()).toMatchObject({
      title: 'Customer about to return to the pool: Harbor Foods',
      body: '“Harbor Foods” returns to the public pool at 2026-03-11 10:00 under the pool rules (no follow-up for 30 days); follow it up in time',
    });

    // The moment passes before the reclaim run: no date in the past is announced.
    app.clock.set('2026-03-11T02:30:00Z');
    expect((await read()).body).toBe(
      '“Harbor Foods” returns to the public pool shortly under the pool rules (no follow-up for 30 days); follow it up in time',
    );

    // Reclaimed: the warning says what happened, with no date.
    const moved = await reclaimDueCustomers(app.db.dataSource, app.clock);
    expect(moved.map((m) => m.customerId)).toContain(customerId);
    app.clock.set('2026-03-20T02:00:00Z');
    const after = await read();
    expect(after).toMatchObject({
      title: 'Customer returned to the pool: Harbor Foods',
      body: '“Harbor Foods” has returned to the public pool under the pool rules (no follow-up for 30 days)',
    });
    expect(`${after.title} ${after.body}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await app.ok(`mutation { setMyLocale(locale: "zh-CN") { id } }`, {}, token);
    expect((await read()).body).toBe('客户「Harbor Foods」已按规则收回公海（30 天未跟进）');
  });
});
