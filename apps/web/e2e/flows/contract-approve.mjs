// A salesperson submits a draft contract; their manager finds it under 我的审批, approves it and sees
// the status 已批准 with the history entry.
import assert from 'node:assert/strict';
import { apiLogin, gql, signInWithForm } from '../lib.mjs';

const SALES = 'li.na@kehu.demo';
const MANAGER = 'wang.lei@kehu.demo'; // 李娜 reports to 王磊 (README)

async function signIn(newPage, webUrl, email) {
  const page = await newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, email);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  return page;
}

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  // Our own draft (the demo's DRAFT contracts may be used by other flows): one line, owned by the salesperson.
  const sales = await apiLogin(apiUrl, SALES);
  const manager = await apiLogin(apiUrl, MANAGER);
  const { customers } = await gql(
    apiUrl,
    `{ customers(filter: { ownership: MINE }, first: 1) { edges { node { id } } } }`,
    {},
    sales.token,
  );
  const { createContract } = await gql(
    apiUrl,
    `mutation($i: CreateContractInput!) { createContract(input: $i) { id number status amount } }`,
    {
      i: {
        customerId: customers.edges[0].node.id,
        title: `审批流程测试合同 ${Date.now().toString().slice(-6)}`,
        lines: [{ name: '实施服务', unit: '人天', quantity: '4', unitPrice: '1500.00', discountPercent: '10' }],
      },
    },
    sales.token,
  );
  assert.equal(createContract.status, 'DRAFT');
  assert.equal(createContract.amount, '5400.00');
  const { id, number } = createContract;

  // The salesperson submits it.
  const salesPage = await signIn(newPage, webUrl, SALES);
  await salesPage.goto(`${webUrl}/contracts/${id}`);
  await salesPage.getByTestId('contract-status').filter({ hasText: '草稿' }).waitFor({ timeout: 30_000 });
  await salesPage.getByTestId('contract-lines').getByText('实施服务').waitFor();
  await salesPage.getByRole('button', { name: '提交审批' }).click();
  const submitDialog = salesPage.getByRole('dialog');
  await submitDialog.getByLabel('意见（可选）').fill('请王经理审批');
  await submitDialog.getByRole('button', { name: '提交审批' }).click();
  await salesPage.getByTestId('contract-status').filter({ hasText: '待审批' }).waitFor({ timeout: 30_000 });
  // The salesperson cannot approve.
  assert.equal(await salesPage.getByRole('button', { name: '审批通过' }).count(), 0);
  await screenshot(salesPage, 'submitted');

  // The manager finds it under 我的审批.
  const page = await signIn(newPage, webUrl, MANAGER);
  await page.goto(`${webUrl}/contracts`);
  await page.getByRole('tab', { name: /我的审批/ }).click();
  await page.waitForURL((url) => url.searchParams.get('tab') === 'approvals');
  const row = page.getByTestId('contracts-table').getByRole('link', { name: number });
  await row.waitFor({ timeout: 30_000 });
  await screenshot(page, 'my-approvals');
  await row.click();
  await page.waitForURL((url) => url.pathname === `/contracts/${id}`);
  await page.getByTestId('contract-status').filter({ hasText: '待审批' }).waitFor({ timeout: 30_000 });

  await page.getByRole('button', { name: '审批通过' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('意见（可选）').fill('同意');
  await dialog.getByRole('button', { name: '审批通过' }).click();

  await page.getByTestId('contract-status').filter({ hasText: '已批准' }).waitFor({ timeout: 30_000 });
  const entry = page.getByTestId('approval-entry').filter({ hasText: `审批通过 · ${manager.user.name}` });
  await entry.waitFor();
  assert.match(await entry.innerText(), /待审批 → 已批准/);
  assert.match(await entry.innerText(), /同意/);
  await page
    .getByTestId('approval-entry')
    .filter({ hasText: `提交审批 · ${sales.user.name}` })
    .waitFor();
  await screenshot(page);

  const { contract } = await gql(apiUrl, `query($id: ID!) { contract(id: $id) { status approvals { action } } }`, { id }, manager.token);
  assert.equal(contract.status, 'APPROVED');
  assert.deepEqual(contract.approvals.map((a) => a.action).sort(), ['APPROVE', 'SUBMIT']);
};
