// The admin connects an outside system from 设置: creates an API key with labelled scopes, reads its secret
// once and the flow uses that key against the API (Authorization: Bearer); the key's 最近使用 then shows in
// Beijing time. A webhook endpoint pointed at a receiver this flow starts on 127.0.0.1 (the API accepts plain
// http on loopback) shows the delivery of a customer created afterwards — signed with the secret shown once —
// and a redelivery with the same event id. 测试发送 on the WeCom robot channel reaches a robot this flow starts;
// on the unconfigured email channel it says why it failed. Laptop and phone screenshots.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import { ADMIN_EMAIL, apiLogin, gql, signInWithForm } from '../lib.mjs';

/** A webhook receiver on 127.0.0.1 that answers 204 and remembers every request. */
async function startReceiver() {
  const received = [];
  const waiters = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
      for (const w of waiters.splice(0)) w();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const waitFor = async (count, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (received.length < count) {
      assert.ok(Date.now() < deadline, `the receiver got ${received.length} of ${count} deliveries`);
      await new Promise((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 1000);
      });
    }
    return received;
  };
  return {
    url: `http://127.0.0.1:${server.address().port}/kehu-events`,
    received,
    waitFor,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      }),
  };
}

/** A WeCom group robot on 127.0.0.1: answers as WeCom does ({ errcode: 0 }) and remembers every message. */
async function startRobot() {
  const messages = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      messages.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/cgi-bin/webhook/send?key=e2e`,
    messages,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      }),
  };
}

/** Waits until no antd dialog, drawer or toast is still animating, so a screenshot shows what the user sees. */
async function settled(page) {
  const animating = '[class*="-appear"], [class*="-enter"], [class*="-leave"]';
  // Only for the pictures: a list that refreshes itself may keep animating, which is no failure of the flow.
  await page
    .waitForFunction((sel) => !document.querySelector(sel), animating, { timeout: 15_000 })
    .catch(async () => {
      console.log(`    still animating: ${await page.evaluate((sel) => document.querySelector(sel)?.className ?? '', animating)}`);
    });
}

function signatureValid(secret, header, body) {
  const parts = Object.fromEntries(
    String(header)
      .split(',')
      .map((kv) => kv.split('=')),
  );
  const expected = crypto.createHmac('sha256', secret).update(`${parts.t}.${body}`).digest('hex');
  return parts.v1 === expected;
}

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const suffix = Date.now().toString(36);
  const keyName = `ERP 同步 ${suffix}`;
  const receiver = await startReceiver();
  const robot = await startRobot();
  try {
    const page = await newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai' });
    await page.goto(`${webUrl}/settings?tab=apiKeys`);
    await page.waitForURL((url) => url.pathname === '/login');
    await signInWithForm(page, ADMIN_EMAIL);
    await page.waitForURL((url) => url.pathname === '/settings', { timeout: 30_000 });

    // API 密钥: name, two scopes picked by their labels, no expiry.
    await page.getByRole('button', { name: /新建密钥/ }).click({ timeout: 30_000 });
    const form = page.getByRole('dialog', { name: '新建 API 密钥' });
    await form.getByRole('button', { name: /新\s*建/ }).click();
    await form.getByText('请至少选择一项权限').waitFor();
    await form.getByLabel('名称').fill(keyName);
    await form.getByLabel('权限范围').click();
    await page.locator('.ant-select-item-option', { hasText: '读取客户' }).click();
    await page.locator('.ant-select-item-option', { hasText: '读取商机与合同' }).click();
    await page.keyboard.press('Escape');
    await settled(page);
    await screenshot(page, 'key-form');
    await form.getByRole('button', { name: /新\s*建/ }).click();

    // The secret, once, with its warning and a copy button.
    const secretDialog = page.getByTestId('secret-once');
    await secretDialog.getByText('密钥只显示这一次').waitFor({ timeout: 15_000 });
    const secret = await secretDialog.getByLabel('密钥').inputValue();
    assert.match(secret, /^kehu_/);
    await secretDialog.getByRole('button', { name: /复制/ }).waitFor();
    await form.waitFor({ state: 'hidden' });
    await settled(page);
    await screenshot(page, 'key-secret');
    await page.getByRole('button', { name: /我已保存/ }).click();
    await secretDialog.waitFor({ state: 'hidden' });
    const keyRow = page.getByTestId('api-keys').locator('tr', { hasText: keyName });
    await keyRow.waitFor({ timeout: 15_000 });
    assert.match(await keyRow.innerText(), /读取客户[\s\S]*读取商机与合同/);
    assert.match(await keyRow.innerText(), /从未使用/);
    assert.ok(!(await keyRow.innerText()).includes(secret), 'the list never shows the secret');

    // The integrator's side: the key works against the API as the admin it acts for.
    const viaKey = await gql(apiUrl, '{ me { name } customers(first: 1) { totalCount } }', {}, secret);
    assert.equal(viaKey.me.name, '陈静');
    assert.ok(viaKey.customers.totalCount > 0);

    // 最近使用 now has a time, in Beijing time to the minute.
    await page.reload();
    await keyRow.waitFor({ timeout: 30_000 });
    assert.match(await keyRow.innerText(), /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    assert.doesNotMatch(await keyRow.innerText(), /从未使用/);
    await screenshot(page, 'keys');

    // Webhook: an endpoint on the local receiver for 新建客户.
    await page.getByRole('tab', { name: 'Webhook' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'webhooks');
    await page.getByRole('button', { name: /新建端点/ }).click({ timeout: 30_000 });
    const hookForm = page.getByRole('dialog', { name: '新建 Webhook 端点' });
    await hookForm.getByLabel('接收地址').fill('http://erp.example.com/hook');
    await hookForm.getByRole('button', { name: /新\s*建/ }).click();
    await hookForm.getByText('地址必须以 https:// 开头').waitFor();
    await hookForm.getByText('请至少选择一个事件').waitFor();
    await hookForm.getByLabel('接收地址').fill(receiver.url);
    await hookForm.getByLabel('用途说明').fill('端到端测试接收器');
    await hookForm.getByLabel('订阅事件').click();
    await page.locator('.ant-select-item-option', { hasText: '新建客户' }).first().click();
    await page.keyboard.press('Escape');
    await hookForm.getByRole('button', { name: /新\s*建/ }).click();
    await secretDialog.getByText('密钥只显示这一次').waitFor({ timeout: 15_000 });
    const signingSecret = await secretDialog.getByLabel('密钥').inputValue();
    assert.match(signingSecret, /^whsec_/);
    await page.getByRole('button', { name: /我已保存/ }).click();
    const hookRow = page.getByTestId('webhook-endpoints').locator('tr', { hasText: receiver.url });
    await hookRow.waitFor({ timeout: 15_000 });
    await settled(page);
    await screenshot(page, 'webhooks');

    // A customer is created; the receiver gets customer.created, signed with the secret shown once.
    const { token } = await apiLogin(apiUrl, ADMIN_EMAIL);
    const customerName = `推送测试${suffix}科技有限公司`;
    await gql(
      apiUrl,
      'mutation($n: String!, $m: String!) { createCustomer(input: { name: $n, contact: { name: "王测试", mobile: $m } }) { id } }',
      { n: customerName, m: `139${String(Date.now()).slice(-8)}` },
      token,
    );
    const [first] = await receiver.waitFor(1);
    assert.equal(first.headers['kehu-event'], 'customer.created');
    assert.ok(
      signatureValid(signingSecret, first.headers['kehu-signature'], first.body),
      'the delivery is signed with the secret shown once',
    );
    assert.match(first.body, new RegExp(customerName));

    // 投递记录: the delivery with its status and response code.
    await hookRow.getByRole('button', { name: /投递记录/ }).click();
    const deliveries = page.getByTestId('webhook-deliveries');
    const delivered = deliveries.locator('tbody tr', { hasText: '成功' });
    await delivered.first().waitFor({ timeout: 30_000 });
    assert.match(await delivered.first().innerText(), /新建客户[\s\S]*成功[\s\S]*204/);
    await settled(page);
    await screenshot(page, 'deliveries');

    // 重新投递: the same event again (same id), a second row.
    await delivered
      .first()
      .getByRole('button', { name: /重新投递/ })
      .click();
    const [, again] = await receiver.waitFor(2);
    assert.equal(again.headers['kehu-event-id'], first.headers['kehu-event-id']);
    assert.notEqual(again.headers['kehu-delivery'], first.headers['kehu-delivery']);
    await page.getByRole('button', { name: '刷新' }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="webhook-deliveries"] tbody tr.ant-table-row').length >= 2,
      null,
      { timeout: 30_000 },
    );
    await deliveries.locator('tbody tr', { hasText: '成功' }).nth(1).waitFor({ timeout: 30_000 });
    await settled(page);
    await screenshot(page, 'redelivered');

    // Phone size: the same pages on 390×844.
    await page.setViewportSize({ width: 390, height: 844 });
    await settled(page);
    await screenshot(page, 'phone-deliveries');
    await page.goto(`${webUrl}/settings?tab=apiKeys`);
    await keyRow.waitFor({ timeout: 30_000 });
    await screenshot(page, 'phone-keys');
    await page.getByRole('button', { name: /新建密钥/ }).click();
    await form.getByLabel('名称').waitFor();
    await settled(page);
    await screenshot(page, 'phone-key-form');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });

    // The other admin sections, looked at: notification channels, and the pool reclaim's preview (not run:
    // later flows of the same run use the demo customers).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${webUrl}/settings?tab=channels`);
    await page.getByTestId('channel-email').waitFor({ timeout: 30_000 });
    await page.getByTestId('failed-deliveries').waitFor();
    await settled(page);
    await screenshot(page, 'channels');
    // 测试发送: the WeCom robot, saved (switched off: later flows' reminders stay in the app), gets the test message.
    const wecom = page.getByTestId('channel-weCom');
    await wecom.getByLabel('Webhook 地址').fill(robot.url);
    await wecom.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').first().waitFor({ timeout: 15_000 });
    await wecom.getByRole('button', { name: /测试发送/ }).click();
    await wecom.getByText('测试消息已发送').waitFor({ timeout: 30_000 });
    await wecom.getByText(/^响应码 200 · 测试时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/).waitFor();
    assert.equal(robot.messages.length, 1);
    assert.match(robot.messages[0].text.content, /测试消息/);
    // The email channel has no server yet: the test says so, in Chinese, on its card.
    const email = page.getByTestId('channel-email');
    await email.getByRole('button', { name: /测试发送/ }).click();
    await email.getByText('测试发送失败').waitFor({ timeout: 30_000 });
    await email.getByText(/邮件通道未配置完整/).waitFor();
    await settled(page);
    await screenshot(page, 'channels-test-send');
    await page.setViewportSize({ width: 390, height: 844 });
    await wecom.getByRole('button', { name: /测试发送/ }).click();
    for (const deadline = Date.now() + 30_000; robot.messages.length < 2;) {
      assert.ok(Date.now() < deadline, 'the robot got no second test message');
      await new Promise((r) => setTimeout(r, 200));
    }
    await wecom.getByText('测试消息已发送').waitFor({ timeout: 30_000 });
    await wecom.scrollIntoViewIfNeeded();
    await settled(page);
    await screenshot(page, 'phone-channels-test-send');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${webUrl}/settings?tab=pool`);
    await page.getByRole('button', { name: /预览现在会回收的客户/ }).click({ timeout: 30_000 });
    await page.getByText(/现在执行将把 \d+ 个客户退回公海/).waitFor({ timeout: 30_000 });
    await settled(page);
    await screenshot(page, 'reclaim-preview');
    await page
      .getByTestId('reclaim-now')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await page.goto(`${webUrl}/settings?tab=apiKeys`);
    await keyRow.waitFor({ timeout: 30_000 });

    // Revoke, with a confirmation: the key stops working at once.
    await keyRow.getByRole('button', { name: /撤\s*销/ }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.locator('.ant-modal-confirm-title', { hasText: keyName }).waitFor();
    await confirm.getByRole('button', { name: /撤\s*销/ }).click();
    await page.getByText(`已撤销密钥 ${keyName}`).waitFor({ timeout: 15_000 });
    const res = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    assert.equal(res.status, 401);
  } finally {
    await receiver.close();
    await robot.close();
  }
};
