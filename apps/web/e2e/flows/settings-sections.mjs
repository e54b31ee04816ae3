// The admin walks the settings tabs: defines a single-select custom field (options required), adds a product,
// sees every reminder kind with its switch and the pool rules; a salesperson sees only what she may.
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, apiLogin, gql, signInWithForm } from '../lib.mjs';

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const suffix = Date.now().toString(36);
  const page = await newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai' });
  await page.goto(`${webUrl}/settings?tab=customFields`);
  await page.waitForURL((url) => url.pathname === '/login');
  await signInWithForm(page, ADMIN_EMAIL);
  await page.waitForURL((url) => url.pathname === '/settings', { timeout: 30_000 });

  // 自定义字段: a select needs options before it is saved.
  await page.getByRole('button', { name: /新建字段/ }).click({ timeout: 30_000 });
  const field = page.getByRole('dialog', { name: '新建自定义字段' });
  await field.getByLabel('字段名称').fill(`合作级别${suffix.slice(-3)}`);
  await field.getByLabel('字段标识').fill(`level_${suffix}`);
  await field.getByLabel('类型').click();
  await page.locator('.ant-select-item-option', { hasText: '单选' }).click();
  await field.getByRole('button', { name: /新\s*建/ }).click();
  await field.getByText('单选和多选字段至少需要一个选项').waitFor();
  await field.getByLabel('选项').pressSequentially('战略');
  await page.keyboard.press('Enter');
  await field.getByLabel('选项').pressSequentially('普通');
  await page.keyboard.press('Enter');
  await field.getByRole('button', { name: /新\s*建/ }).click();
  await field.waitFor({ state: 'hidden', timeout: 15_000 });
  const fieldRow = page.getByTestId('custom-fields').locator('tr', { hasText: `level_${suffix}` });
  await fieldRow.waitFor({ timeout: 15_000 });
  assert.match(await fieldRow.innerText(), /战略[\s\S]*普通/);
  await screenshot(page, 'custom-fields');

  // 商品
  await page.getByRole('tab', { name: '商品' }).click();
  await page.waitForURL((url) => url.searchParams.get('tab') === 'products');
  await page.getByRole('button', { name: /新建商品/ }).click();
  const product = page.getByRole('dialog', { name: '新建商品' });
  await product.getByLabel('商品编码').fill(`E2E-${suffix}`);
  await product.getByLabel('商品名称').fill('实施服务（现场）');
  await product.getByLabel('标准价格').fill('12.345');
  await product.getByRole('button', { name: /新\s*建/ }).click();
  await product.getByText('请输入不小于 0 的金额，最多两位小数').waitFor();
  await product.getByLabel('标准价格').fill('8800.50');
  await product.getByRole('button', { name: /新\s*建/ }).click();
  await product.waitFor({ state: 'hidden', timeout: 15_000 });
  const productRow = page.getByTestId('products').locator('tr', { hasText: `E2E-${suffix}` });
  await productRow.waitFor({ timeout: 15_000 });
  assert.match(await productRow.innerText(), /8800\.50/);

  // 提醒设置: every kind, with its switch.
  await page.getByRole('tab', { name: '提醒设置' }).click();
  await page.getByTestId('reminder-settings').getByText('任务到期提醒').waitFor({ timeout: 15_000 });
  const { token } = await apiLogin(apiUrl, ADMIN_EMAIL);
  const kinds = await gql(apiUrl, '{ __type(name: "ReminderKind") { enumValues { name } } }', {}, token);
  assert.equal(await page.getByTestId('reminder-settings').locator('tbody tr.ant-table-row').count(), kinds.__type.enumValues.length);
  await screenshot(page, 'reminders');

  // 公海规则 and 分级与合同 load their current values.
  await page.getByRole('tab', { name: '公海规则' }).click();
  await page.getByLabel('超过多少天未跟进退回公海').waitFor({ timeout: 15_000 });
  await page.getByRole('tab', { name: '分级与合同' }).click();
  await page.getByLabel('合同编号规则').waitFor({ timeout: 15_000 });
  assert.match(await page.getByLabel('合同编号规则').inputValue(), /\{SEQ\d+\}/);
  await screenshot(page, 'deals');

  // A salesperson sees the pool rules read-only, the tags (tag.edit) and her sign-ins, not the admin sections.
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL((url) => url.pathname === '/login', { timeout: 30_000 });
  await signInWithForm(page, 'zhang.wei@kehu.demo');
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.goto(`${webUrl}/settings`);
  await page.getByRole('tab', { name: '公海规则' }).waitFor({ timeout: 30_000 });
  const tabs = (await page.getByRole('tab').allInnerTexts()).map((s) => s.trim());
  assert.deepEqual(tabs, ['公海规则', '标签', '我的账号', '登录记录']);
  await page.getByText('仅管理员可以修改，您可以查看当前设置。').waitFor();
  assert.equal(await page.getByLabel('超过多少天未跟进退回公海').isDisabled(), true);
  await screenshot(page);
};
