// On a phone the navigation is a drawer behind the menu button.
import assert from 'node:assert/strict';
import { pathOf, signInWithForm } from '../lib.mjs';

export default async ({ webUrl, newPage, screenshot }) => {
  const page = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.goto(`${webUrl}/pool`);
  await page.waitForURL((url) => url.pathname === '/login');
  await signInWithForm(page, 'li.na@kehu.demo');

  // Back where the user was going.
  await page.waitForURL((url) => url.pathname === '/pool', { timeout: 30_000 });
  await page.getByRole('button', { name: '菜单' }).waitFor();
  // No side bar on a phone (CSS decides, so already in the server's HTML).
  assert.equal(await page.getByTestId('shell-sider').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: '收起菜单' }).count(), 0);

  await page.getByRole('button', { name: '菜单' }).click();
  const drawer = page.getByRole('dialog', { name: '菜单' });
  await drawer.getByRole('link', { name: '合同' }).waitFor();
  // The current section is marked and has the focus.
  await drawer.getByRole('link', { name: '公海' }).and(page.locator('[aria-current="page"]')).waitFor();
  await screenshot(page, 'drawer');
  await drawer.getByRole('link', { name: '合同' }).click();
  await page.waitForURL((url) => url.pathname === '/contracts');
  await drawer.waitFor({ state: 'detached' });
  await screenshot(page);

  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL((url) => url.pathname === '/login', { timeout: 30_000 });
  assert.equal(pathOf(page), '/login');
};
