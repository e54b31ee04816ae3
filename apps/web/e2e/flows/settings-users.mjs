// The admin opens 设置 → 用户与组织, creates a salesperson under 王磊 with an initial password and sees
// them in the table and in the hierarchy tree; the new user must change the password at first sign-in.
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, apiLogin, gql, signInWithForm } from '../lib.mjs';

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const suffix = Date.now().toString(36);
  const name = `孙丽${suffix.slice(-3)}`;
  const email = `sun.li.${suffix}@kehu.demo`;
  const password = 'Sun@2026li';

  const page = await newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai' });
  await page.goto(`${webUrl}/settings`);
  await page.waitForURL((url) => url.pathname === '/login');
  await signInWithForm(page, ADMIN_EMAIL);
  await page.waitForURL((url) => url.pathname === '/settings', { timeout: 30_000 });

  await page.getByRole('tab', { name: '用户与组织' }).waitFor({ timeout: 30_000 });
  const table = page.getByTestId('users-table');
  await table.getByText('王磊', { exact: true }).first().waitFor({ timeout: 15_000 });

  await page.getByRole('button', { name: /新建用户/ }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('姓名').fill(name);
  await dialog.getByLabel('登录邮箱').fill(email);
  // A weak password is refused before anything is sent.
  await dialog.getByLabel('初始密码').fill('12345678');
  await dialog.getByRole('button', { name: /新\s*建/ }).click();
  await dialog.getByText('密码至少 8 位，且须包含字母、数字和特殊字符').waitFor();
  await dialog.getByLabel('初始密码').fill(password);
  await dialog.getByLabel('上级').click();
  await page.locator('.ant-select-item-option', { hasText: '王磊' }).first().click();
  await screenshot(page, 'form');
  await dialog.getByRole('button', { name: /新\s*建/ }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 15_000 });

  const row = table.locator('tr', { hasText: email });
  await row.waitFor({ timeout: 15_000 });
  assert.match(await row.innerText(), /销售/);
  assert.match(await row.innerText(), /王磊/);
  assert.match(await row.innerText(), /待改初始密码/);
  await screenshot(page, 'table');

  await page.getByText('组织架构', { exact: true }).click();
  await page.getByTestId('user-tree').getByText(name, { exact: true }).waitFor();
  await screenshot(page);

  // The API agrees: the user exists, reports to 王磊 and must change the password.
  const user = await apiLogin(apiUrl, email, password);
  const { me } = await gql(apiUrl, '{ me { name role mustChangePassword manager { name } } }', {}, user.token);
  assert.deepEqual(me, { name, role: 'SALES', mustChangePassword: true, manager: { name: '王磊' } });
};
