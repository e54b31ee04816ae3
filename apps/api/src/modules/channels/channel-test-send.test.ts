import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { startSmtpPeer, startWebhookPeer } from '../reminders/test-peers';

const NOW = '2026-03-10T02:00:00.000Z'; // 10:00 in Shanghai
const SECRET = 'SECtest0123456789abcdef';

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let ding: Awaited<ReturnType<typeof startWebhookPeer>>;
let wecom: Awaited<ReturnType<typeof startWebhookPeer>>;
let broken: Server;
let brokenUrl: string;
let adminToken: string;

beforeAll(async () => {
  app = await startTestApp({ now: NOW });
  smtp = await startSmtpPeer();
  ding = await startWebhookPeer(SECRET);
  wecom = await startWebhookPeer();
  // A robot address that answers HTTP 500 with words of its own (which must not be shown).
  broken = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.statusCode = 500;
      res.end('internal: db password is hunter2');
    });
  });
  await new Promise<void>((r) => broken.listen(0, '127.0.0.1', r));
  brokenUrl = `http://127.0.0.1:${(broken.address() as AddressInfo).port}/cgi-bin/webhook/send?key=x`;
  await createUser(app.db.dataSource, { role: 'ADMIN', email: 'admin@channel-test.test', name: '管理员' });
  adminToken = await app.login('admin@channel-test.test');
});
afterAll(async () => {
  await app.close();
  await smtp.close();
  await ding.close();
  await wecom.close();
  await new Promise<void>((r) => broken.close(() => r()));
});

const CHANNELS = `mutation($i: NotificationChannelsInput!) { updateNotificationChannels(input: $i) { email { host } } }`;
const TEST = `mutation($c: DeliveryChannel!) { testNotificationChannel(channel: $c) { channel ok status error recipient testedAt } }`;

async function testSend(channel: string, token = adminToken) {
  return (await app.ok<{ testNotificationChannel: any }>(TEST, { c: channel }, token)).testNotificationChannel;
}

describe('测试发送 (testNotificationChannel)', () => {
  it('reports a channel that is not configured yet as a failure in Chinese, without throwing', async () => {
    expect(await testSend('WECOM')).toEqual({
      channel: 'WECOM',
      ok: false,
      status: null,
      error: expect.stringMatching(/^企业微信机器人未配置 Webhook 地址/),
      recipient: null,
      testedAt: NOW,
    });
  });

  it('mails a test message to the admin through the saved SMTP server (switched off or not) and reports the reply code', async () => {
    await app.ok(
      CHANNELS,
      { i: { email: { enabled: false, host: '127.0.0.1', port: smtp.port, secure: false, from: 'Kehu <crm@kehu.test>' } } },
      adminToken,
    );
    const before = smtp.mails.length;
    expect(await testSend('EMAIL')).toMatchObject({
      channel: 'EMAIL',
      ok: true,
      status: 250,
      error: null,
      recipient: 'admin@channel-test.test',
    });
    expect(smtp.mails).toHaveLength(before + 1);
    expect(smtp.mails.at(-1)!.to).toEqual(['admin@channel-test.test']);
    expect(smtp.mails.at(-1)!.raw).toContain('Subject: =?UTF-8?'); // the Chinese subject, encoded
  });

  it('reports an SMTP server that cannot be reached with the error code, not an exception', async () => {
    const gone = await startSmtpPeer();
    const port = gone.port;
    await gone.close();
    await app.ok(CHANNELS, { i: { email: { port } } }, adminToken);
    const r = await testSend('EMAIL');
    expect(r).toMatchObject({ ok: false, status: null });
    expect(r.error).toMatch(/^邮件发送失败：SMTP ESOCKET/);
    await app.ok(CHANNELS, { i: { email: { port: smtp.port } } }, adminToken);
  });

  it('posts a signed DingTalk test message; a wrong secret is the robot refusing it (errcode), with HTTP 200', async () => {
    await app.ok(CHANNELS, { i: { dingTalk: { webhookUrl: ding.url, secret: SECRET } } }, adminToken);
    expect(await testSend('DINGTALK')).toMatchObject({ ok: true, status: 200, error: null, recipient: null });
    const got = ding.received.at(-1)!;
    expect(got.signatureOk).toBe(true);
    expect(got.body.msgtype).toBe('text');
    expect(got.body.text.content).toContain('测试消息');
    expect(got.body.text.content).toContain('2026-03-10 10:00'); // business time, as people read it

    await app.ok(CHANNELS, { i: { dingTalk: { secret: 'SECwrong' } } }, adminToken);
    expect(await testSend('DINGTALK')).toMatchObject({
      ok: false,
      status: 200,
      error: expect.stringMatching(/^机器人拒收消息，错误码 310000/),
    });
  });

  it('posts a WeCom test message; a receiver answering HTTP 500 is reported by its status, never its words', async () => {
    await app.ok(CHANNELS, { i: { weCom: { webhookUrl: wecom.url } } }, adminToken);
    expect(await testSend('WECOM')).toMatchObject({ ok: true, status: 200, error: null });
    expect(wecom.received.at(-1)!.body).toMatchObject({ msgtype: 'text', text: { content: expect.stringContaining('测试消息') } });

    await app.ok(CHANNELS, { i: { weCom: { webhookUrl: brokenUrl } } }, adminToken);
    const r = await testSend('WECOM');
    expect(r).toMatchObject({ ok: false, status: 500, error: '对方返回 HTTP 500' });
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });

  it('is written in the admin’s own language', async () => {
    await app.ok(CHANNELS, { i: { weCom: { webhookUrl: wecom.url } } }, adminToken);
    await app.ok(`mutation { setMyLocale(locale: "en") { id } }`, {}, adminToken);
    try {
      expect(await testSend('WECOM')).toMatchObject({ ok: true });
      expect(wecom.received.at(-1)!.body.text.content).toMatch(
        /^\[Kehu CRM\] Test message: the notification channel works\.\nSent by .+, 2026-03-10 10:00$/,
      );
    } finally {
      await app.ok(`mutation { setMyLocale(locale: "zh-CN") { id } }`, {}, adminToken);
    }
  });

  it('is for admins only', async () => {
    await createUser(app.db.dataSource, { role: 'MANAGER', email: 'boss@channel-test.test' });
    const res = await app.gql(TEST, { c: 'EMAIL' }, await app.login('boss@channel-test.test'));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
