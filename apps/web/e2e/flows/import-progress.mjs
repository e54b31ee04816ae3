// Upload a generated .xlsx on /customers/import as a salesperson, see the preview (one bad row), start the
// import, watch the progress bar reach 100 % and the summary, then find an imported customer through the API.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { apiLogin, gql, signInWithForm } from '../lib.mjs';

// exceljs is the API's dependency (hoisted to the repo's node_modules); the web app does not ship it.
const require = createRequire(new URL('../../../api/package.json', import.meta.url));
const ExcelJS = require('exceljs');

// 刘洋, whom no other flow uses: 400 more customers would put a salesperson over the pool's holding cap,
// and the pool flow's claims would then be refused.
const EMAIL = 'liu.yang@kehu.demo';
const ROWS = 400;

async function buildFile(stamp) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['客户名称*', '客户类型', '客户等级', '客户来源', '联系人姓名*', '手机']);
  for (let i = 0; i < ROWS; i++) {
    const mobile = `136${String((Number(stamp.slice(-4)) * 1000 + i) % 100_000_000).padStart(8, '0')}`;
    ws.addRow([`浏览器导入${stamp}第${i}号科技有限公司`, '意向', '普通', '展会', `联系人${i}`, mobile]);
  }
  ws.addRow(['浏览器导入缺联系人有限公司', '意向', null, null, null, null]); // invalid: no contact
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const { token, user } = await apiLogin(apiUrl, EMAIL);
  const stamp = String(Date.now()).slice(-7);
  const file = await buildFile(stamp);

  const page = await newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${webUrl}/customers/import`);
  await page.waitForURL((url) => url.pathname === '/login');
  await signInWithForm(page, EMAIL);
  // Signing in returns to the page asked for.
  await page.waitForURL((url) => url.pathname === '/customers/import', { timeout: 30_000 });
  await page.getByRole('heading', { name: '批量导入客户' }).waitFor({ timeout: 30_000 });

  await page.locator('input[type="file"]').setInputFiles({
    name: `客户导入-${stamp}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  const preview = page.getByTestId('import-preview');
  await preview.waitFor({ timeout: 60_000 });
  await preview.getByText(`预览：客户导入-${stamp}.xlsx`).waitFor();
  await preview.getByText('联系人姓名：联系人姓名不能为空').waitFor();
  assert.match(new URL(page.url()).search, /id=/, 'the import id is kept in the URL');
  await screenshot(page, 'preview');

  await preview.getByRole('button', { name: '开始导入' }).click();
  const bar = page.getByTestId('import-progress');
  await bar.waitFor({ timeout: 30_000 });
  const seen = new Set();
  const deadline = Date.now() + 90_000;
  for (;;) {
    const percent = Number(await bar.getAttribute('data-percent'));
    seen.add(percent);
    if (percent === 100) break;
    assert.ok(Date.now() < deadline, `progress stuck at ${percent} %`);
    await page.waitForTimeout(200);
  }
  const summary = page.getByTestId('import-summary');
  await summary.getByText(`新建 ${ROWS} 个客户，更新 0 个，跳过 0 行，失败 1 行。`).waitFor({ timeout: 30_000 });
  assert.equal(await bar.getAttribute('aria-valuenow'), '100');
  // Let the bar's width transition (a CSS animation) finish before the picture; nothing is asserted on time.
  await page.waitForTimeout(1000);
  await screenshot(page);

  // The imported customers exist for the API, owned by the importer.
  const name = `浏览器导入${stamp}第7号科技有限公司`;
  const data = await gql(
    apiUrl,
    `query($s: String) { customers(first: 5, filter: { search: $s }) { totalCount edges { node { name owner { id } primaryContact { name } } } } }`,
    { s: name },
    token,
  );
  assert.equal(data.customers.totalCount, 1, `found ${JSON.stringify(data.customers)}`);
  assert.deepEqual(data.customers.edges[0].node, { name, owner: { id: user.id }, primaryContact: { name: '联系人7' } });
  console.log(`    progress values seen: ${[...seen].sort((a, b) => a - b).join(', ')}`);
};
