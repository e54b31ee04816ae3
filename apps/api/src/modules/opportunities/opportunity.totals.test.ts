import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';

/** stageTotals: the kanban column totals, over every opportunity the filter matches, not only the page shown. */
let app: TestApp;
const t: Record<string, string> = {};
let phone = 13700137000;

beforeAll(async () => {
  app = await startTestApp();
  const ds = app.db.dataSource;
  const manager = await createUser(ds, { role: 'MANAGER', name: '王经理' });
  const sales = await createUser(ds, { role: 'SALES', name: '李娜', managerId: manager.id });
  const other = await createUser(ds, { role: 'SALES', name: '张伟' });
  t.sales = await app.login(sales.email);
  t.other = await app.login(other.email);
});
afterAll(() => app.close());

async function deal(token: string, customer: string, name: string, amount: string, stage: string, winRate?: number) {
  await app.ok(
    `mutation($c: ID!, $i: CreateOpportunityInput!) { createOpportunity(customerId: $c, input: $i) { id } }`,
    { c: customer, i: { name, amount, stage, winRate } },
    token,
  );
}
async function customer(token: string, name: string): Promise<string> {
  const d = await app.ok(
    `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`,
    { i: { name, contact: { name: '联系人', mobile: String(phone++) } } },
    token,
  );
  return d.createCustomer.id;
}

const BOARD = `query($f: OpportunityFilter) {
  opportunities(filter: $f, first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } stageTotals { stage label count amount weightedAmount } }
}`;

it('sums every matching deal per stage, rounding the weighted sum once, within what the user may see', async () => {
  const a = await customer(t.sales, '看板合计甲公司');
  const b = await customer(t.sales, '看板合计乙公司');
  await deal(t.sales, a, '看板-1', '10000.10', 'INITIAL'); // × 20 %
  await deal(t.sales, b, '看板-2', '0.01', 'INITIAL', 50); // 0.005: rounded alone it would add a fen
  await deal(t.sales, b, '看板-3', '0.01', 'INITIAL', 50);
  await deal(t.sales, a, '看板-4', '23000.00', 'NEEDS');
  await deal(t.other, await customer(t.other, '别人的看板公司'), '看板-5', '99999.00', 'INITIAL'); // not theirs to see

  const { opportunities } = await app.ok(BOARD, { f: { search: '看板-' } }, t.sales);
  expect(opportunities.edges).toHaveLength(2);
  expect(opportunities.pageInfo.hasNextPage).toBe(true);
  const byStage = Object.fromEntries(opportunities.stageTotals.map((s: any) => [s.stage, s]));
  expect(opportunities.stageTotals.map((s: any) => s.stage)).toEqual(['INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST']);
  // 10000.10 × 0.2 = 2000.02; 0.005 + 0.005 = 0.01
  expect(byStage.INITIAL).toEqual({ stage: 'INITIAL', label: '初步接触', count: 3, amount: '10000.12', weightedAmount: '2000.03' });
  expect(byStage.NEEDS).toMatchObject({ count: 1, amount: '23000.00', weightedAmount: '9200.00' });
  expect(byStage.LOST).toMatchObject({ count: 0, amount: '0.00', weightedAmount: '0.00' });
  expect(opportunities.totalCount).toBe(4);
});

it('follows the filter', async () => {
  const { opportunities } = await app.ok(BOARD, { f: { search: '看板-', stages: ['NEEDS'] } }, t.sales);
  const needs = opportunities.stageTotals.find((s: any) => s.stage === 'NEEDS');
  expect(needs).toMatchObject({ count: 1, amount: '23000.00' });
  expect(opportunities.stageTotals.find((s: any) => s.stage === 'INITIAL')).toMatchObject({ count: 0, amount: '0.00' });
});
