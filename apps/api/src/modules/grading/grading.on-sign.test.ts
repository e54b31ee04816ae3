import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';

/**
 * 智能分级 from purchases (seed 000): signing a contract regrades its customer at once by the admin thresholds,
 * through the customers module's own write, so the change log and `customer.updated` say so. A grade pinned by
 * hand stays.
 */
let app: TestApp;
let team: Team;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
});
afterAll(() => app.close());

const FLOW = (op: string, extra = '') => `mutation($id: ID!, $v: Int!) { ${op}(id: $id, version: $v${extra}) { id version } }`;

async function signContract(customerId: string, amount: string) {
  let c = (
    await app.ok(
      `mutation($i: CreateContractInput!) { createContract(input: $i) { id version } }`,
      { i: { customerId, title: '年度采购合同', lines: [{ name: '工业传感器', quantity: '1', unitPrice: amount }] } },
      team.token.sales,
    )
  ).createContract;
  c = (await app.ok(FLOW('submitContract'), { id: c.id, v: c.version }, team.token.sales)).submitContract;
  c = (await app.ok(FLOW('approveContract'), { id: c.id, v: c.version }, team.token.manager)).approveContract;
  return (await app.ok(FLOW('signContract', ', signedAt: "2026-03-10"'), { id: c.id, v: c.version }, team.token.sales)).signContract;
}

const customer = (id: string) =>
  app.ok(`query($id: ID!) { customer(id: $id) { type grade gradePinned version } }`, { id }, team.token.sales).then((d) => d.customer);

async function customerLog(id: string) {
  return app.services.dataSource.query(
    `SELECT action, changes, note, actor_id FROM change_logs WHERE entity_type = 'Customer' AND entity_id = $1 AND action <> 'CREATE' ORDER BY at, id`,
    [id],
  );
}
async function customerEvents(id: string) {
  // The outbox rows the webhook dispatcher would send (one per subscribed endpoint; the test subscribes one).
  return app.services.dataSource.query(
    `SELECT payload FROM webhook_deliveries WHERE event_type = 'customer.updated' AND payload->>'id' = $1 ORDER BY (payload->>'version')::int`,
    [id],
  );
}

beforeAll(async () => {
  await app.ok(
    `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
    { input: { url: 'http://127.0.0.1:9/hooks', events: ['CUSTOMER_UPDATED'], description: '客户变更' } },
    team.token.admin,
  );
});

it('signing a ¥177,000.00 contract makes the customer 成交 and 重要 at once, logged and announced', async () => {
  const id = await newCustomer(app, team.token.sales, '苏州恒瑞精密机械有限公司');
  expect(await customer(id)).toMatchObject({ type: 'PROSPECT', grade: 'POTENTIAL' });
  await signContract(id, '177000');

  expect(await customer(id)).toMatchObject({ type: 'WON', grade: 'IMPORTANT', gradePinned: false });
  const log = await customerLog(id);
  expect(log).toEqual([
    expect.objectContaining({
      action: 'UPDATE',
      changes: [{ field: 'type', before: { value: 'PROSPECT' }, after: { value: 'WON' } }],
      actor_id: team.sales.id,
    }),
    expect.objectContaining({
      action: 'REGRADE',
      changes: [{ field: 'grade', before: { value: 'POTENTIAL' }, after: { value: 'IMPORTANT' } }],
      actor_id: team.sales.id,
    }),
  ]);
  expect(log[1].note).toContain('177000.00');
  const events = (await customerEvents(id)).map((r: { payload: Record<string, unknown> }) => r.payload);
  const { version } = await customer(id);
  expect(events).toEqual([
    { id, version: version - 1, changedFields: ['type'], updatedById: team.sales.id },
    { id, version, changedFields: ['grade'], updatedById: team.sales.id },
  ]);
});

it('a second contract for a won customer regrades it without touching its type', async () => {
  const id = await newCustomer(app, team.token.sales, '杭州云栖数据服务有限公司');
  await signContract(id, '50000');
  expect(await customer(id)).toMatchObject({ type: 'WON', grade: 'NORMAL' });
  await signContract(id, '460000.01');
  expect(await customer(id)).toMatchObject({ type: 'WON', grade: 'VIP' });
  const actions = (await customerLog(id)).map((r: { action: string }) => r.action);
  expect(actions).toEqual(['UPDATE', 'REGRADE', 'REGRADE']);
});

it('a grade pinned by hand stays when a contract is signed', async () => {
  const id = await newCustomer(app, team.token.sales, '无锡德尔福电子科技有限公司');
  await app.ok(
    `mutation($id: ID!) { updateCustomer(id: $id, version: 1, input: { grade: NORMAL }) { gradePinned } }`,
    { id },
    team.token.sales,
  );
  await signContract(id, '900000');
  expect(await customer(id)).toMatchObject({ type: 'WON', grade: 'NORMAL', gradePinned: true });
  expect((await customerLog(id)).map((r: { action: string }) => r.action)).toEqual(['UPDATE', 'UPDATE']);
});

it('recomputeGrades announces every grade it changes', async () => {
  const id = await newCustomer(app, team.token.sales, '宁波港联物流有限公司');
  await signContract(id, '20000');
  const settings = (await app.ok(`{ dealSettings { version } }`, {}, team.token.admin)).dealSettings;
  await app.ok(
    `mutation($v: Int!) { updateDealSettings(version: $v, input: { gradeVip: "15000", gradeImportant: "12000", gradeNormal: "1000" }) { version } }`,
    { v: settings.version },
    team.token.admin,
  );
  const before = (await customerEvents(id)).length;
  const changed = (await app.ok(`mutation { recomputeGrades }`, {}, team.token.admin)).recomputeGrades;
  expect(changed).toBeGreaterThanOrEqual(1);
  expect(await customer(id)).toMatchObject({ grade: 'VIP' });
  const after = (await customerEvents(id)).map((r: { payload: Record<string, unknown> }) => r.payload);
  expect(after.slice(before)).toEqual([
    { id, version: (await customer(id)).version, changedFields: ['grade'], updatedById: team.admin.id },
  ]);
});
