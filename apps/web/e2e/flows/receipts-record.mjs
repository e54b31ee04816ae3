// Record a receipt on a signed contract through the form (validation first), see it on the contract and
// in the 回款 list with the totals, and the overdue payment plans under 收款计划.
import assert from 'node:assert/strict';
import { apiLogin, gql, signInWithForm } from '../lib.mjs';

const EMAIL = 'li.na@kehu.demo';

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const { token, user } = await apiLogin(apiUrl, EMAIL);
  const { contracts } = await gql(
    apiUrl,
    `query($me: ID!) { contracts(filter: { statuses: [SIGNED], ownerIds: [$me] }, first: 50) { edges { node { id number receivable { outstanding } } } } }`,
    { me: user.id },
    token,
  );
  const target = contracts.edges.map((e) => e.node).find((c) => Number(c.receivable.outstanding) >= 100);
  assert.ok(target, 'the demo data has a signed contract of this salesperson with money outstanding');

  const page = await newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, EMAIL);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.goto(`${webUrl}/contracts/${target.id}`);
  await page.getByTestId('contract-status').filter({ hasText: '已签署' }).waitFor({ timeout: 30_000 });

  await page.getByRole('button', { name: '登记回款' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('金额').fill('12.345');
  await dialog.getByText('请输入大于 0 的金额，最多两位小数').waitFor();
  await dialog.getByLabel('金额').fill('100.01');
  await dialog.getByLabel('备注').fill('端到端测试回款');
  // Enter submits (keyboard-usable form; live reminder toasts may cover the buttons' corner).
  await dialog.getByLabel('金额').press('Enter');
  await page.getByText('登记回款: ¥100.01').waitFor({ timeout: 30_000 });
  await page.getByRole('cell', { name: '端到端测试回款' }).waitFor({ timeout: 30_000 });
  await screenshot(page, 'contract');

  await page.goto(`${webUrl}/receipts`);
  const table = page.getByTestId('receipts-table');
  await table.getByRole('cell', { name: '端到端测试回款' }).waitFor({ timeout: 30_000 });
  await page.getByTestId('receipts-page-sum').filter({ hasText: '本页合计 ¥' }).waitFor();
  await screenshot(page);

  await page.getByRole('tab', { name: '收款计划' }).click();
  await page.waitForURL((url) => url.searchParams.get('tab') === 'plans');
  await page.getByTestId('plans-table').locator('.ant-table-row').first().waitFor({ timeout: 30_000 });
  await screenshot(page, 'plans');
};
