// An admin prepares a report export through the API, the browser downloads it through the web app's
// /files/exports route (UTF-8 file name, a real .xlsx), and the 导出记录 page lists it as downloaded.
// A salesperson without the export permission is told the log is for admins.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ADMIN_EMAIL, apiLogin, gql, signInWithForm } from '../lib.mjs';

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const { token } = await apiLogin(apiUrl, ADMIN_EMAIL);
  const { createExport: link } = await gql(
    apiUrl,
    `mutation { createExport(input: { kind: REPORT, report: MONEY, format: XLSX }) { id url fileName } }`,
    {},
    token,
  );
  assert.match(link.url, /^\/files\/exports\//);

  const page = await newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, ADMIN_EMAIL);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });

  // What ExportButton does after createExport: send the browser to the returned (relative) link.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.evaluate((url) => window.location.assign(url), link.url),
  ]);
  assert.equal(download.suggestedFilename(), link.fileName);
  assert.match(link.fileName, /^合同与回款-\d{4}-\d{2}-01至\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = await readFile(await download.path());
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK'); // an .xlsx is a zip

  await page.goto(`${webUrl}/exports`);
  await page.getByRole('heading', { name: '导出记录' }).waitFor({ timeout: 30_000 });
  const row = page.locator('tr', { hasText: '报表 · 合同与回款' }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.getByText('已下载').waitFor({ timeout: 30_000 });
  await screenshot(page, 'audit');

  const sales = await newPage({ viewport: { width: 390, height: 844 } });
  await sales.goto(`${webUrl}/login`);
  await signInWithForm(sales, 'li.na@kehu.demo');
  await sales.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await sales.goto(`${webUrl}/exports`);
  await sales.getByText('只有管理员可以查看导出记录。').waitFor({ timeout: 30_000 });
  await screenshot(sales, 'sales');
};
