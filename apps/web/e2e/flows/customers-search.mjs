// Search the customer list by the pinyin initials of a demo customer's name and find it; the search is in
// the URL, so reloading the bookmarked address shows the same list.
import assert from 'node:assert/strict';
import { pinyinInitials } from '@kehu/domain/search-text';
import { ADMIN_EMAIL, apiLogin, gql, signInWithForm } from '../lib.mjs';

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  // A demo customer the admin sees, chosen by the seed rather than this test.
  const { token } = await apiLogin(apiUrl, ADMIN_EMAIL);
  const data = await gql(
    apiUrl,
    '{ customers(first: 20, orderBy: { field: NAME, direction: ASC }) { edges { node { id name } } } }',
    {},
    token,
  );
  const target = data.customers.edges.map((e) => e.node).find((c) => /^[\u4e00-\u9fff]{4}/.test(c.name));
  assert.ok(target, 'a demo customer with a Chinese name');
  const initials = pinyinInitials(target.name.slice(0, 4));
  assert.match(initials, /^[a-z]{4}$/);

  const page = await newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, ADMIN_EMAIL);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.goto(`${webUrl}/customers`);
  await page.getByTestId('customer-total').waitFor({ timeout: 30_000 });

  const box = page
    .getByRole('searchbox')
    .or(page.getByPlaceholder(/拼音首字母/))
    .first();
  await box.fill(initials);
  await box.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === initials);
  const row = page.getByTestId('customer-table').getByRole('link', { name: target.name, exact: true });
  await row.waitFor({ timeout: 30_000 });
  await screenshot(page, 'initials');

  // Bookmarkable: the same address renders the same search.
  await page.reload();
  await page.getByTestId('customer-table').getByRole('link', { name: target.name, exact: true }).waitFor({ timeout: 30_000 });
  assert.equal(await box.inputValue(), initials);

  // Open it: the 360 page of that customer.
  await row.click();
  await page.waitForURL((url) => url.pathname === `/customers/${target.id}`);
  await page.getByTestId('customer-name').filter({ hasText: target.name }).waitFor({ timeout: 30_000 });
  await screenshot(page);
};
