import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, conflict, staleVersion, msg, P } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { diffFields, writeChangeLog } from '../audit/change-log.service';
import { emitEvent } from '../webhooks/webhook.emit';
import { text } from '../customers/customer.validation';
import { Contract } from '../contracts/contract.entity';
import { SIGNED_CONTRACT_STATUSES } from '../contracts/contract.enums';
import { getUnderCustomer, loadUnderCustomer, money, notAfterToday, today } from '../contracts/deal-common';
import { Invoice, PaymentPlan, Receipt } from './payment.entity';
import type { InvoiceInput, PaymentPlanInput, ReceiptInput, UpdatePaymentPlanInput } from './payment.inputs';
import { planComputedSql, planReceivedJoin } from './payment.sql';

/**
 * Plans, receipts and invoices. Every write locks the customer and then the contract row (loadUnderCustomer),
 * so two concurrent writes on one contract run one after the other, and the limits are checked by the
 * writing statement itself in SQL: plans ≤ contract amount, receipts ≤ outstanding, invoices ≤ amount.
 */
const PLAN_FIELDS = ['dueDate', 'amount', 'remark'] as const;
const rec = (o: object) => o as Record<string, unknown>;

export const getPlan = (ctx: Context, id: string) =>
  getUnderCustomer(ctx, PaymentPlan, 'payment_plans', id, {
    select: (p) => planComputedSql(p.p(today(ctx)), 'x'),
    join: planReceivedJoin('x'),
  });

async function reloadPlan(ctx: Context, id: string): Promise<PaymentPlan> {
  return (await getPlan(ctx, id))!;
}

const OPEN_FOR_PLANS = ['DRAFT', 'PENDING', 'APPROVED', 'SIGNED'];

/** Loads the contract for a money write: visible and editable, locked; `statuses` it must be in. */
const WHAT = {
  addPlan: P.text('添加收款计划', 'adding a payment plan'),
  editPlan: P.text('修改收款计划', 'changing a payment plan'),
  receipt: P.text('登记回款，合同需已签署', 'recording a receipt needs a signed contract'),
  invoice: P.text('开票，合同需已签署', 'issuing an invoice needs a signed contract'),
};

async function contractForWrite(em: EntityManager, ctx: Context, contractId: string, statuses: readonly string[], what: keyof typeof WHAT) {
  const user = requireUser(ctx);
  const c = await loadUnderCustomer(em, user, Contract, 'contracts', '合同', contractId, 'edit');
  if (!statuses.includes(c.status))
    throw badInput(
      'contractId',
      msg('payments.notAllowedContract', { status: P.enumValue('ContractStatus', c.status), what: WHAT[what] }),
      { status: c.status },
    );
  return c;
}

export async function addPaymentPlan(ctx: Context, contractId: string, input: PaymentPlanInput): Promise<PaymentPlan> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  const amount = money('input.amount', input.amount, '计划金额', { required: true })!;
  const remark = text('input.remark', input.remark, { max: 500, label: '备注' }) ?? null;
  const now = ctx.clock.now();
  const id = await ctx.dataSource.transaction(async (em) => {
    const c = await contractForWrite(em, ctx, contractId, OPEN_FOR_PLANS, 'addPlan');
    const [row] = await em.query(
      `INSERT INTO payment_plans (customer_id, contract_id, due_date, amount, remark, created_at, updated_at)
       SELECT k.customer_id, k.id, $2, $3::numeric, $4, $5, $5 FROM contracts k
        WHERE k.id = $1 AND (SELECT COALESCE(sum(amount), 0) FROM payment_plans WHERE contract_id = k.id) + $3::numeric <= k.amount
       RETURNING id`,
      [contractId, input.dueDate, amount, remark, now],
    );
    if (!row) await refusePlan(em, contractId, amount, null);
    await writeChangeLog(em, {
      customerId: c.customerId,
      entityType: 'PaymentPlan',
      entityId: row.id,
      action: 'CREATE',
      actorId: user.id,
      at: now,
      changes: diffFields(null, { dueDate: input.dueDate, amount, remark }, PLAN_FIELDS, 'paymentPlan.'),
    });
    return row.id as string;
  });
  return reloadPlan(ctx, id);
}

/** Explains why a plan amount does not fit (the write already refused it). */
async function refusePlan(em: EntityManager, contractId: string, amount: string, exceptPlanId: string | null): Promise<never> {
  const [r] = await em.query(
    `SELECT k.amount, COALESCE((SELECT sum(amount) FROM payment_plans WHERE contract_id = k.id AND id IS DISTINCT FROM $2::uuid), 0)::numeric(14,2) AS planned,
            (k.amount - COALESCE((SELECT sum(amount) FROM payment_plans WHERE contract_id = k.id AND id IS DISTINCT FROM $2::uuid), 0))::numeric(14,2) AS room
       FROM contracts k WHERE k.id = $1`,
    [contractId, exceptPlanId],
  );
  throw badInput(
    'input.amount',
    msg('payments.plansWouldExceedContract', { amount: P.money(r.amount), planned: P.money(r.planned), room: P.money(r.room) }),
    {
      contractAmount: r.amount,
      planned: r.planned,
      available: r.room,
      requested: amount,
    },
  );
}

export async function updatePaymentPlan(ctx: Context, id: string, version: number, input: UpdatePaymentPlanInput): Promise<PaymentPlan> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  if (input.dueDate === null) throw badInput('input.dueDate', msg('payments.duedateRequired'));
  const amount = money('input.amount', input.amount, '计划金额', { required: input.amount !== undefined });
  const remark = text('input.remark', input.remark, { max: 500, label: '备注' });
  await ctx.dataSource.transaction(async (em) => {
    const before = await loadUnderCustomer(em, user, PaymentPlan, 'payment_plans', '收款计划', id, 'edit');
    await contractForWrite(em, ctx, before.contractId, OPEN_FOR_PLANS, 'editPlan');
    if (before.version !== version) throw staleVersion('收款计划', before.version);
    const next = {
      dueDate: input.dueDate ?? before.dueDate,
      amount: amount ?? before.amount,
      remark: remark === undefined ? before.remark : remark,
    };
    const [rows] = await em.query(
      `UPDATE payment_plans p SET due_date = $3, amount = $4::numeric, remark = $5, version = version + 1, updated_at = $6
        WHERE p.id = $1 AND p.version = $2
          AND (SELECT COALESCE(sum(amount), 0) FROM payment_plans o WHERE o.contract_id = p.contract_id AND o.id <> p.id) + $4::numeric
              <= (SELECT amount FROM contracts WHERE id = p.contract_id)
          AND $4::numeric >= (SELECT COALESCE(sum(amount), 0) FROM receipts WHERE plan_id = p.id)
       RETURNING p.id`,
      [id, version, next.dueDate, next.amount, next.remark, ctx.clock.now()],
    );
    if (!rows.length) {
      const [{ received }] = await em.query(`SELECT COALESCE(sum(amount), 0)::numeric(14,2) AS received FROM receipts WHERE plan_id = $1`, [
        id,
      ]);
      const [{ below }] = await em.query(`SELECT $1::numeric < $2::numeric AS below`, [next.amount, received]);
      if (below) throw badInput('input.amount', msg('payments.amountBelowWhatWas', { received: P.money(received) }));
      await refusePlan(em, before.contractId, next.amount, id);
    }
    const changes = diffFields(rec(before), next, PLAN_FIELDS, 'paymentPlan.');
    if (changes.length)
      await writeChangeLog(em, {
        customerId: before.customerId,
        entityType: 'PaymentPlan',
        entityId: id,
        action: 'UPDATE',
        actorId: user.id,
        at: ctx.clock.now(),
        changes,
      });
  });
  return reloadPlan(ctx, id);
}

export async function deletePaymentPlan(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  await ctx.dataSource.transaction(async (em) => {
    const before = await loadUnderCustomer(em, user, PaymentPlan, 'payment_plans', '收款计划', id, 'edit');
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM receipts WHERE plan_id = $1`, [id]);
    if (n) throw badInput('id', msg('payments.planHasReceipts'));
    await em.query(`DELETE FROM payment_plans WHERE id = $1`, [id]);
    await writeChangeLog(em, {
      customerId: before.customerId,
      entityType: 'PaymentPlan',
      entityId: id,
      action: 'DELETE',
      actorId: user.id,
      at: ctx.clock.now(),
      changes: diffFields(rec(before), null, PLAN_FIELDS, 'paymentPlan.'),
    });
  });
  return true;
}

export async function recordReceipt(ctx: Context, contractId: string, input: ReceiptInput): Promise<Receipt> {
  const user = requireUser(ctx);
  assertCan(user, 'payment.record');
  const amount = money('input.amount', input.amount, '回款金额', { required: true })!;
  notAfterToday(ctx, 'input.receivedDate', input.receivedDate, '回款日期');
  const remark = text('input.remark', input.remark, { max: 500, label: '备注' }) ?? null;
  if (input.planId && !isUuid(input.planId)) throw badInput('input.planId', msg('payments.planNotContract'));
  const now = ctx.clock.now();
  const id = await ctx.dataSource.transaction(async (em) => {
    const c = await contractForWrite(em, ctx, contractId, SIGNED_CONTRACT_STATUSES, 'receipt');
    if (
      input.planId &&
      !(await em.query(`SELECT 1 FROM payment_plans WHERE id = $1 AND contract_id = $2`, [input.planId, contractId])).length
    ) {
      throw badInput('input.planId', msg('payments.planNotContract'));
    }
    const [row] = await em.query(
      `INSERT INTO receipts (customer_id, contract_id, plan_id, amount, received_date, method, remark, recorded_by_id, created_at)
       SELECT k.customer_id, k.id, $2::uuid, $3::numeric, $4, $5, $6, $7, $8 FROM contracts k
        WHERE k.id = $1
          AND $3::numeric <= k.amount - (SELECT COALESCE(sum(amount), 0) FROM receipts WHERE contract_id = k.id)
          AND ($2::uuid IS NULL OR $3::numeric <= (SELECT p.amount - COALESCE((SELECT sum(amount) FROM receipts WHERE plan_id = p.id), 0) FROM payment_plans p WHERE p.id = $2::uuid))
       RETURNING id`,
      [contractId, input.planId ?? null, amount, input.receivedDate, input.method, remark, user.id, now],
    );
    if (!row) {
      const [r] = await em.query(
        `SELECT (k.amount - (SELECT COALESCE(sum(amount), 0) FROM receipts WHERE contract_id = k.id))::numeric(14,2) AS contract_left,
                (SELECT (p.amount - COALESCE((SELECT sum(amount) FROM receipts WHERE plan_id = p.id), 0))::numeric(14,2) FROM payment_plans p WHERE p.id = $2::uuid) AS plan_left,
                $3::numeric > k.amount - (SELECT COALESCE(sum(amount), 0) FROM receipts WHERE contract_id = k.id) AS over_contract
           FROM contracts k WHERE k.id = $1`,
        [contractId, input.planId ?? null, amount],
      );
      throw r.over_contract
        ? badInput('input.amount', msg('payments.amountExceedsOutstandingAmount', { outstanding: P.money(r.contract_left) }), {
            outstanding: r.contract_left,
          })
        : badInput('input.amount', msg('payments.amountExceedsPlanS', { outstanding: P.money(r.plan_left) }), { outstanding: r.plan_left });
    }
    await writeChangeLog(em, {
      customerId: c.customerId,
      entityType: 'Receipt',
      entityId: row.id,
      action: 'CREATE',
      actorId: user.id,
      at: now,
      changes: diffFields(
        null,
        { amount, receivedDate: input.receivedDate, method: input.method, planId: input.planId ?? null },
        ['amount', 'receivedDate', 'method', 'planId'],
        'receipt.',
      ),
      note: `合同 ${c.number}`,
    });
    await emitEvent(
      em,
      'receipt.recorded',
      {
        id: row.id,
        customerId: c.customerId,
        contractId,
        amount,
        receivedDate: input.receivedDate,
        method: input.method,
        planId: input.planId ?? null,
      },
      { at: now },
    );
    return row.id as string;
  });
  return ctx.dataSource.getRepository(Receipt).findOneByOrFail({ id });
}

/** Removes a receipt entered by mistake (it is kept in the change log). */
export async function deleteReceipt(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  assertCan(user, 'payment.record');
  await ctx.dataSource.transaction(async (em) => {
    const before = await loadUnderCustomer(em, user, Receipt, 'receipts', '回款', id, 'edit');
    await em.query(`DELETE FROM receipts WHERE id = $1`, [id]);
    await writeChangeLog(em, {
      customerId: before.customerId,
      entityType: 'Receipt',
      entityId: id,
      action: 'DELETE',
      actorId: user.id,
      at: ctx.clock.now(),
      changes: diffFields(rec(before), null, ['amount', 'receivedDate', 'method', 'planId'], 'receipt.'),
    });
  });
  return true;
}

export async function issueInvoice(ctx: Context, contractId: string, input: InvoiceInput): Promise<Invoice> {
  const user = requireUser(ctx);
  assertCan(user, 'payment.record');
  const number = text('input.number', input.number, { max: 40, label: '发票号码', required: true })!;
  const amount = money('input.amount', input.amount, '发票金额', { required: true })!;
  notAfterToday(ctx, 'input.issuedDate', input.issuedDate, '开票日期');
  const remark = text('input.remark', input.remark, { max: 500, label: '备注' }) ?? null;
  const now = ctx.clock.now();
  const id = await ctx.dataSource.transaction(async (em) => {
    const c = await contractForWrite(em, ctx, contractId, SIGNED_CONTRACT_STATUSES, 'invoice');
    if ((await em.query(`SELECT 1 FROM invoices WHERE number = $1 AND status <> 'VOIDED'`, [number])).length) {
      throw conflict(msg('payments.invoiceNumberAlreadyUsed', { number }), { field: 'input.number' });
    }
    const [row] = await em.query(
      `INSERT INTO invoices (customer_id, contract_id, number, type, amount, issued_date, status, remark, issued_by_id, created_at, updated_at)
       SELECT k.customer_id, k.id, $2, $3, $4::numeric, $5, 'ISSUED', $6, $7, $8, $8 FROM contracts k
        WHERE k.id = $1 AND (SELECT COALESCE(sum(amount), 0) FROM invoices WHERE contract_id = k.id AND status <> 'VOIDED') + $4::numeric <= k.amount
       RETURNING id`,
      [contractId, number, input.type, amount, input.issuedDate, remark, user.id, now],
    );
    if (!row) {
      const [r] = await em.query(
        `SELECT (k.amount - (SELECT COALESCE(sum(amount), 0) FROM invoices WHERE contract_id = k.id AND status <> 'VOIDED'))::numeric(14,2) AS room FROM contracts k WHERE k.id = $1`,
        [contractId],
      );
      throw badInput('input.amount', msg('payments.invoicesWouldExceedContract', { room: P.money(r.room) }), { available: r.room });
    }
    await writeChangeLog(em, {
      customerId: c.customerId,
      entityType: 'Invoice',
      entityId: row.id,
      action: 'CREATE',
      actorId: user.id,
      at: now,
      changes: diffFields(
        null,
        { number, type: input.type, amount, issuedDate: input.issuedDate },
        ['number', 'type', 'amount', 'issuedDate'],
        'invoice.',
      ),
    });
    await emitEvent(
      em,
      'invoice.issued',
      { id: row.id, customerId: c.customerId, contractId, number, type: input.type, amount, issuedDate: input.issuedDate },
      { at: now },
    );
    return row.id as string;
  });
  return ctx.dataSource.getRepository(Invoice).findOneByOrFail({ id });
}

export async function voidInvoice(ctx: Context, id: string, version: number, reason: string): Promise<Invoice> {
  const user = requireUser(ctx);
  assertCan(user, 'payment.record');
  const why = text('reason', reason, { max: 500, label: '作废原因', required: true })!;
  await ctx.dataSource.transaction(async (em) => {
    const before = await loadUnderCustomer(em, user, Invoice, 'invoices', '发票', id, 'edit');
    if (before.version !== version) throw staleVersion('发票', before.version);
    if (before.status === 'VOIDED') throw badInput('id', msg('payments.alreadyVoided'));
    await em.query(
      `UPDATE invoices SET status = 'VOIDED', remark = concat_ws(E'\\n', remark, $2::text), version = version + 1, updated_at = $3 WHERE id = $1`,
      [id, `作废: ${why}`, ctx.clock.now()],
    );
    await writeChangeLog(em, {
      customerId: before.customerId,
      entityType: 'Invoice',
      entityId: id,
      action: 'VOID',
      actorId: user.id,
      at: ctx.clock.now(),
      changes: [{ field: 'invoice.status', before: { value: 'ISSUED' }, after: { value: 'VOIDED' } }],
      note: why,
    });
  });
  return ctx.dataSource.getRepository(Invoice).findOneByOrFail({ id });
}
