// Open /, land on /login, sign in as the demo admin, see the home page with the admin's name,
// switch to English and see the English navigation.
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, apiLogin, signInWithForm } from '../lib.mjs';

const ZH_NAV = ['首页', '客户', '公海', '商机', '销售预测', '合同', '回款', '提醒', '任务', '回访', '报表', '设置'];
const EN_NAV = [
  'Home',
  'Customers',
  'Pool',
  'Deals',
  'Forecast',
  'Contracts',
  'Receipts',
  'Reminders',
  'Tasks',
  'Return visits',
  'Reports',
  'Settings',
];

async function navLabels(page) {
  return (await page.getByTestId('shell-sider').getByRole('navigation').getByRole('link').allInnerTexts()).map((s) => s.trim());
}

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  // The admin's display name, asked of the API (the seed decides it, not this test).
  const { name } = (await apiLogin(apiUrl, ADMIN_EMAIL)).user;
  const page = await newPage({ viewport: { width: 1280, height: 800 } });

  await page.goto(`${webUrl}/`);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByRole('heading', { name: '客户 Kehu CRM' }).waitFor();

  await signInWithForm(page, ADMIN_EMAIL);

  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.getByText(`欢迎，${name}`).waitFor({ timeout: 30_000 });
  await page.getByTestId('profile').getByText(ADMIN_EMAIL).waitFor();
  await page.getByTestId('profile').getByText('管理员').waitFor();
  assert.deepEqual(await navLabels(page), ZH_NAV);
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  // Subscriptions work: graphql-ws to the API's public URL, with the session's token.
  await page.locator('[data-testid="live-indicator"][data-state="live"]').waitFor({ timeout: 15_000 });
  await screenshot(page, 'zh');

  await page.getByText('English', { exact: true }).click();
  await page.getByTestId('shell-sider').getByRole('link', { name: 'Customers' }).waitFor();
  assert.deepEqual(await navLabels(page), EN_NAV);
  await page.getByText(`Welcome, ${name}`).waitFor();

  // The choice sticks: a reload renders English on the server.
  await page.reload();
  await page.getByText(`Welcome, ${name}`).waitFor();
  assert.deepEqual(await navLabels(page), EN_NAV);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await screenshot(page);
};
