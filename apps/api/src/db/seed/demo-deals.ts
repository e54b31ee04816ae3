import type { EntityManager } from 'typeorm';
import { addDays, businessDate, STAGE_WIN_RATE, type ContractStatus, type OpportunityStage } from '@kehu/domain';
import { renderContractNumber } from '../../modules/contracts/contract-number';
import type { User } from '../../modules/users/user.entity';

/**
 * Demo deals: products, opportunities in every stage, contracts in every status (one supplementary) with
 * lines and their approval records, payment plans that are paid, partly paid, overdue and pending,
 * receipts and invoices. Customers with a signed contract become WON, as signing would make them.
 */
const PRODUCTS = [
  ['客户管理系统 标准版', 'CRM-STD', '套', '12800.00'],
  ['客户管理系统 企业版', 'CRM-ENT', '套', '36800.00'],
  ['实施服务', 'SVC-IMPL', '人天', '1500.00'],
  ['年度运维服务', 'SVC-MAINT', '年', '8000.00'],
  ['数据迁移服务', 'SVC-DATA', '项', '5000.00'],
] as const;

const OPP_STAGES: OpportunityStage[] = [
  'INITIAL',
  'NEEDS',
  'PROPOSAL',
  'NEGOTIATION',
  'WON',
  'LOST',
  'PROPOSAL',
  'NEGOTIATION',
  'WON',
  'NEEDS',
];
const CONTRACT_STATUSES: ContractStatus[] = [
  'DRAFT',
  'PENDING',
  'APPROVED',
  'SIGNED',
  'SIGNED',
  'SIGNED',
  'COMPLETED',
  'TERMINATED',
  'SIGNED',
];
const FLOW: Record<ContractStatus, [string, string, string][]> = {
  DRAFT: [],
  PENDING: [['SUBMIT', 'DRAFT', 'PENDING']],
  APPROVED: [
    ['SUBMIT', 'DRAFT', 'PENDING'],
    ['APPROVE', 'PENDING', 'APPROVED'],
  ],
  SIGNED: [
    ['SUBMIT', 'DRAFT', 'PENDING'],
    ['APPROVE', 'PENDING', 'APPROVED'],
    ['SIGN', 'APPROVED', 'SIGNED'],
  ],
  COMPLETED: [
    ['SUBMIT', 'DRAFT', 'PENDING'],
    ['APPROVE', 'PENDING', 'APPROVED'],
    ['SIGN', 'APPROVED', 'SIGNED'],
    ['COMPLETE', 'SIGNED', 'COMPLETED'],
  ],
  TERMINATED: [
    ['SUBMIT', 'DRAFT', 'PENDING'],
    ['APPROVE', 'PENDING', 'APPROVED'],
    ['SIGN', 'APPROVED', 'SIGNED'],
    ['TERMINATE', 'SIGNED', 'TERMINATED'],
  ],
};

export async function seedDemoDeals(em: EntityManager, users: Record<string, User>, now: Date): Promise<void> {
  const today = businessDate(now);
  const productIds: string[] = [];
  for (const [name, code, unit, price] of PRODUCTS) {
    const [p] = await em.query(`INSERT INTO products (name, code, unit, list_price) VALUES ($1, $2, $3, $4) RETURNING id`, [
      name,
      code,
      unit,
      price,
    ]);
    productIds.push(p.id);
  }
  const customers: { id: string; owner_id: string; name: string }[] = await em.query(
    `SELECT id, owner_id, name FROM customers WHERE owner_id IS NOT NULL AND deleted_at IS NULL AND status = 'ACTIVE' ORDER BY created_at, id LIMIT 20`,
  );
  if (customers.length < 10) return;
  const at = (days: number) => new Date(now.getTime() - days * 86400_000);

  // Opportunities in every stage, with their history.
  const opps: string[] = [];
  for (const [i, stage] of OPP_STAGES.entries()) {
    const c = customers[i];
    const amount = `${(i + 1) * 23000}.00`;
    const [o] = await em.query(
      `INSERT INTO opportunities (customer_id, owner_id, name, amount, stage, win_rate, expected_close_date, lost_reason, closed_at, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $2, $10, $10) RETURNING id`,
      [
        c.id,
        c.owner_id,
        `${c.name.slice(0, 6)} CRM 项目`,
        amount,
        stage,
        STAGE_WIN_RATE[stage],
        addDays(today, 20 + i * 7),
        stage === 'LOST' ? '预算削减，项目暂停' : null,
        stage === 'WON' || stage === 'LOST' ? at(5) : null,
        at(60 - i),
      ],
    );
    opps.push(o.id);
    const path: OpportunityStage[] = ['INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION'];
    const steps = stage === 'WON' || stage === 'LOST' ? [...path, stage] : path.slice(0, path.indexOf(stage) + 1);
    for (const [s, to] of steps.entries()) {
      await em.query(
        `INSERT INTO opportunity_stage_changes (customer_id, opportunity_id, from_stage, to_stage, note, actor_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [c.id, o.id, s ? steps[s - 1] : null, to, s ? '客户沟通后推进' : null, c.owner_id, at(60 - i - s * 5)],
      );
    }
  }

  // Contracts in every status.
  const numbering = renderContractNumber('HT-{YYYY}-{SEQ4}', today);
  let seq = 0;
  const signedIds: { id: string; customerId: string; amount: string; index: number }[] = [];
  for (const [i, status] of CONTRACT_STATUSES.entries()) {
    const c = customers[i];
    const signed = ['SIGNED', 'COMPLETED', 'TERMINATED'].includes(status);
    const signedAt = signed ? addDays(today, -(80 - i * 5)) : null;
    const [k] = await em.query(
      `INSERT INTO contracts (customer_id, opportunity_id, owner_id, number, title, kind, status, signed_at, start_date, end_date, termination_reason, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'STANDARD', $6, $7, $8, $9, $10, $3, $11, $11) RETURNING id`,
      [
        c.id,
        i < opps.length && OPP_STAGES[i] === 'WON' ? opps[i] : null,
        c.owner_id,
        numbering.format(++seq),
        `${c.name.slice(0, 6)} 软件采购合同`,
        status,
        signedAt,
        signedAt,
        signedAt ? addDays(signedAt, 365) : null,
        status === 'TERMINATED' ? '客户业务调整，双方协商终止' : null,
        at(90 - i),
      ],
    );
    await em.query(
      `INSERT INTO contract_lines (customer_id, contract_id, position, product_id, name, unit, quantity, unit_price, discount_percent) VALUES
       ($1, $2, 1, $3, $4, '套', $5, $6, $7), ($1, $2, 2, $8, '实施服务', '人天', $9, '1500.00', 0)`,
      [c.id, k.id, productIds[i % 2], PRODUCTS[i % 2][0], 1 + (i % 3), PRODUCTS[i % 2][3], i % 2 ? 5 : 0, productIds[2], 4 + i],
    );
    const [{ amount }] = (
      await em.query(
        `UPDATE contracts k SET amount = (SELECT sum(amount) FROM contract_lines WHERE contract_id = k.id) WHERE id = $1 RETURNING amount`,
        [k.id],
      )
    )[0];
    const reviewer = users.manager.id === c.owner_id ? users.director.id : users.manager.id;
    for (const [s, [action, from, to]] of FLOW[status].entries()) {
      await em.query(
        `INSERT INTO contract_approvals (customer_id, contract_id, action, from_status, to_status, actor_id, comment, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [c.id, k.id, action, from, to, action === 'APPROVE' ? reviewer : c.owner_id, action === 'APPROVE' ? '同意' : null, at(85 - i - s)],
      );
    }
    if (signed) {
      await em.query(`UPDATE customers SET type = 'WON' WHERE id = $1`, [c.id]);
      signedIds.push({ id: k.id, customerId: c.id, amount, index: i });
    }
  }
  // A supplementary contract amending the first signed one.
  const parent = signedIds[0];
  const [supp] = await em.query(
    `INSERT INTO contracts (customer_id, parent_id, owner_id, number, title, kind, status, created_by_id) SELECT customer_id, id, owner_id, $2, '补充协议：增加年度运维', 'SUPPLEMENTARY', 'DRAFT', owner_id FROM contracts WHERE id = $1 RETURNING id, customer_id`,
    [parent.id, numbering.format(++seq)],
  );
  await em.query(
    `INSERT INTO contract_lines (customer_id, contract_id, position, product_id, name, unit, quantity, unit_price) VALUES ($1, $2, 1, $3, '年度运维服务', '年', 1, '8000.00')`,
    [supp.customer_id, supp.id, productIds[3]],
  );
  await em.query(`UPDATE contracts SET amount = 8000 WHERE id = $1`, [supp.id]);
  await em.query(`INSERT INTO contract_number_counters (scope, last) VALUES ($1, $2)`, [numbering.scope, seq]);

  // Plans: half on signing, half later. Receipts make them paid, partly paid, overdue or leave them pending.
  for (const [n, k] of signedIds.entries()) {
    const first = n % 2 === 0 ? addDays(today, -40) : addDays(today, -10);
    const second = n % 3 === 0 ? addDays(today, -5) : addDays(today, 30);
    const [[p1], [p2]] = [
      await em.query(
        `INSERT INTO payment_plans (customer_id, contract_id, due_date, amount, remark) VALUES ($1, $2, $3, round($4::numeric / 2, 2), '首付款 50%') RETURNING id, amount`,
        [k.customerId, k.id, first, k.amount],
      ),
      await em.query(
        `INSERT INTO payment_plans (customer_id, contract_id, due_date, amount, remark) VALUES ($1, $2, $3, $4::numeric - round($4::numeric / 2, 2), '尾款 50%') RETURNING id, amount`,
        [k.customerId, k.id, second, k.amount],
      ),
    ];
    const receipt = (planId: string, amount: string, date: string) =>
      em.query(
        `INSERT INTO receipts (customer_id, contract_id, plan_id, amount, received_date, method, recorded_by_id) SELECT $1, $2, $3, $4, $5, 'BANK_TRANSFER', owner_id FROM contracts WHERE id = $2`,
        [k.customerId, k.id, planId, amount, date],
      );
    if (n % 4 !== 1) await receipt(p1.id, p1.amount, first); // paid (n % 4 === 1 leaves the first plan overdue)
    if (n % 4 === 2) await receipt(p2.id, '1000.00', addDays(today, -2)); // partly paid
    if (n % 4 !== 1) {
      await em.query(
        `INSERT INTO invoices (customer_id, contract_id, number, type, amount, issued_date, status, issued_by_id) SELECT $1, $2, $3, $4, $5, $6, 'ISSUED', owner_id FROM contracts WHERE id = $2`,
        [k.customerId, k.id, `0441${String(2600 + n).padStart(4, '0')}`, n % 2 ? 'VAT_NORMAL' : 'VAT_SPECIAL', p1.amount, first],
      );
    }
  }
}
