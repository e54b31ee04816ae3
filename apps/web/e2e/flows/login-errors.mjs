// The login form validates as you type, and a wrong password gets one clear message.
import assert from 'node:assert/strict';

export default async ({ webUrl, newPage, screenshot }) => {
  const page = await newPage({ viewport: { width: 390, height: 844 } }); // a phone

  await page.goto(`${webUrl}/customers`);
  await page.waitForURL((url) => url.pathname === '/login');
  assert.equal(new URL(page.url()).searchParams.get('callbackUrl'), '/customers');

  await page.getByLabel('邮箱', { exact: true }).fill('not-an-email');
  await page.getByText('邮箱格式不正确').waitFor();

  // An unknown account (not the admin: five wrong passwords would lock it).
  await page.getByLabel('邮箱', { exact: true }).fill('nobody@kehu.demo');
  await page.getByLabel('密码', { exact: true }).fill('Wrong@2026!');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByText('邮箱或密码错误', { exact: true }).waitFor({ timeout: 30_000 });
  assert.equal(new URL(page.url()).pathname, '/login');
  // The form is usable again for a second try.
  assert.ok(await page.getByLabel('密码', { exact: true }).isEditable());
  assert.ok(await page.getByRole('button', { name: /登\s*录/ }).isEnabled());
  await page.waitForTimeout(400); // let antd's colour transitions finish before the screenshot
  await screenshot(page);
};
