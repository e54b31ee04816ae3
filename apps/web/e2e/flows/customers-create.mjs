// A salesperson starts a new customer with a name somebody else already holds: the drawer warns while
// typing and names the owner. Then a really new customer is created and its 360 page opens.
import assert from 'node:assert/strict';
import { apiLogin, gql, openWith, signInWithForm } from '../lib.mjs';

const SALES = 'li.na@kehu.demo';

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const me = await apiLogin(apiUrl, SALES);
  const admin = await apiLogin(apiUrl, 'admin@kehu.demo');
  // An existing customer owned by someone other than the salesperson.
  const data = await gql(apiUrl, '{ customers(first: 50) { edges { node { id name owner { id name } } } } }', {}, admin.token);
  const existing = data.customers.edges.map((e) => e.node).find((c) => c.owner && c.owner.id !== me.user.id);
  assert.ok(existing, 'a demo customer owned by a colleague');

  const page = await newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, SALES);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.goto(`${webUrl}/customers`);
  const drawer = page.getByRole('dialog').filter({ hasText: '首要联系人' });
  await openWith(page.getByRole('button', { name: /新建客户/ }), drawer.getByLabel('客户名称'));

  // The duplicate check runs while typing and shows who holds the match.
  await drawer.getByLabel('客户名称').pressSequentially(existing.name, { delay: 10 });
  const warning = page.getByTestId('duplicate-warning');
  await warning.waitFor({ timeout: 15_000 });
  await warning.getByText(`负责人：${existing.owner.name}`).first().waitFor();
  await warning.getByText(existing.name, { exact: true }).first().waitFor();
  await screenshot(page, 'duplicate');

  // A new name and phone: no warning, saving creates it and opens its page.
  const name = `杭州测试${Date.now().toString(36)}新材料有限公司`;
  const mobile = `139${String(Date.now()).slice(-8)}`;
  await drawer.getByLabel('客户名称').fill(name);
  await drawer.getByLabel('联系人姓名').fill('测试联系人');
  await drawer.getByLabel('手机', { exact: true }).fill(mobile);
  await warning.waitFor({ state: 'detached', timeout: 15_000 });
  // Live reminder toasts may cover the drawer's header: click the button itself, not a screen position.
  await drawer.getByRole('button', { name: /保\s*存/ }).dispatchEvent('click');
  // Either the new customer's page opens, or the form says why not (fail with that text, not a timeout).
  const refusal = page.locator('.ant-form-item-explain-error, .ant-message-error, [data-testid="duplicate-refused"]').first();
  const outcome = await Promise.race([
    page.waitForURL((url) => /^\/customers\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 30_000 }).then(() => 'created'),
    refusal.waitFor({ timeout: 30_000 }).then(() => 'refused'),
  ]);
  assert.equal(outcome, 'created', outcome === 'refused' ? `creating was refused: ${await refusal.innerText()}` : '');
  await page.getByTestId('customer-name').filter({ hasText: name }).waitFor({ timeout: 30_000 });

  // It exists, owned by the salesperson, with its first contact.
  const id = new URL(page.url()).pathname.split('/').pop();
  const check = await gql(
    apiUrl,
    'query($id: ID!) { customer(id: $id) { name owner { id } primaryContact { name mobile } } }',
    { id },
    me.token,
  );
  assert.equal(check.customer.name, name);
  assert.equal(check.customer.owner.id, me.user.id);
  assert.equal(check.customer.primaryContact.mobile, mobile);
  await screenshot(page);
};
