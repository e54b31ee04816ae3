// A salesperson plans a return visit on the 360 page and records it (also on the /visits page); on a phone the
// 360 header is compact with 写跟进 / 打电话 / 新建商机. The manager deactivates the customer, deletes it, finds
// it in the recycle bin and restores it; a customer with a contract cannot be deleted and is offered 停用.
import assert from 'node:assert/strict';
import { apiLogin, gql, signInWithForm } from '../lib.mjs';

const SALES = 'li.na@kehu.demo';
const MANAGER = 'wang.lei@kehu.demo'; // 李娜 reports to 王磊 (README)

async function signIn(newPage, webUrl, email, phone = false) {
  const page = await newPage(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 } },
  );
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, email);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  return page;
}

const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id name } }`;

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const sales = await apiLogin(apiUrl, SALES);
  const tag = Date.now().toString().slice(-6);
  const mobile = (n) => `139${tag}${n}${n}`.slice(0, 11);
  const created = await gql(
    apiUrl,
    CREATE,
    { i: { name: `杭州回访测试科技有限公司${tag}`, contact: { name: '赵敏', mobile: mobile(1) } } },
    sales.token,
  );
  const customer = created.createCustomer;
  const topic = `季度回访 ${tag}`;

  // 计划回访 and 记录回访 on the 回访 tab.
  const page = await signIn(newPage, webUrl, SALES);
  await page.goto(`${webUrl}/customers/${customer.id}?tab=visits`);
  await page.getByTestId('customer-name').filter({ hasText: customer.name }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: /计划回访/ }).click();
  let dialog = page.getByRole('dialog').filter({ hasText: '回访主题' });
  await dialog.getByLabel('回访主题').fill(topic);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  const row = page.getByTestId('visit-table').getByRole('row').filter({ hasText: topic });
  await row.getByText('已计划').waitFor({ timeout: 15_000 });
  await row.getByRole('button', { name: '记录回访' }).click();
  dialog = page.getByRole('dialog').filter({ hasText: '回访结果' });
  await dialog.getByLabel('回访方式').click();
  await page.locator('.ant-select-dropdown:visible').getByText('电话回访', { exact: true }).click();
  // Five stars overall and on every configured dimension (产品质量, 服务态度, …).
  await dialog.locator('ul[aria-label="总体满意度"] [role="radio"]').nth(4).click();
  const ratings = dialog.getByTestId('dimension-scores').locator('ul.ant-rate');
  await ratings.first().waitFor({ timeout: 15_000 });
  for (let i = 0; i < (await ratings.count()); i++) await ratings.nth(i).locator('[role="radio"]').nth(4).click();
  await dialog.getByLabel('回访结果').fill('系统运行稳定，客户希望增加两个账号');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await row.getByText('已完成').waitFor({ timeout: 15_000 });
  await row.getByText('5 分 · 非常满意').waitFor();
  await page.getByTestId('visit-averages').getByText('产品质量').waitFor();
  await screenshot(page, 'visit-recorded');

  // The /visits page lists it under 已完成 for its owner.
  await page.goto(`${webUrl}/visits`);
  await page.getByText('已完成', { exact: true }).first().click();
  await page.getByTestId('visit-table').getByText(topic).waitFor({ timeout: 30_000 });
  await screenshot(page, 'visits-page');

  // On a phone: compact header; 打电话 dials the primary contact.
  const phone = await signIn(newPage, webUrl, SALES, true);
  await phone.goto(`${webUrl}/customers/${customer.id}`);
  await phone.getByTestId('customer-name').waitFor({ timeout: 30_000 });
  const call = phone.getByTestId('call-primary');
  assert.equal(await call.getAttribute('href'), `tel:${mobile(1)}`);
  await screenshot(phone, 'phone-header');
  await phone
    .getByTestId('quick-actions')
    .getByRole('button', { name: /新建商机/ })
    .click();
  await phone.getByRole('dialog').filter({ hasText: '商机名称' }).waitFor({ timeout: 15_000 });
  await screenshot(phone, 'phone-new-deal');

  // The manager: 停用, then 删除 to the recycle bin, then 恢复.
  const manager = await signIn(newPage, webUrl, MANAGER);
  await manager.goto(`${webUrl}/customers/${customer.id}`);
  await manager.getByTestId('customer-name').filter({ hasText: customer.name }).waitFor({ timeout: 30_000 });
  await manager.getByRole('button', { name: '停用', exact: true }).click();
  dialog = manager.getByRole('dialog').filter({ hasText: '停用客户' });
  await dialog.getByRole('button', { name: /停\s*用/ }).click();
  await manager.getByRole('button', { name: '启用', exact: true }).waitFor({ timeout: 15_000 });
  await manager.getByTestId('customer-name').locator('xpath=..').getByText('停用').waitFor();
  await manager.getByRole('button', { name: '删除', exact: true }).click();
  dialog = manager.getByRole('dialog').filter({ hasText: '回收站' });
  await dialog.getByRole('button', { name: /删\s*除/ }).click();
  await manager.waitForURL((url) => url.pathname === '/customers', { timeout: 15_000 });
  await manager.goto(`${webUrl}/customers/recycle-bin`);
  const binRow = manager.getByRole('row').filter({ hasText: customer.name });
  await binRow.waitFor({ timeout: 30_000 });
  await screenshot(manager, 'recycle-bin');
  await binRow.getByRole('button', { name: /恢\s*复/ }).click();
  await binRow.waitFor({ state: 'detached', timeout: 15_000 });
  const { customer: back } = await gql(apiUrl, `query($id: ID!) { customer(id: $id) { id status } }`, { id: customer.id }, sales.token);
  assert.equal(back?.id, customer.id, 'restored: the salesperson sees it again');
  assert.equal(back.status, 'DEACTIVATED');

  // A customer with a contract cannot be deleted: the dialog says so and offers 停用.
  const other = await gql(
    apiUrl,
    CREATE,
    { i: { name: `苏州合同测试贸易有限公司${tag}`, contact: { name: '周芷若', mobile: mobile(2) } } },
    sales.token,
  );
  const withContract = other.createCustomer;
  await gql(
    apiUrl,
    `mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`,
    { i: { customerId: withContract.id, title: '年度服务合同', lines: [{ name: '技术支持', quantity: '1', unitPrice: '8000.00' }] } },
    sales.token,
  );
  await manager.goto(`${webUrl}/customers/${withContract.id}`);
  await manager.getByTestId('customer-name').filter({ hasText: withContract.name }).waitFor({ timeout: 30_000 });
  await manager.getByRole('button', { name: '删除', exact: true }).click();
  dialog = manager.getByRole('dialog').filter({ hasText: '删除客户' });
  await dialog.getByRole('button', { name: /删\s*除/ }).click();
  const refused = dialog.getByTestId('delete-refused');
  await refused.waitFor({ timeout: 15_000 });
  await screenshot(manager, 'delete-refused');
  await refused.getByRole('button', { name: '改为停用' }).click();
  await manager
    .getByRole('dialog')
    .getByRole('button', { name: /停\s*用/ })
    .click();
  await manager.getByRole('button', { name: '启用', exact: true }).waitFor({ timeout: 15_000 });
  const { customer: kept } = await gql(apiUrl, `query($id: ID!) { customer(id: $id) { status } }`, { id: withContract.id }, sales.token);
  assert.equal(kept.status, 'DEACTIVATED');
};
