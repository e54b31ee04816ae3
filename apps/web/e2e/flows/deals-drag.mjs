// Drag an opportunity card from 初步接触 to 需求分析, enter the note, see it in the new column with the
// column totals moved, and find the note in its stage history.
import assert from 'node:assert/strict';
import { apiLogin, gql, signInWithForm } from '../lib.mjs';

const EMAIL = 'li.na@kehu.demo';

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const { token } = await apiLogin(apiUrl, EMAIL);
  const { customers } = await gql(apiUrl, `{ customers(filter: { ownership: MINE }, first: 1) { edges { node { id } } } }`, {}, token);
  const customerId = customers.edges[0].node.id;
  const name = `拖拽推进测试 ${Date.now().toString().slice(-6)}`;
  const { createOpportunity } = await gql(
    apiUrl,
    `mutation($c: ID!, $i: CreateOpportunityInput!) { createOpportunity(customerId: $c, input: $i) { id stage } }`,
    { c: customerId, i: { name, amount: '88000.00', stage: 'INITIAL' } },
    token,
  );
  assert.equal(createOpportunity.stage, 'INITIAL');
  const id = createOpportunity.id;

  const page = await newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, EMAIL);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.goto(`${webUrl}/deals?q=${encodeURIComponent(name)}`);

  const card = page.getByTestId(`deal-${id}`);
  await page.getByTestId('stage-INITIAL').getByTestId(`deal-${id}`).waitFor({ timeout: 30_000 });
  await page.getByTestId('stage-INITIAL-amount').filter({ hasText: '¥88,000.00' }).waitFor();
  await page.getByTestId('stage-INITIAL-weighted').filter({ hasText: '¥17,600.00' }).waitFor();

  await card.dragTo(page.getByTestId('stage-NEEDS'));
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`推进商机：${name}`).waitFor();
  // The note is required.
  await dialog.getByRole('button', { name: '确认推进' }).click();
  await dialog.getByText('请填写推进说明').waitFor();
  const note = '客户确认了需求清单，下周出方案';
  await dialog.getByLabel('推进说明').fill(note);
  await dialog.getByRole('button', { name: '确认推进' }).click();

  await page.getByText(`「${name}」已推进到「需求分析」`).waitFor({ timeout: 30_000 });
  await page.getByTestId('stage-NEEDS').getByTestId(`deal-${id}`).waitFor({ timeout: 30_000 });
  await page.getByTestId('stage-NEEDS-amount').filter({ hasText: '¥88,000.00' }).waitFor();
  await page.getByTestId('stage-NEEDS-weighted').filter({ hasText: '¥35,200.00' }).waitFor();
  await page.getByTestId('stage-INITIAL-count').filter({ hasText: '0 个' }).waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await screenshot(page, 'board');

  // Its stage history has the move with the note, by this user.
  await page.getByTestId(`deal-${id}`).getByRole('button', { name, exact: true }).click();
  const history = page.getByTestId('stage-history');
  const entry = history.getByTestId('stage-change').filter({ hasText: note });
  await entry.waitFor({ timeout: 30_000 });
  assert.match(await entry.innerText(), /初步接触 → 需求分析/);
  await screenshot(page);

  const { opportunity } = await gql(apiUrl, `query($id: ID!) { opportunity(id: $id) { stage winRate } }`, { id }, token);
  assert.deepEqual(opportunity, { stage: 'NEEDS', winRate: 40 });
};
