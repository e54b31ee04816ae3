// A walk through every page a role's navigation offers, at laptop and at phone size (not a flow itself: the
// tour-*.mjs flows call it once per role). Each page must hydrate without an error, show no error box, read as
// people's words (expectPeopleText) and, on a phone, fit the screen's width. Screenshots of each page are kept.
import assert from 'node:assert/strict';
import { expectPeopleText, signInWithForm } from './lib.mjs';

const LAPTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function look(page, url, screenshot, label, phone) {
  await page.goto(url);
  // A list or a card has drawn its data: no skeleton left in the main column.
  await page
    .locator('main [class*="skeleton" i], main [aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => {});
  const where = `${label} ${new URL(url).pathname}${new URL(url).search}`;
  const errors = await page.locator('.ant-alert-error, .ant-result-error, .ant-result-403, .ant-result-404').count();
  assert.equal(errors, 0, `${where}: shows an error`);
  await expectPeopleText(page, where);
  if (phone) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${where}: wider than the phone's screen by ${overflow}px`);
  }
  const name = `${new URL(url).pathname}${new URL(url).search}`.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
  await screenshot(page, `${label}-${name}`);
}

export async function tour({ webUrl, newPage, screenshot }, email, { phone = true, locale = 'zh-CN' } = {}) {
  const page = await newPage(LAPTOP);
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, email);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  if (locale !== 'zh-CN') {
    // The language switch's cookie: every page below renders in that language (and the account keeps it).
    await page.context().addCookies([{ name: 'kehu-locale', value: locale, url: webUrl }]);
    await page.reload();
    assert.equal(await page.locator('html').getAttribute('lang'), locale);
  }
  // The pages this role's navigation offers, and one customer's 360 if customers are among them.
  const hrefs = await page
    .getByTestId('shell-sider')
    .locator('a[href^="/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length >= 5, `the navigation offers ${hrefs.length} pages`);
  const urls = hrefs.map((h) => `${webUrl}${h}`);
  if (hrefs.includes('/customers')) {
    await page.goto(`${webUrl}/customers`);
    const is360 = (h) => /^\/customers\/[0-9a-f-]{36}$/.test(h ?? '');
    await page.waitForFunction(
      (source) =>
        [...document.querySelectorAll('a[href^="/customers/"]')].some((a) => new RegExp(source).test(a.getAttribute('href') ?? '')),
      '^/customers/[0-9a-f-]{36}$',
      { timeout: 20_000 },
    );
    const hrefs360 = await page.locator('a[href^="/customers/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const found = hrefs360.filter(is360);
    assert.ok(found.length, 'the customer list links to customers');
    const customer = `${webUrl}${found[0]}`;
    urls.push(customer, `${customer}${customer.includes('?') ? '&' : '?'}tab=changeLog`);
  }
  for (const url of urls) await look(page, url, screenshot, 'laptop', false);
  if (!phone) return urls.length;
  // The same pages on a phone, signed in with the laptop's session.
  const cookies = await page.context().cookies();
  const mobile = await newPage(PHONE);
  await mobile.context().addCookies(cookies);
  for (const url of urls) await look(mobile, url, screenshot, 'phone', true);
  return urls.length;
}
