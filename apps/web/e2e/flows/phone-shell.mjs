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
  // The server renders before the screen width is known; once the page runs, no side bar on a phone.
  await page.locator('.ant-layout-sider').waitFor({ state: 'detached', timeout: 10_000 });

  await page.getByRole('button', { name: '菜单' }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByRole('menuitem', { name: '合同' }).waitFor();
  await screenshot(page, 'drawer');
  await drawer.getByRole('menuitem', { name: '合同' }).click();
  await page.waitForURL((url) => url.pathname === '/contracts');
  // Closed: antd keeps the drawer element (slid out of view) but drops its -open class.
  await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
  await screenshot(page);

  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL((url) => url.pathname === '/login', { timeout: 30_000 });
  assert.equal(pathOf(page), '/login');
};
