// Two salespeople in two browser contexts click 领取 on the same pool customer at the same moment:
// exactly one gets it, the other is told who was faster, and the customer leaves both pool lists.
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, apiLogin, gql, signInWithForm, expectPeopleText } from '../lib.mjs';

const SALES = ['li.na@kehu.demo', 'zhang.wei@kehu.demo'];

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  // A fresh pool customer nobody has released before (no cool-down for either salesperson): the admin
  // creates it and releases it to the pool.
  const admin = await apiLogin(apiUrl, ADMIN_EMAIL);
  const stamp = Date.now().toString().slice(-8);
  const name = `公海抢单测试${stamp}有限公司`;
  const { createCustomer } = await gql(
    apiUrl,
    `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`,
    { i: { name, contact: { name: '周经理', mobile: `139${stamp}` }, industry: '制造业', source: '展会' } },
    admin.token,
  );
  await gql(
    apiUrl,
    `mutation($id: ID!) { releaseCustomer(id: $id, reason: "端到端测试：放入公海") { id } }`,
    { id: createCustomer.id },
    admin.token,
  );
  const names = Object.fromEntries(await Promise.all(SALES.map(async (email) => [email, (await apiLogin(apiUrl, email)).user.name])));

  // Both salespeople open the pool, searched down to this customer.
  const pages = await Promise.all(
    SALES.map(async (email) => {
      const page = await newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${webUrl}/login`);
      await signInWithForm(page, email);
      await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
      await page.goto(`${webUrl}/pool?q=${encodeURIComponent(name)}`);
      await page.getByTestId(`claim-${createCustomer.id}`).waitFor({ timeout: 30_000 });
      return { email, page };
    }),
  );

  // At once.
  await Promise.all(pages.map(({ page }) => page.getByTestId(`claim-${createCustomer.id}`).click()));

  const outcomes = await Promise.all(
    pages.map(async ({ email, page }) => {
      const won = page.getByText(`已领取「${name}」，已转入您的客户`);
      const lost = page.locator('.ant-notification-notice').filter({ hasText: '抢先领取' });
      await won.or(lost).first().waitFor({ timeout: 30_000 });
      return { email, page, won: await won.isVisible() };
    }),
  );
  const winners = outcomes.filter((o) => o.won);
  assert.equal(winners.length, 1, `exactly one claim wins (got ${winners.length})`);
  const winner = winners[0];
  const loser = outcomes.find((o) => !o.won);

  // The loser is told who was faster, and the list refreshed without the customer.
  await loser.page
    .locator('.ant-notification-notice')
    .filter({ hasText: `已被 ${names[winner.email]} 抢先领取` })
    .waitFor();
  await loser.page.getByText('没有符合条件的公海客户').waitFor({ timeout: 30_000 });
  await screenshot(loser.page, 'loser');
  await expectPeopleText(loser.page, 'pool (lost claim)');

  // The API agrees: the winner owns it.
  const { customer } = await gql(
    apiUrl,
    `query($id: ID!) { customer(id: $id) { inPool owner { name } } }`,
    { id: createCustomer.id },
    admin.token,
  );
  assert.equal(customer.inPool, false);
  assert.equal(customer.owner.name, names[winner.email]);
  await winner.page.getByText('没有符合条件的公海客户').waitFor({ timeout: 30_000 });
  await screenshot(winner.page, 'winner');
};
