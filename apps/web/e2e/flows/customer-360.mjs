// The customer 360 page loads all its tabs' data with ONE GraphQL request; adding a follow-up shows it on
// the page without a reload, and so does a new tag.
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, apiLogin, gql, signInWithForm, expectPeopleText } from '../lib.mjs';

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const { token } = await apiLogin(apiUrl, ADMIN_EMAIL);
  const data = await gql(
    apiUrl,
    '{ customers(first: 20, filter: { status: ACTIVE }) { edges { node { id name contacts { id } } } } }',
    {},
    token,
  );
  const target = data.customers.edges.map((e) => e.node).find((c) => c.contacts.length > 0);
  assert.ok(target, 'a demo customer with contacts');

  const page = await newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, ADMIN_EMAIL);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });

  // Every GraphQL request the browser sends from here on.
  const requests = [];
  page.on('request', (req) => {
    if (req.method() === 'POST' && new URL(req.url()).pathname.endsWith('/graphql')) {
      const body = JSON.parse(req.postData() ?? '{}');
      for (const op of Array.isArray(body) ? body : [body]) requests.push({ name: op.operationName, query: op.query ?? '' });
    }
  });
  await page.goto(`${webUrl}/customers/${target.id}`);
  await page.getByTestId('customer-name').filter({ hasText: target.name }).waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  // Open every tab: none of them asks the API again.
  for (const tab of ['联系人', '合同', '跟进记录', '商机', '发票', '回款', '回访', '任务', '变更日志', '基本信息']) {
    await page.getByRole('tab', { name: tab, exact: true }).dispatchEvent('click');
  }
  await page.waitForLoadState('networkidle');
  const customerRequests = requests.filter((r) => /\bcustomer\s*\(/.test(r.query));
  console.log(`    GraphQL requests while loading the 360 page: ${requests.map((r) => r.name).join(', ')}`);
  assert.equal(customerRequests.length, 1, `one request for the customer's data, got ${customerRequests.map((r) => r.name).join(', ')}`);
  assert.equal(customerRequests[0].name, 'Customer360');
  await screenshot(page, 'loaded');
  await expectPeopleText(page, 'customer 360');

  // Add a follow-up; it appears in the list without a reload.
  await page.evaluate(() => {
    window.__kehuNoReload = true;
  });
  await page.getByRole('tab', { name: '跟进记录', exact: true }).dispatchEvent('click');
  // Live reminder toasts may cover parts of the page: click the buttons themselves, not screen positions.
  await page.getByRole('button', { name: /新建跟进/ }).dispatchEvent('click');
  const dialog = page.getByRole('dialog').filter({ hasText: '跟进方式' });
  const content = `浏览器测试跟进 ${Date.now().toString(36)}：客户确认下周安排技术交流`;
  await dialog.getByRole('textbox', { name: /^\*?\s*跟进内容$/ }).fill(content);
  await dialog.getByRole('button', { name: /保\s*存/ }).dispatchEvent('click');
  await page.getByTestId('follow-up-list').getByText(content).waitFor({ timeout: 15_000 });
  // A new tag shows in the header the same way.
  const tagName = `浏览器测试${Date.now().toString(36).slice(-4)}`;
  await page.getByRole('button', { name: /添加标签/ }).dispatchEvent('click');
  await page.getByRole('combobox', { name: '添加标签' }).fill(tagName);
  await page.keyboard.press('Enter');
  await page.getByTestId('customer-tags').getByText(tagName, { exact: true }).waitFor({ timeout: 15_000 });
  assert.equal(await page.evaluate(() => window.__kehuNoReload === true), true, 'the page was not reloaded');
  assert.equal(requests.filter((r) => r.name === 'Customer360').length, 1, 'the 360 query was not sent again');
  await screenshot(page);

  // On a phone the same page stacks: header, then the tabs (scrolling sideways).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('customer-name').filter({ hasText: target.name }).waitFor();
  await page.getByText(content).waitFor();
  await screenshot(page, 'phone');
};
