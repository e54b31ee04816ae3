// A VIP customer nobody has contacted for 45 days is 沉睡 (a VIP sleeps after 30): the churn scan raises a
// 流失预警 that reaches, live, both its owner and the owner's manager as a toast, and the manager's home page
// lists it on the 流失风险 card with its cause.
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, apiLogin, expectPeopleText, gql, signInWithForm } from '../lib.mjs';

const OWNER = 'li.na@kehu.demo';
const MANAGER = 'wang.lei@kehu.demo';

async function liveHome(newPage, webUrl, email) {
  const page = await newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Shanghai' });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, email);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.locator('[data-testid="live-indicator"][data-state="live"]').waitFor({ timeout: 15_000 });
  return page;
}

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const owner = await apiLogin(apiUrl, OWNER);
  const admin = await apiLogin(apiUrl, ADMIN_EMAIL);
  const name = `沉睡预警${Date.now().toString(36)}精密机械有限公司`;
  const { createCustomer } = await gql(
    apiUrl,
    'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }',
    { i: { name, grade: 'VIP', contact: { name: '孙经理', mobile: `137${String(Date.now()).slice(-8)}` } } },
    owner.token,
  );
  // The last contact: a call 45 days ago.
  const at = new Date(Date.now() - 45 * 86_400_000).toISOString();
  await gql(
    apiUrl,
    'mutation($c: ID!, $i: FollowUpInput!) { createFollowUp(customerId: $c, input: $i) { id } }',
    { c: createCustomer.id, i: { method: 'PHONE', content: '电话回访，客户暂无采购计划', at } },
    owner.token,
  );
  const { customer } = await gql(apiUrl, 'query($id: ID!) { customer(id: $id) { activity } }', { id: createCustomer.id }, owner.token);
  assert.equal(customer.activity, 'DORMANT');

  const ownerPage = await liveHome(newPage, webUrl, OWNER);
  const managerPage = await liveHome(newPage, webUrl, MANAGER);
  const { runReminderScans } = await gql(apiUrl, 'mutation { runReminderScans(kinds: [CHURN_RISK]) { kind created } }', {}, admin.token);
  assert.ok(
    runReminderScans.some((r) => r.kind === 'CHURN_RISK' && r.created >= 2),
    'the churn scan warned the owner and the manager',
  );

  // Both are told live, without a reload.
  for (const [who, page] of [
    ['owner', ownerPage],
    ['manager', managerPage],
  ]) {
    const toast = page.getByTestId('notification-toast').filter({ hasText: name });
    await toast.waitFor({ timeout: 20_000 });
    await expectPeopleText(page, `${who} toast`);
    await screenshot(page, `${who}-toast`);
  }

  // The manager's home page lists it among the customers at risk, with its cause.
  await managerPage.reload();
  const card = managerPage.getByTestId('churn-risk-card');
  await card.getByText(name).first().waitFor({ timeout: 30_000 });
  await expectPeopleText(managerPage, 'manager home');
  await screenshot(managerPage, 'card');
};
