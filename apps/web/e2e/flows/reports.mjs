// As the demo sales director open 报表, see the funnel drawn and its table equal to what the API answers for
// the same query, click a funnel segment and land on the opportunity list of that stage; then click a slice of
// the customer-type pie and land on the customer list filtered by that type.
import assert from 'node:assert/strict';
import { apiLogin, gql, signInWithForm } from '../lib.mjs';

const EMAIL = 'zhou.jianguo@kehu.demo';

/** "¥120,000.50" -> "120000.50" (the table shows Money strings formatted; compare the digits). */
const plainMoney = (text) => text.replace(/[^\d.-]/g, '');

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const { token } = await apiLogin(apiUrl, EMAIL);
  // Same filter as the page with no filters in the URL: the API's default range (the current business month).
  const { opportunityReport } = await gql(
    apiUrl,
    `{ opportunityReport { funnel { stage label count amount weightedAmount } } }`,
    {},
    token,
  );
  assert.ok(
    opportunityReport.funnel.some((f) => f.count > 0),
    'the demo data has opportunities',
  );

  const page = await newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, EMAIL);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.goto(`${webUrl}/reports?tab=deals`);

  // The table beside the funnel has exactly the API's numbers, stage by stage.
  const card = page.getByTestId('report-funnel');
  const table = card.locator('table');
  await table.waitFor({ timeout: 30_000 });
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent.trim())));
  assert.equal(rows.length, opportunityReport.funnel.length);
  rows.forEach((cells, i) => {
    const f = opportunityReport.funnel[i];
    assert.equal(cells[0], f.label);
    assert.equal(Number(cells[1]), f.count, `${f.label} count`);
    assert.equal(plainMoney(cells[2]), f.amount, `${f.label} amount`);
    assert.equal(plainMoney(cells[3]), f.weightedAmount, `${f.label} weighted`);
  });

  // The funnel is drawn (recharts loads on demand): one trapezoid per non-empty stage except 输单.
  const drawn = opportunityReport.funnel.filter((f) => f.stage !== 'LOST' && f.count > 0);
  const trapezoids = card.locator('.recharts-funnel-trapezoid');
  await trapezoids.first().waitFor({ timeout: 30_000 });
  assert.equal(await trapezoids.count(), drawn.length);
  // The director may export this report (Excel or PDF).
  await page.getByTestId('export-button').first().waitFor({ timeout: 30_000 });
  await screenshot(page, 'funnel');

  // Drill down: the first drawn stage opens the opportunity list of that stage.
  await trapezoids.first().click();
  await page.waitForURL((url) => url.pathname === '/deals' && url.searchParams.get('stage') === drawn[0].stage, { timeout: 30_000 });

  // Customers by type: a pie slice opens the customer list filtered by that type.
  // The stack's own jobs (the pool reclaim) may move customers while the flow runs: compare the page with the
  // API asked right after the page rendered, and look again if a job ran in between.
  const typeCard = page.getByTestId('report-customers-type');
  let customerReport;
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${webUrl}/reports`);
    await typeCard.locator('table').waitFor({ timeout: 30_000 });
    const typeRows = await typeCard
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent.trim())));
    ({ customerReport } = await gql(apiUrl, `{ customerReport { byType { key label count } } }`, {}, token));
    const shown = typeRows.map((c) => [c[0], Number(c[1])]);
    const expected = customerReport.byType.map((b) => [b.label, b.count]);
    if (attempt < 3 && JSON.stringify(shown) !== JSON.stringify(expected)) continue;
    assert.deepEqual(shown, expected);
    break;
  }
  const slices = customerReport.byType.filter((b) => b.count > 0);
  const sectors = typeCard.locator('.recharts-pie-sector');
  await sectors.first().waitFor({ timeout: 30_000 });
  assert.equal(await sectors.count(), slices.length);
  await screenshot(page, 'customers');
  // Sent to the slice itself: a big slice's box centre can lie over a neighbouring slice, which would take a
  // pointer click there.
  await sectors.first().dispatchEvent('click');
  await page.waitForURL((url) => url.pathname === '/customers' && url.searchParams.get('type') === slices[0].key, { timeout: 30_000 });
  // The customer list applies the filter: as many customers of that type as the report counted.
  await page
    .getByTestId('customer-total')
    .filter({ hasText: `共 ${slices[0].count} 个客户` })
    .waitFor({ timeout: 30_000 });
  await screenshot(page);
};
