// A manager merges two customers: compare side by side, keep the duplicate's name, preview what moves,
// confirm, land on the master; the duplicate is gone and its follow-up moved. Then the recycle bin: a deleted
// customer is restored from /customers/recycle-bin.
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, apiLogin, gql, signInWithForm } from '../lib.mjs';

const CREATE =
  'mutation($n: String!, $m: String!) { createCustomer(input: { name: $n, contact: { name: "测试联系人", mobile: $m } }) { id name } }';

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const { token } = await apiLogin(apiUrl, ADMIN_EMAIL);
  const tag = Date.now().toString(36);
  const mobile = (n) => `137${String(Date.now() + n).slice(-8)}`;
  const a = (await gql(apiUrl, CREATE, { n: `合并测试${tag}贸易有限公司`, m: mobile(1) }, token)).createCustomer;
  const b = (await gql(apiUrl, CREATE, { n: `合并测试${tag}物流集团有限公司`, m: mobile(2) }, token)).createCustomer;
  await gql(
    apiUrl,
    'mutation($id: ID!) { createFollowUp(customerId: $id, input: { method: PHONE, content: "重复客户上的跟进" }) { id } }',
    { id: b.id },
    token,
  );
  const gone = (await gql(apiUrl, CREATE, { n: `回收站测试${tag}有限公司`, m: mobile(3) }, token)).createCustomer;
  await gql(apiUrl, 'mutation($id: ID!) { deleteCustomer(id: $id) { id } }', { id: gone.id }, token);

  const page = await newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, ADMIN_EMAIL);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });

  await page.goto(`${webUrl}/customers/merge?ids=${a.id},${b.id}`);
  await page.getByRole('radio', { name: `客户名称: ${b.name}` }).waitFor({ timeout: 30_000 });
  await page.getByRole('radio', { name: `客户名称: ${b.name}` }).dispatchEvent('click');
  await page.getByRole('button', { name: /预览合并结果/ }).dispatchEvent('click');
  await page.getByTestId('merge-preview').getByText('跟进记录：1').waitFor({ timeout: 15_000 });
  await screenshot(page, 'preview');
  await page.getByRole('button', { name: /确认合并/ }).dispatchEvent('click');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确认合并/ })
    .dispatchEvent('click');
  await page.waitForURL((url) => url.pathname === `/customers/${a.id}`, { timeout: 30_000 });
  await page.getByTestId('customer-name').filter({ hasText: b.name }).waitFor({ timeout: 30_000 });
  const after = await gql(
    apiUrl,
    'query($a: ID!, $b: ID!) { a: customer(id: $a) { name followUps(first: 5) { totalCount } } b: customer(id: $b) { id } }',
    { a: a.id, b: b.id },
    token,
  );
  assert.equal(after.a.name, b.name);
  assert.equal(after.a.followUps.totalCount, 1);
  assert.equal(after.b, null);
  await screenshot(page, 'merged');

  await page.goto(`${webUrl}/customers/recycle-bin`);
  const row = page.getByRole('row').filter({ hasText: gone.name });
  await row.waitFor({ timeout: 30_000 });
  await row.getByRole('button', { name: /恢\s*复/ }).dispatchEvent('click');
  await page.getByText(`已恢复“${gone.name}”`).waitFor({ timeout: 15_000 });
  await row.waitFor({ state: 'detached', timeout: 15_000 });
  const restored = await gql(apiUrl, 'query($id: ID!) { customer(id: $id) { id deletedAt } }', { id: gone.id }, token);
  assert.equal(restored.customer.deletedAt, null);
  await screenshot(page);
};
