// A user an admin created must change the password first: every page leads to /change-password, the
// policy is checked as you type, and after the change the user is in (and can sign in with it later).
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, apiLogin, gql, pathOf, signInWithForm } from '../lib.mjs';

const START_PASSWORD = 'Start#2026';
const NEW_PASSWORD = 'Xin#mima2026';

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const admin = await apiLogin(apiUrl, ADMIN_EMAIL);
  const email = `e2e.${Date.now()}@kehu.demo`;
  await gql(
    apiUrl,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { email, name: '新同事', password: START_PASSWORD, role: 'SALES' } },
    admin.token,
  );

  const page = await newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, email, START_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/change-password', { timeout: 30_000 });
  await page.getByText('首次登录或密码已被重置').waitFor();

  // Nothing else is reachable until the password is changed.
  await page.goto(`${webUrl}/customers`);
  await page.waitForURL((url) => url.pathname === '/change-password');

  await page.getByLabel('当前密码', { exact: true }).fill(START_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill('abcdefgh1'); // no special character
  await page.locator('.ant-form-item-explain-error', { hasText: '密码至少 8 位，且须包含字母、数字和特殊字符' }).waitFor();
  await screenshot(page, 'policy');

  await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('确认新密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.getByText('欢迎，新同事').waitFor({ timeout: 30_000 });
  await page.goto(`${webUrl}/customers`);
  // A new salesperson holds no customers yet.
  await page.getByTestId('customer-total').getByText('共 0 个客户').waitFor();
  await screenshot(page);

  // Sign out, and back in with the new password.
  await page.getByRole('button', { name: /退出登录/ }).click();
  await page.waitForURL((url) => url.pathname === '/login', { timeout: 30_000 });
  await signInWithForm(page, email, NEW_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  assert.equal(pathOf(page), '/');
  await page.getByText('欢迎，新同事').waitFor();
};
