import { createHash, randomBytes } from 'node:crypto';
import { businessDate } from '@kehu/domain';
import type { TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { createTeam, insertCustomer, randomMobile } from '../team/team-fixtures';
import type { Fixture } from './expectations/common';

type Team = Awaited<ReturnType<typeof createTeam>>;

/**
 * The records authorization.test.ts calls every operation against, written straight to the database, fresh per
 * (operation, role). The owner is a new salesperson each time, beside `sales` under `manager` (two levels below
 * `director`), so a report filtered by the owner shows exactly this fixture's data; every text carries `secret`.
 */
export async function createFixture(app: TestApp, team: Team): Promise<Fixture> {
  const ds = app.db.dataSource;
  const hex = () => randomBytes(4).toString('hex');
  const secret = `机密${hex()}`;
  const now = app.clock.now();
  const today = businessDate(now, app.services.config.businessTimeZone);
  const tomorrow = new Date(now.getTime() + 86400_000);
  const owner = await createUser(ds, { role: 'SALES', name: `销售${secret}`, managerId: team.manager.id });
  const one = async (sql: string, params: unknown[]): Promise<string> => (await ds.query(sql, params))[0].id;

  const target = await insertCustomer(ds, { ownerId: owner.id, secret });
  // A free-text field that the customer report groups by: it shows whether the customer was counted.
  await ds.query(`UPDATE customers SET industry = $2 WHERE id = $1`, [target.id, `行业${secret}`]);
  const deleted = await insertCustomer(ds, { ownerId: owner.id, secret: `${secret}删` });
  await ds.query(`UPDATE customers SET deleted_at = now(), deleted_by_id = $2 WHERE id = $1`, [deleted.id, owner.id]);
  const duplicate = await insertCustomer(ds, { ownerId: owner.id, secret: `${secret}重` });
  const contactId = await one(`INSERT INTO contacts (customer_id, name, mobile) VALUES ($1, $2, $3) RETURNING id`, [
    target.id,
    `第二联系人${secret}`,
    randomMobile(),
  ]);
  const pooled = await insertCustomer(ds, { ownerId: null });
  const customFieldId = await one(`INSERT INTO custom_fields (key, label, kind) VALUES ($1, '字段', 'TEXT') RETURNING id`, [`k_${hex()}`]);
  const spare = await createUser(ds, { role: 'SALES' });

  // Deals: an open and a lost opportunity, a contract in each state the flow acts on, money on the signed one.
  const opportunityId = await one(
    `INSERT INTO opportunities (customer_id, owner_id, name, amount, stage, win_rate, remark, created_by_id, created_at, updated_at)
     VALUES ($1, $2, $3, 50000, 'NEEDS', 40, $4, $2, $5, $5) RETURNING id`,
    [target.id, owner.id, `商机${secret}`, `备注${secret}`, now],
  );
  await ds.query(
    `INSERT INTO opportunities (customer_id, owner_id, name, amount, stage, win_rate, lost_reason, closed_at, created_by_id, created_at, updated_at)
     VALUES ($1, $2, '输单商机', 20000, 'LOST', 0, $3, $4, $2, $4, $4)`,
    [target.id, owner.id, `预算不足${secret}`, now],
  );
  const contract = async (status: string) => {
    const id = await one(
      `INSERT INTO contracts (customer_id, owner_id, number, title, status, amount, signed_at, remark, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 10000, $6, $7, $2, $8, $8) RETURNING id`,
      [
        target.id,
        owner.id,
        `HT-T-${hex()}`,
        `合同${status}${secret}`,
        status,
        ['SIGNED', 'COMPLETED', 'TERMINATED'].includes(status) ? today : null,
        `备注${secret}`,
        now,
      ],
    );
    await ds.query(
      `INSERT INTO contract_lines (customer_id, contract_id, position, name, quantity, unit_price) VALUES ($1, $2, 1, $3, 1, 10000)`,
      [target.id, id, `服务${secret}`],
    );
    return id;
  };
  const draftContractId = await contract('DRAFT');
  const pendingContractId = await contract('PENDING');
  const approvedContractId = await contract('APPROVED');
  const signedContractId = await contract('SIGNED');
  const paymentPlanId = await one(
    `INSERT INTO payment_plans (customer_id, contract_id, due_date, amount, remark) VALUES ($1, $2, $3::date + 30, 5000, $4) RETURNING id`,
    [target.id, signedContractId, today, `计划${secret}`],
  );
  const receiptId = await one(
    `INSERT INTO receipts (customer_id, contract_id, amount, received_date, method, remark, recorded_by_id) VALUES ($1, $2, 1000, $3, 'BANK_TRANSFER', $4, $5) RETURNING id`,
    [target.id, signedContractId, today, `回款${secret}`, owner.id],
  );
  const invoiceId = await one(
    `INSERT INTO invoices (customer_id, contract_id, number, type, amount, issued_date, remark, issued_by_id) VALUES ($1, $2, $3, 'VAT_NORMAL', 1000, $4, $5, $6) RETURNING id`,
    [target.id, signedContractId, `FP${hex()}`, today, `发票${secret}`, owner.id],
  );

  // Work: the owner's task about the customer; a return visit the owner planned for service staff to make (回访 is their job).
  const taskId = await one(
    `INSERT INTO tasks (customer_id, title, description, assignee_id, creator_id, due_at) VALUES ($1, $2, $3, $4, $4, $5) RETURNING id`,
    [target.id, `任务${secret}`, `描述${secret}`, owner.id, tomorrow],
  );
  // A task the owner gave the colleague about the customer: `sales` sees the task, never the customer behind it.
  await ds.query(`INSERT INTO tasks (customer_id, title, assignee_id, creator_id, due_at) VALUES ($1, '请协助准备报价', $2, $3, $4)`, [
    target.id,
    team.sales1.id,
    owner.id,
    tomorrow,
  ]);
  const visitId = await one(
    `INSERT INTO visits (customer_id, type, planned_at, topic, owner_id, created_by_id) VALUES ($1, 'REGULAR', $2, $3, $4, $5) RETURNING id`,
    [target.id, tomorrow, `回访${secret}`, team.service.id, owner.id],
  );
  const notificationId = await one(
    `INSERT INTO notifications (recipient_id, kind, title, body, subject_type, subject_id, customer_id, due_at) VALUES ($1, 'TASK_DUE', $2, $3, 'TASK', $4, $5, $6) RETURNING id`,
    [owner.id, `任务到期${secret}`, `任务${secret}`, taskId, target.id, tomorrow],
  );
  const notificationDeliveryId = await one(
    `INSERT INTO notification_deliveries (notification_id, channel, status, attempts, last_error) VALUES ($1, 'EMAIL', 'FAILED', 3, 'connection refused') RETURNING id`,
    [notificationId],
  );

  // Settings and integrations.
  const productId = await one(`INSERT INTO products (name, code, list_price) VALUES ('测试商品', $1, 100) RETURNING id`, [`P-${hex()}`]);
  const [{ version: dealSettingsVersion }] = await ds.query(`SELECT version FROM deal_settings`);
  const apiKeyId = await one(
    `INSERT INTO api_keys (name, prefix, secret_hash, owner_id, scopes, created_by_id) VALUES ('测试密钥', 'kehu_test', $1, $2, '{customers:read}', $3) RETURNING id`,
    [createHash('sha256').update(randomBytes(32)).digest('hex'), owner.id, team.admin.id],
  );
  // Paused, so the events other calls emit do not queue deliveries to it.
  const webhookEndpointId = await one(
    `INSERT INTO webhook_endpoints (url, events, secret, active, created_by_id) VALUES ('http://127.0.0.1:9/hook', '{customer.created}', 'whsec_test', false, $1) RETURNING id`,
    [team.admin.id],
  );
  const webhookDeliveryId = await one(
    `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload, status) VALUES ($1, gen_random_uuid(), 'customer.created', $2::jsonb, 'FAILED') RETURNING id`,
    [webhookEndpointId, JSON.stringify({ id: target.id })],
  );

  return {
    customerId: target.id,
    contactId,
    followUpId: target.followUpId!,
    version: 1,
    secret,
    today,
    deletedCustomerId: deleted.id,
    otherCustomerId: duplicate.id,
    poolCustomerId: pooled.id,
    customFieldId,
    spareUserId: spare.id,
    spareUserVersion: spare.version,
    opportunityId,
    draftContractId,
    pendingContractId,
    approvedContractId,
    signedContractId,
    paymentPlanId,
    receiptId,
    invoiceId,
    taskId,
    visitId,
    notificationId,
    notificationDeliveryId,
    productId,
    dealSettingsVersion,
    apiKeyId,
    webhookEndpointId,
    webhookDeliveryId,
    users: {
      admin: team.admin.id,
      director: team.director.id,
      manager: team.manager.id,
      owner: owner.id,
      sales: team.sales1.id,
      service: team.service.id,
    },
  };
}
