// From a customer's 360 page a salesperson creates an opportunity, wins it, drafts the contract from it with
// two lines (one from the product catalogue) and submits it; the manager rejects it with a reason; the
// salesperson sees the reason, corrects the amount and resubmits; the manager approves. Laptop and phone.
import assert from 'node:assert/strict';
import { apiLogin, gql, signInWithForm } from '../lib.mjs';

const SALES = 'li.na@kehu.demo';
const MANAGER = 'wang.lei@kehu.demo'; // 李娜 reports to 王磊 (README)

async function signIn(newPage, webUrl, email, viewport = { width: 1280, height: 900 }, phone = false) {
  const page = await newPage(phone ? { viewport, isMobile: true, hasTouch: true } : { viewport });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, email);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  return page;
}

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const sales = await apiLogin(apiUrl, SALES);
  const { customers } = await gql(
    apiUrl,
    `{ customers(filter: { ownership: MINE, status: ACTIVE }, first: 1) { edges { node { id name } } } }`,
    {},
    sales.token,
  );
  const customer = customers.edges[0].node;
  const tag = Date.now().toString(36).slice(-5);
  const dealName = `浏览器测试商机 ${tag}`;

  // 新建商机 on the 商机 tab.
  const page = await signIn(newPage, webUrl, SALES);
  await page.goto(`${webUrl}/customers/${customer.id}?tab=opportunities`);
  await page.getByTestId('customer-name').filter({ hasText: customer.name }).waitFor({ timeout: 30_000 });
  await page
    .getByRole('button', { name: /新建商机/ })
    .first()
    .click();
  let dialog = page.getByRole('dialog').filter({ hasText: '商机名称' });
  await dialog.getByLabel('商机名称').fill(dealName);
  await dialog.getByLabel('金额（元）').fill('40000');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  const row = page.getByTestId('opportunity-table').getByRole('row').filter({ hasText: dealName });
  await row.waitFor({ timeout: 15_000 });
  assert.match(await row.innerText(), /¥40,000\.00/);
  assert.match(await row.innerText(), /初步接触/);

  // 推进 → 赢单.
  await row.getByRole('button', { name: /推进阶段/ }).click();
  await page.getByRole('menuitem', { name: '赢单' }).click();
  dialog = page.getByRole('dialog').filter({ hasText: '推进说明' });
  await dialog.getByLabel('推进说明').fill('客户确认采购，进入合同流程');
  await dialog.getByRole('button', { name: '确认推进' }).click();
  await row.getByText('赢单', { exact: true }).waitFor({ timeout: 15_000 });

  // 生成合同: prefilled from the won opportunity; one line from the catalogue, one typed.
  await row.getByRole('button', { name: '生成合同' }).click();
  dialog = page.getByRole('dialog').filter({ hasText: '合同明细' });
  await dialog.getByText(`由商机“${dealName}”生成`).waitFor();
  assert.equal(await dialog.getByLabel('合同名称').inputValue(), dealName);
  const lines = dialog.getByTestId('contract-form-line');
  await lines.nth(0).getByLabel('产品').click();
  const product = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  await product.waitFor({ timeout: 15_000 });
  await product.click();
  assert.notEqual(await lines.nth(0).getByLabel('名称').inputValue(), '', 'the product fills the line');
  await lines.nth(0).getByLabel('数量').fill('1');
  await lines.nth(0).getByLabel('单价').fill('20000');
  await dialog.getByRole('button', { name: /添加明细/ }).click();
  await lines.nth(1).getByLabel('名称').fill('实施服务');
  await lines.nth(1).getByLabel('单位').fill('人天');
  await lines.nth(1).getByLabel('数量').fill('10');
  await lines.nth(1).getByLabel('单价').fill('2500');
  await dialog.getByTestId('contract-form-total').filter({ hasText: '¥45,000.00' }).waitFor();
  await screenshot(page, 'contract-form');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });

  // Submit it from the 合同 tab.
  await page.getByRole('tab', { name: '合同', exact: true }).dispatchEvent('click');
  const contractRow = page.getByTestId('contract-table').getByRole('row').filter({ hasText: dealName });
  await contractRow.waitFor({ timeout: 15_000 });
  assert.match(await contractRow.innerText(), /¥45,000\.00/);
  await contractRow.getByRole('button', { name: '提交审批' }).click();
  dialog = page.getByRole('dialog').filter({ hasText: '意见（可选）' });
  await dialog.getByRole('button', { name: '提交审批' }).click();
  await contractRow.getByText('待审批').waitFor({ timeout: 15_000 });

  const { customer: withContracts } = await gql(
    apiUrl,
    `query($id: ID!) { customer(id: $id) { contracts(first: 50) { id title status opportunity { id } } } }`,
    { id: customer.id },
    sales.token,
  );
  const contract = withContracts.contracts.find((c) => c.title === dealName);
  assert.ok(contract?.opportunity, 'the contract is linked to the opportunity');

  // The manager rejects it with a reason.
  const manager = await signIn(newPage, webUrl, MANAGER);
  await manager.goto(`${webUrl}/contracts/${contract.id}`);
  await manager.getByTestId('contract-status').filter({ hasText: '待审批' }).waitFor({ timeout: 30_000 });
  await manager.getByRole('button', { name: /^驳\s*回$/ }).click();
  dialog = manager.getByRole('dialog').filter({ hasText: '驳回意见' });
  await dialog.getByLabel('驳回意见').fill('请重新核算：实施服务单价按 2000 元/人天');
  await dialog.getByRole('button', { name: /^驳\s*回$/ }).click();
  await manager.getByTestId('contract-status').filter({ hasText: '草稿' }).waitFor({ timeout: 15_000 });

  // The salesperson sees why, corrects the amount and submits again.
  await page.goto(`${webUrl}/customers/${customer.id}?tab=contracts`);
  const rejected = page.getByTestId('contract-table').getByRole('row').filter({ hasText: dealName });
  await rejected.getByTestId('contract-rejection').filter({ hasText: '请重新核算' }).waitFor({ timeout: 30_000 });
  await screenshot(page, 'rejected');
  await rejected.getByRole('button', { name: /^编\s*辑$/ }).click();
  dialog = page.getByRole('dialog').filter({ hasText: '合同明细' });
  await dialog.getByTestId('contract-form-line').nth(1).getByLabel('单价').fill('2000');
  await dialog.getByTestId('contract-form-total').filter({ hasText: '¥40,000.00' }).waitFor();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await rejected.getByText('¥40,000.00').waitFor({ timeout: 15_000 });
  await rejected.getByRole('button', { name: '提交审批' }).click();
  dialog = page.getByRole('dialog').filter({ hasText: '意见（可选）' });
  await dialog.getByLabel('意见（可选）').fill('已按 2000 元/人天调整');
  await dialog.getByRole('button', { name: '提交审批' }).click();
  await rejected.getByText('待审批').waitFor({ timeout: 15_000 });

  // The manager approves.
  await manager.reload();
  await manager.getByTestId('contract-status').filter({ hasText: '待审批' }).waitFor({ timeout: 30_000 });
  await manager.getByRole('button', { name: '审批通过' }).click();
  dialog = manager.getByRole('dialog').filter({ hasText: '意见（可选）' });
  await dialog.getByRole('button', { name: '审批通过' }).click();
  await manager.getByTestId('contract-status').filter({ hasText: '已批准' }).waitFor({ timeout: 15_000 });
  await screenshot(manager, 'approved');

  const { contract: done } = await gql(
    apiUrl,
    `query($id: ID!) { contract(id: $id) { status amount lines { name } approvals { action } } }`,
    { id: contract.id },
    sales.token,
  );
  assert.equal(done.status, 'APPROVED');
  assert.equal(done.amount, '40000.00');
  assert.equal(done.lines.length, 2);
  assert.deepEqual(done.approvals.map((a) => a.action).sort(), ['APPROVE', 'REJECT', 'SUBMIT', 'SUBMIT']);

  // The same page on a phone: compact header with its quick actions.
  const phone = await signIn(newPage, webUrl, SALES, { width: 390, height: 844 }, true);
  await phone.goto(`${webUrl}/customers/${customer.id}?tab=contracts`);
  await phone.getByTestId('customer-name').waitFor({ timeout: 30_000 });
  await phone
    .getByTestId('quick-actions')
    .getByRole('button', { name: /写跟进/ })
    .waitFor();
  await phone.getByTestId('contract-table').getByText(dealName).first().waitFor({ timeout: 15_000 });
  await screenshot(phone, 'phone');
};
