// An admin marks a custom field required while a salesperson has 新建客户 open: saving is refused by the
// API and the refusal shows on that field (it used to do nothing). Opened again, the form marks the field
// required and asks for it before saving; with a value the customer is created with it. The customer list
// then filters by the field (and shows it as a column), on a laptop and on a phone.
import assert from 'node:assert/strict';
import path from 'node:path';
import { ADMIN_EMAIL, apiLogin, gql, openWith, signInWithForm } from '../lib.mjs';

const SALES = 'li.na@kehu.demo';
const LABEL = '统一社会信用代码';

export default async ({ webUrl, apiUrl, newPage, screenshot, screenshotsDir }) => {
  // The drawer is fixed to the window: a picture of the window, not of the whole page.
  const windowShot = (page, suffix) => page.screenshot({ path: path.join(screenshotsDir, `customers-custom-fields-${suffix}.png`) });
  const admin = await apiLogin(apiUrl, ADMIN_EMAIL);
  const me = await apiLogin(apiUrl, SALES);
  const key = `credit_code_${Date.now().toString(36)}`;
  const { createCustomField: field } = await gql(
    apiUrl,
    'mutation($i: CustomFieldInput!) { createCustomField(input: $i) { id version } }',
    { i: { key, label: LABEL, kind: 'TEXT', required: false, position: 0 } },
    admin.token,
  );
  try {
    // The salesperson starts a new customer: the field is there, optional.
    const sales = await newPage({ viewport: { width: 1280, height: 900 } });
    await sales.goto(`${webUrl}/login`);
    await signInWithForm(sales, SALES);
    await sales.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
    await sales.goto(`${webUrl}/customers`);
    const drawer = sales.getByRole('dialog').filter({ hasText: '首要联系人' });
    const item = drawer.locator('.ant-form-item').filter({ has: sales.getByLabel(LABEL, { exact: true }) });
    await openWith(sales.getByRole('button', { name: /新建客户/ }), item);
    assert.equal(await item.locator('.ant-form-item-required').count(), 0, 'not required yet');
    const name = `苏州测试${Date.now().toString(36)}精密机械有限公司`;
    await drawer.getByLabel('客户名称').fill(name);
    await drawer.getByLabel('联系人姓名').fill('测试联系人');
    await drawer.getByLabel('手机', { exact: true }).fill(`137${String(Date.now()).slice(-8)}`);

    // Meanwhile the admin marks it required on the settings page.
    const adminPage = await newPage({ viewport: { width: 1280, height: 900 } });
    await adminPage.goto(`${webUrl}/login`);
    await signInWithForm(adminPage, ADMIN_EMAIL);
    await adminPage.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
    await adminPage.goto(`${webUrl}/settings?tab=customFields`);
    const row = adminPage.getByRole('row').filter({ hasText: LABEL });
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    const modal = adminPage.getByRole('dialog').filter({ hasText: '编辑字段' });
    await modal.getByRole('checkbox', { name: '必填' }).check();
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await modal.waitFor({ state: 'detached', timeout: 30_000 });
    await screenshot(adminPage, 'admin');
    const { node } = await gql(
      apiUrl,
      'query($id: ID!) { node(id: $id) { ... on CustomField { required } } }',
      { id: field.id },
      admin.token,
    );
    assert.equal(node.required, true, 'the admin made it required');

    // The salesperson's form did not know: the API refuses, and says so on the field.
    await drawer.getByRole('button', { name: /保\s*存/ }).dispatchEvent('click');
    await item
      .locator('.ant-form-item-explain-error')
      .filter({ hasText: `自定义字段「${LABEL}」为必填项` })
      .waitFor({ timeout: 30_000 });
    await windowShot(sales, 'server-error');

    // Opened again, the form marks it required and asks for it before saving.
    await drawer.getByRole('button', { name: /取\s*消/ }).dispatchEvent('click');
    await drawer.waitFor({ state: 'detached' });
    await sales.getByRole('button', { name: /新建客户/ }).dispatchEvent('click');
    await item.locator('.ant-form-item-required').waitFor({ timeout: 30_000 });
    await drawer.getByLabel('客户名称').fill(name);
    await drawer.getByLabel('联系人姓名').fill('测试联系人');
    await drawer.getByLabel('手机', { exact: true }).fill(`137${String(Date.now()).slice(-8)}`);
    await drawer.getByRole('button', { name: /保\s*存/ }).dispatchEvent('click');
    await item
      .locator('.ant-form-item-explain-error')
      .filter({ hasText: `请填写「${LABEL}」` })
      .waitFor({ timeout: 30_000 });
    await windowShot(sales, 'required');

    await drawer.getByLabel(LABEL, { exact: true }).fill('91320500MA1XXXXX7Q');
    await drawer.getByRole('button', { name: /保\s*存/ }).dispatchEvent('click');
    await sales.waitForURL((url) => /^\/customers\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 30_000 });
    const id = new URL(sales.url()).pathname.split('/').pop();
    const check = await gql(apiUrl, 'query($id: ID!) { customer(id: $id) { name customFields } }', { id }, me.token);
    assert.equal(check.customer.name, name);
    assert.equal(check.customer.customFields[key], '91320500MA1XXXXX7Q');
    await screenshot(sales);

    // The list filters by the field: 按自定义字段筛选 → the field → the text it contains; the URL keeps it.
    await sales.goto(`${webUrl}/customers`);
    await sales.getByRole('button', { name: '更多筛选' }).click({ timeout: 30_000 });
    await sales.getByRole('combobox', { name: '按自定义字段筛选' }).click();
    await sales.locator('.ant-select-dropdown:visible').getByTitle(LABEL).click();
    const contains = sales.getByLabel(`${LABEL} 包含的文字`);
    await contains.fill('ma1xxxxx7');
    await contains.press('Enter');
    await sales.waitForURL((url) => url.searchParams.getAll('cf').includes(`${key}~has~ma1xxxxx7`), { timeout: 30_000 });
    await sales.getByTestId('customer-total').filter({ hasText: '共 1 个客户' }).waitFor({ timeout: 30_000 });
    await sales.getByTestId('customer-table').getByRole('link', { name }).waitFor();
    // …and shows it as a column.
    await sales.getByRole('combobox', { name: '显示自定义字段' }).click();
    await sales.locator('.ant-select-dropdown:visible').getByTitle(LABEL).click();
    await sales.getByTestId('customer-table').getByText('91320500MA1XXXXX7Q').waitFor({ timeout: 30_000 });
    await sales.getByTestId('customer-total').click(); // closes the column picker
    await sales
      .locator('.ant-select-dropdown:visible')
      .waitFor({ state: 'hidden' })
      .catch(() => undefined);
    await screenshot(sales, 'list-filter');
    // On a phone the same URL gives the card of that one customer.
    await sales.setViewportSize({ width: 390, height: 844 });
    await sales.getByRole('link', { name }).first().waitFor({ timeout: 30_000 });
    await sales.getByTestId('custom-field-filters').scrollIntoViewIfNeeded();
    await screenshot(sales, 'phone-list-filter');
  } finally {
    // Later flows (import, create) must not meet a required field they do not fill.
    await gql(apiUrl, 'mutation($id: ID!) { deleteCustomField(id: $id) }', { id: field.id }, admin.token);
  }
};
