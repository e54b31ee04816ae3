// The customer list on a phone (390×844): a card per customer with its grade, next follow-up and a
// tap-to-call link; 新建客户 fills the whole screen. The same list on a laptop is the table.
import assert from 'node:assert/strict';
import path from 'node:path';
import { signInWithForm } from '../lib.mjs';

const SALES = 'li.na@kehu.demo';

export default async ({ webUrl, newPage, screenshot, screenshotsDir }) => {
  const page = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.goto(`${webUrl}/customers?own=MINE`);
  await page.waitForURL((url) => url.pathname === '/login');
  await signInWithForm(page, SALES);
  await page.waitForURL((url) => url.pathname === '/customers', { timeout: 30_000 });

  const cards = page.getByTestId('customer-card');
  await cards.first().waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId('customer-table').count(), 0, 'no table on a phone');
  const call = page.locator('[data-testid="customer-card"] a[href^="tel:"]').first();
  await call.waitFor();
  assert.match(await call.getAttribute('href'), /^tel:\+?\d{7,}$/);
  // Nothing scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow} px`);
  // A salesperson has nobody below them: no 下属客户.
  assert.equal(await page.getByText('下属客户', { exact: true }).count(), 0);
  await screenshot(page, 'cards');

  // Forms are full screen on a phone.
  await page.getByRole('button', { name: /新建客户/ }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '首要联系人' });
  await drawer.getByLabel('客户名称').waitFor({ timeout: 30_000 });
  // Measured once the drawer has finished sliding in.
  await page
    .waitForFunction(() => Math.round(document.querySelector('.ant-drawer-content-wrapper')?.getBoundingClientRect().x ?? 1) <= 0, null, {
      timeout: 10_000,
    })
    .catch(() => {});
  const box = await page.locator('.ant-drawer-content-wrapper').first().boundingBox();
  assert.ok(box && Math.round(box.width) >= 390 && Math.round(box.x) <= 0, `the drawer is ${JSON.stringify(box)}`);
  // The drawer is fixed to the window: a picture of the window, not of the whole page.
  await page.screenshot({ path: path.join(screenshotsDir, 'customers-phone-form.png') });

  // On a laptop the same list is the table.
  const laptop = await newPage({ viewport: { width: 1280, height: 900 } });
  await laptop.goto(`${webUrl}/login`);
  await signInWithForm(laptop, SALES);
  await laptop.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await laptop.goto(`${webUrl}/customers?own=MINE`);
  await laptop.getByTestId('customer-table').getByRole('link').first().waitFor({ timeout: 30_000 });
  assert.equal(await laptop.getByTestId('customer-card').count(), 0);
  await screenshot(laptop, 'laptop');
};
