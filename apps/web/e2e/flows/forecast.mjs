// As the demo sales manager (王磊): the home card shows this month's team target; /forecast shows the same figures
// as the API for the same periods; a target set through the form reaches the API; clicking a salesperson's commit
// figure opens the deals list with exactly the deals the API counts for it.
import assert from 'node:assert/strict';
import { apiLogin, gql, signInWithForm } from '../lib.mjs';

const EMAIL = 'wang.lei@kehu.demo';

/** "120000.5" -> "¥120,000.50", as the page formats Money. */
const yuan = (v) => {
  const [int, frac = ''] = v.split('.');
  return `¥${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${(frac + '00').slice(0, 2)}`;
};

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const { token } = await apiLogin(apiUrl, EMAIL);
  const { salesForecast } = await gql(
    apiUrl,
    `{ salesForecast(filter: { periods: 3 }) { periods { label start end
        total { won weighted commit bestCase target gap }
        people { userId name commit openCount } } } }`,
    {},
    token,
  );
  const [first] = salesForecast.periods;
  assert.equal(first.total.target, '300000.00', "the demo seed sets the team's monthly target");

  const page = await newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, EMAIL);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  const home = page.getByTestId('home-forecast');
  await home.getByText(`目标 ${yuan(first.total.target)}`).waitFor({ timeout: 30_000 });
  await home.getByText(`还差 ${yuan(first.total.gap)}`).waitFor({ timeout: 30_000 });

  await page.goto(`${webUrl}/forecast`);
  const card = page.getByTestId(`forecast-period-${first.label}`);
  await card.waitFor({ timeout: 30_000 });
  for (const v of [first.total.won, first.total.weighted, first.total.commit, first.total.bestCase]) {
    await card.getByText(yuan(v), { exact: true }).first().waitFor({ timeout: 30_000 });
  }
  for (const p of salesForecast.periods) await page.getByTestId(`forecast-period-${p.label}`).waitFor({ timeout: 30_000 });
  await screenshot(page, 'forecast');

  // 设定目标: 李娜, next month, ¥123,456.78.
  const liNa = first.people.find((p) => p.name === '李娜');
  assert.ok(liNa, '李娜 is in the team');
  const next = salesForecast.periods[1];
  await page.getByRole('button', { name: '设定目标' }).click();
  const dialog = page.getByRole('dialog');
  // Pick an option and see it chosen (a click while the previous drop-down is still closing can miss).
  const choose = async (label, option) => {
    const item = dialog.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
    for (let attempt = 0; ; attempt++) {
      await dialog.getByLabel(label, { exact: true }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText(option, { exact: true }).click();
      await page
        .locator('.ant-select-dropdown:visible')
        .waitFor({ state: 'hidden', timeout: 5_000 })
        .catch(() => {});
      if ((await item.innerText()).includes(option)) return;
      assert.ok(attempt < 3, `${label}: ${option} was not chosen`);
    }
  };
  await choose('销售 / 团队负责人', '李娜');
  await choose('期间', next.label);
  await dialog.getByLabel('目标金额（元）').fill('123456.78');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
  const { salesTargets } = await gql(apiUrl, `{ salesTargets(filter: { period: MONTH }) { userId periodStart amount } }`, {}, token);
  assert.ok(
    salesTargets.some((t) => t.userId === liNa.userId && t.periodStart === next.start && t.amount === '123456.78'),
    'the target reached the API',
  );
  await page.getByTestId(`forecast-period-${next.label}`).getByText(yuan('123456.78')).first().waitFor({ timeout: 30_000 });

  // Drill down: 李娜's commit figure opens her commit deals of the period.
  const { opportunities } = await gql(
    apiUrl,
    `query($f: OpportunityFilter) { opportunities(first: 100, filter: $f) { totalCount } }`,
    { f: { ownerIds: [liNa.userId], stages: ['PROPOSAL', 'NEGOTIATION'], expectedCloseFrom: first.start, expectedCloseTo: first.end } },
    token,
  );
  const row = card.locator('tr', { hasText: '李娜' });
  // Its amounts link in column order: won, weighted, commit, best case.
  const commitLink = row.getByRole('link').nth(2);
  assert.equal(await commitLink.textContent(), yuan(liNa.commit));
  await commitLink.click();
  await page.waitForURL(
    (url) =>
      url.pathname === '/deals' && url.searchParams.get('owner') === liNa.userId && url.searchParams.get('closeFrom') === first.start,
    { timeout: 30_000 },
  );
  const shown = opportunities.totalCount ? `共 ${opportunities.totalCount} 个商机` : '没有符合条件的商机，试试清除筛选';
  await page.getByText(shown).waitFor({ timeout: 30_000 });
  await screenshot(page, 'drill');
};
