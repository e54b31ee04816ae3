import { startTestApp, type TestApp } from '../../test/test-app';
import { runImport } from '../imports/import.run';
import { upload } from '../imports/import.test-helpers';
import { reclaimDueCustomers } from '../pool/pool.service';
import { insertCustomer, randomMobile } from '../team/team-fixtures';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';
import { WebhookDispatcher } from './webhook.dispatcher';
import { TestReceiver } from './webhook.receiver.test-helpers';

/**
 * The customers table has one owner: every feature that changes a customer (the pool, reassignment, imports and
 * their revert, deleting a custom field, merging) goes through the customers module, so each change leaves its
 * change-log row and a `customer.updated` that reaches a subscribed receiver — a real HTTP peer on 127.0.0.1.
 */
let app: TestApp;
let team: Team;
let receiver: TestReceiver;
let dispatcher: WebhookDispatcher;
const DAY = 86400_000;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
  receiver = await new TestReceiver().start();
  await app.ok(
    `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
    { input: { url: `${receiver.url}/hooks/customers`, events: ['CUSTOMER_UPDATED'], description: '客户变更' } },
    team.token.admin,
  );
  dispatcher = new WebhookDispatcher(app.services, { timeoutMs: 5000 });
});
afterAll(async () => {
  await receiver.close();
  await app.close();
});

/** Delivers the outbox; returns the `customer.updated` payloads the receiver got for `id` since the last call. */
async function updatesOf(id: string) {
  const from = receiver.received.length;
  while ((await dispatcher.runOnce()) > 0);
  return receiver.received
    .slice(from)
    .map((r) => r.event)
    .filter((e) => e.type === 'customer.updated' && e.data.id === id)
    .map((e) => e.data);
}

/** The customer's change-log rows, newest last, excluding its creation. */
async function logOf(id: string) {
  return app.db.dataSource.query(
    `SELECT action, actor_id, changes, note FROM change_logs WHERE entity_type = 'Customer' AND entity_id = $1 AND action <> 'CREATE' ORDER BY at, id`,
    [id],
  );
}

const versionOf = async (id: string): Promise<number> =>
  (await app.db.dataSource.query(`SELECT version FROM customers WHERE id = $1`, [id]))[0].version;

async function flush() {
  while ((await dispatcher.runOnce()) > 0);
}

it('release to the pool (退回公海): RELEASE logged, customer.updated delivered', async () => {
  const { id } = await insertCustomer(app.db.dataSource, { ownerId: team.sales.id }); // 分配 (ASSIGNED)
  await app.ok(`mutation($id: ID!) { releaseCustomer(id: $id, reason: "客户暂无需求") { id } }`, { id }, team.token.sales);

  expect((await logOf(id)).at(-1)).toEqual({
    action: 'RELEASE',
    actor_id: team.sales.id,
    changes: [
      { field: 'ownerId', before: { value: team.sales.id }, after: { value: null } },
      { field: 'type', before: { value: 'ASSIGNED' }, after: { value: 'PROSPECT' } },
    ],
    note: '客户暂无需求',
  });
  expect(await updatesOf(id)).toEqual([
    { id, version: await versionOf(id), changedFields: ['ownerId', 'type'], updatedById: team.sales.id },
  ]);
});

it('claim from the pool (领取): CLAIM logged, customer.updated delivered', async () => {
  const { id } = await insertCustomer(app.db.dataSource, { ownerId: null });
  await app.ok(`mutation($id: ID!) { claimCustomer(id: $id) { id } }`, { id }, team.token.outsider);

  expect(await logOf(id)).toEqual([
    {
      action: 'CLAIM',
      actor_id: team.outsider.id,
      changes: [
        { field: 'ownerId', before: { value: null }, after: { value: team.outsider.id } },
        { field: 'type', before: { value: 'PROSPECT' }, after: { value: 'ASSIGNED' } },
      ],
      note: '从公海领取 (claimed from the pool)',
    },
  ]);
  expect(await updatesOf(id)).toEqual([
    { id, version: await versionOf(id), changedFields: ['ownerId', 'type'], updatedById: team.outsider.id },
  ]);
});

it('reclaim by the rules (收回): RECLAIM logged, customer.updated delivered (no person behind it)', async () => {
  const ago = (d: number) => new Date(app.clock.now().getTime() - d * DAY);
  const { id } = await insertCustomer(app.db.dataSource, {
    ownerId: team.sales.id,
    createdAt: ago(60),
    assignedAt: ago(45),
    lastFollowUpAt: ago(40),
  });
  // The scheduled job's way (no actor): what runPoolReclaim does for an admin, minus the admin.
  const reclaimed = await reclaimDueCustomers(app.services.dataSource, app.clock);
  expect(reclaimed.map((r) => r.customerId)).toContain(id);

  expect(await logOf(id)).toEqual([
    expect.objectContaining({
      action: 'RECLAIM',
      actor_id: null,
      changes: [
        { field: 'ownerId', before: { value: team.sales.id }, after: { value: null } },
        { field: 'type', before: { value: 'ASSIGNED' }, after: { value: 'PROSPECT' } },
      ],
      note: expect.stringContaining('天未跟进'),
    }),
  ]);
  expect(await updatesOf(id)).toEqual([{ id, version: await versionOf(id), changedFields: ['ownerId', 'type'], updatedById: null }]);
});

it('reassignment (转移): OWNER_CHANGE logged, customer.updated delivered', async () => {
  const id = await newCustomer(app, team.token.sales, '苏州归属转移测试有限公司');
  await flush();
  await app.ok(
    `mutation($f: ID!, $t: ID!, $ids: [ID!]) { reassignCustomers(fromUserId: $f, toUserId: $t, customerIds: $ids) { customerIds } }`,
    { f: team.sales.id, t: team.outsider.id, ids: [id] },
    team.token.admin,
  );

  expect(await logOf(id)).toEqual([
    expect.objectContaining({
      action: 'OWNER_CHANGE',
      actor_id: team.admin.id,
      changes: [{ field: 'ownerId', before: { value: team.sales.id }, after: { value: team.outsider.id } }],
      note: expect.stringContaining('changeLog.reassigned'),
    }),
  ]);
  expect(await updatesOf(id)).toEqual([{ id, version: await versionOf(id), changedFields: ['ownerId'], updatedById: team.admin.id }]);
});

it('import updating a customer, then its revert: each UPDATE logged, each customer.updated delivered', async () => {
  const id = await newCustomer(app, team.token.sales, '苏州归属导入测试有限公司');
  await flush();
  const csv = Buffer.from(['客户名称,联系人姓名,手机,客户来源', `苏州归属导入测试有限公司,周一,${randomMobile()},展会`].join('\r\n'));
  const up = await upload(app, team.token.sales, '更新.csv', csv);
  await app.ok(
    `mutation($id: ID!) { startImport(id: $id, choices: [{ rowNumber: 2, choice: UPDATE }]) { id } }`,
    { id: up.body.id },
    team.token.sales,
  );
  await runImport(app.services, up.body.id!);

  const [updated] = await logOf(id);
  expect(updated).toEqual({
    action: 'UPDATE',
    actor_id: team.sales.id,
    changes: [expect.objectContaining({ field: 'source', after: { value: '展会' } })],
    note: '导入「更新.csv」第 2 行',
  });
  const afterImport = await versionOf(id);
  expect(await updatesOf(id)).toEqual([
    { id, version: afterImport, changedFields: ['source'], updatedById: team.sales.id, importId: up.body.id },
  ]);

  await app.ok(`mutation($id: ID!) { revertImport(id: $id) { status } }`, { id: up.body.id }, team.token.sales);
  const [, restored] = await logOf(id);
  expect(restored).toEqual({
    action: 'UPDATE',
    actor_id: team.sales.id,
    changes: [{ field: 'source', before: { value: '展会' }, after: updated.changes[0].before }],
    note: '撤销导入「更新.csv」',
  });
  expect(await updatesOf(id)).toEqual([{ id, version: afterImport + 1, changedFields: ['source'], updatedById: team.sales.id }]);
});

it('deleting a custom field: its values leave every customer, each logged and announced', async () => {
  const field = (
    await app.ok(
      `mutation { createCustomField(input: { key: "purchase_cycle", label: "采购周期", kind: TEXT }) { id key } }`,
      {},
      team.token.admin,
    )
  ).createCustomField;
  const id = await newCustomer(app, team.token.sales, '苏州归属字段测试有限公司');
  await app.db.dataSource.query(`UPDATE customers SET custom_fields = jsonb_build_object($2::text, '季度') WHERE id = $1`, [id, field.key]);
  const before = await versionOf(id);
  await flush();
  await app.ok(`mutation($id: ID!) { deleteCustomField(id: $id) }`, { id: field.id }, team.token.admin);

  expect(await logOf(id)).toEqual([
    {
      action: 'UPDATE',
      actor_id: team.admin.id,
      changes: [{ field: 'customFields', before: { value: { [field.key]: '季度' } }, after: { value: {} } }],
      note: '自定义字段「采购周期」已删除 (custom field deleted)',
    },
  ]);
  expect(await updatesOf(id)).toEqual([{ id, version: before + 1, changedFields: ['customFields'], updatedById: team.admin.id }]);
});

it('merging duplicates: the master takes a duplicate value, MERGE logged, customer.updated delivered', async () => {
  const master = await newCustomer(app, team.token.sales, '苏州归属合并主客户有限公司');
  const dup = await newCustomer(app, team.token.sales, '苏州归属合并副本有限公司');
  await app.ok(
    `mutation($id: ID!, $v: Int!) { updateCustomer(id: $id, version: $v, input: { industry: "制造业" }) { id } }`,
    { id: dup, v: await versionOf(dup) },
    team.token.sales,
  );
  await flush();
  await app.ok(
    `mutation($m: ID!, $d: [ID!]!) { mergeCustomers(masterId: $m, duplicateIds: $d) { mergedCustomerIds } }`,
    { m: master, d: [dup] },
    team.token.admin,
  );

  const [merge] = await logOf(master);
  expect(merge).toMatchObject({ action: 'MERGE', actor_id: team.admin.id });
  expect(merge.changes).toContainEqual(expect.objectContaining({ field: 'industry', after: expect.objectContaining({ value: '制造业' }) }));
  expect(await updatesOf(master)).toEqual([
    { id: master, version: await versionOf(master), changedFields: ['industry'], updatedById: team.admin.id },
  ]);
});
