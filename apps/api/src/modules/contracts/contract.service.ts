import type { EntityManager } from 'typeorm';
import { numberEditable } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { badInput, conflict, staleVersion, msg, P } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { loadCustomerFor } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import { diffFields, writeChangeLog } from '../audit/change-log.service';
import { registerDeleteGuard } from '../customers/customer.service';
import { text } from '../customers/customer.validation';
import { assertOpportunityOf } from '../opportunities/opportunity.service';
import { renderContractNumber } from './contract-number';
import { Contract } from './contract.entity';
import { opportunityLinesForContract } from '../opportunities/opportunity.lines';
import type { ContractFieldsInput, ContractLineInput, CreateContractInput, UpdateContractInput } from './contract.inputs';
import { loadUnderCustomer, money, resolveDealOwner, today } from './deal-common';

// A customer with contracts is kept (deactivated), never deleted: its money history must stay.
registerDeleteGuard(async (em, customerId) => {
  const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM contracts WHERE customer_id = $1`, [customerId]);
  return n > 0 ? P.text(`该客户已有 ${n} 份合同`, `The customer has ${n} contract${n === 1 ? '' : 's'}`) : null;
});

const FIELDS = ['number', 'title', 'startDate', 'endDate', 'remark', 'amount', 'ownerId', 'opportunityId', 'parentId', 'kind'] as const;
const rec = (o: object) => o as Record<string, unknown>;
const MAX_LINES = 200;

export const reloadContract = (ctx: Context, id: string) => ctx.dataSource.getRepository(Contract).findOneByOrFail({ id });

interface CleanLine {
  productId: string | null;
  name: string | null;
  unit: string | null;
  quantity: string;
  unitPrice: string | null;
  discountPercent: string;
}

function cleanLines(lines: ContractLineInput[] | null | undefined): CleanLine[] | undefined {
  if (lines === undefined) return undefined;
  if (lines === null) return [];
  if (lines.length > MAX_LINES) throw badInput('input.lines', msg('contracts.tooManyLines', { maxLines: MAX_LINES }));
  return lines.map((l, i) => {
    const f = `input.lines.${i}`;
    if (l.productId && !isUuid(l.productId)) throw badInput(`${f}.productId`, msg('contracts.unknownProduct'));
    if (!l.productId && !l.name?.trim()) throw badInput(`${f}.name`, msg('contracts.productNameRequired'));
    if (/^0+(\.0+)?$/.test(l.quantity)) throw badInput(`${f}.quantity`, msg('contracts.quantityGreaterThan'));
    const discount = l.discountPercent ?? '0';
    if (Number(discount) > 100) throw badInput(`${f}.discountPercent`, msg('contracts.discountpercent'));
    return {
      productId: l.productId ?? null,
      name: text(`${f}.name`, l.name, { max: 100, label: '名称' }) ?? null,
      unit: text(`${f}.unit`, l.unit, { max: 10, label: '单位' }) ?? null,
      quantity: l.quantity,
      unitPrice: money(`${f}.unitPrice`, l.unitPrice, '单价', { allowZero: true }) ?? null,
      discountPercent: discount,
    };
  });
}

function cleanFields(ctx: Context, input: ContractFieldsInput) {
  if (input.startDate && input.endDate && input.endDate < input.startDate)
    throw badInput('input.endDate', msg('contracts.enddateBeforeStartdate'));
  void ctx;
  return {
    number: text('input.number', input.number, { max: 40, label: '合同编号' }),
    title: text('input.title', input.title, { max: 100, label: '合同名称', required: input.title !== undefined }),
    startDate: input.startDate,
    endDate: input.endDate,
    remark: text('input.remark', input.remark, { max: 2000, label: '备注' }),
    lines: cleanLines(input.lines),
  };
}

/** The next number from the configured pattern; the counter row serialises concurrent drafts of the same scope. */
async function generateNumber(ctx: Context, em: EntityManager): Promise<string> {
  const [{ pattern }] = await em.query(`SELECT contract_number_pattern AS pattern FROM deal_settings`);
  const r = renderContractNumber(pattern, today(ctx));
  for (;;) {
    const [{ last }] = await em.query(
      `INSERT INTO contract_number_counters (scope, last) VALUES ($1, 1)
       ON CONFLICT (scope) DO UPDATE SET last = contract_number_counters.last + 1 RETURNING last`,
      [r.scope],
    );
    const number = r.format(last);
    // A number typed by hand may already hold this sequence: skip it.
    if (!(await em.query(`SELECT 1 FROM contracts WHERE number = $1`, [number])).length) return number;
  }
}

async function assertNumberFree(em: EntityManager, number: string, exceptId?: string) {
  const rows = await em.query(`SELECT 1 FROM contracts WHERE number = $1 AND id IS DISTINCT FROM $2::uuid`, [number, exceptId ?? null]);
  if (rows.length) throw conflict(msg('contracts.contractNumberAlreadyUsed', { number }), { field: 'input.number' });
}

/**
 * Replaces the lines of a contract and recomputes its amount in SQL; the payment plans already made must
 * still fit under the new amount.
 */
async function writeLines(em: EntityManager, contract: { id: string; customerId: string }, lines: CleanLine[]) {
  const productIds = [...new Set(lines.map((l) => l.productId).filter((x): x is string => !!x))];
  const products = new Map<string, { name: string; unit: string; list_price: string; active: boolean }>(
    productIds.length
      ? (await em.query(`SELECT id, name, unit, list_price, active FROM products WHERE id = ANY($1::uuid[])`, [productIds])).map(
          (p: { id: string }) => [p.id, p],
        )
      : [],
  );
  await em.query(`DELETE FROM contract_lines WHERE contract_id = $1`, [contract.id]);
  for (const [i, l] of lines.entries()) {
    const p = l.productId ? products.get(l.productId) : undefined;
    if (l.productId && !p) throw badInput(`input.lines.${i}.productId`, msg('contracts.unknownProduct'));
    if (p && !p.active) throw badInput(`input.lines.${i}.productId`, msg('contracts.productRetired', { name: p.name }));
    await em.query(
      `INSERT INTO contract_lines (customer_id, contract_id, position, product_id, name, unit, quantity, unit_price, discount_percent)
       VALUES ($1, $2, $3, $4, $5, $6, $7::numeric, $8::numeric, $9::numeric)`,
      [
        contract.customerId,
        contract.id,
        i + 1,
        l.productId,
        l.name ?? p!.name,
        l.unit ?? p?.unit ?? null,
        l.quantity,
        l.unitPrice ?? p!.list_price,
        l.discountPercent,
      ],
    );
  }
  const [rows] = await em.query(
    `UPDATE contracts k SET amount = (SELECT COALESCE(sum(amount), 0) FROM contract_lines WHERE contract_id = k.id) WHERE k.id = $1
     RETURNING k.amount, (SELECT COALESCE(sum(amount), 0) FROM payment_plans WHERE contract_id = k.id) AS planned`,
    [contract.id],
  );
  const [over] = await em.query(`SELECT $1::numeric < $2::numeric AS over`, [rows[0].amount, rows[0].planned]);
  if (over.over) {
    throw badInput(
      'input.lines',
      msg('contracts.amountWouldBelowPayment', { amount: P.money(rows[0].amount), planned: P.money(rows[0].planned) }),
    );
  }
}

export async function createContract(ctx: Context, input: CreateContractInput): Promise<Contract> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  const v = cleanFields(ctx, input);
  if (!v.title) throw badInput('input.title', msg('contracts.titleRequired'));
  const kind = input.kind ?? 'STANDARD';
  if (kind === 'SUPPLEMENTARY' && !input.parentId) throw badInput('input.parentId', msg('contracts.supplementaryContractNeedsParent'));
  if (kind === 'STANDARD' && input.parentId) throw badInput('input.parentId', msg('contracts.onlySupplementaryContractsHave'));
  const now = ctx.clock.now();
  const id = await ctx.dataSource
    .transaction(async (em) => {
      const customer = await loadCustomerFor(em, user, input.customerId, 'edit');
      const opp = await assertOpportunityOf(em, input.customerId, input.opportunityId);
      if (opp?.stage === 'LOST') throw badInput('input.opportunityId', msg('contracts.opportunityLost'));
      if (input.parentId) {
        const parent = isUuid(input.parentId)
          ? await em.query(`SELECT kind FROM contracts WHERE id = $1 AND customer_id = $2`, [input.parentId, input.customerId])
          : [];
        if (!parent.length || parent[0].kind !== 'STANDARD')
          throw badInput('input.parentId', msg('contracts.parentStandardContractCustomer'));
      }
      const ownerId = await resolveDealOwner(em, user, input.ownerId, customer);
      const number = v.number ?? (await generateNumber(ctx, em));
      await assertNumberFree(em, number);
      const [row] = await em.query(
        `INSERT INTO contracts (customer_id, opportunity_id, parent_id, owner_id, number, title, kind, status, start_date, end_date, remark, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'DRAFT', $8, $9, $10, $11, $12, $12) RETURNING id`,
        [
          input.customerId,
          opp?.id ?? null,
          input.parentId ?? null,
          ownerId,
          number,
          v.title,
          kind,
          v.startDate ?? null,
          v.endDate ?? null,
          v.remark ?? null,
          user.id,
          now,
        ],
      );
      // Drafted from an opportunity without lines of its own, the contract starts with the opportunity's products.
      const lines = v.lines ?? (opp ? await opportunityLinesForContract(em, opp.id) : []);
      await writeLines(em, { id: row.id, customerId: input.customerId }, lines);
      const created = await em.getRepository(Contract).findOneByOrFail({ id: row.id });
      await writeChangeLog(em, {
        customerId: input.customerId,
        entityType: 'Contract',
        entityId: row.id,
        action: 'CREATE',
        actorId: user.id,
        at: now,
        changes: diffFields(null, rec(created), FIELDS, 'contract.'),
      });
      return row.id as string;
    })
    .catch(rethrowNumber);
  return reloadContract(ctx, id);
}

function rethrowNumber(err: unknown): never {
  if ((err as { constraint?: string }).constraint === 'contracts_number_key')
    throw conflict(msg('contracts.contractNumberAlreadyUsed2'), { field: 'input.number' });
  throw err;
}

export async function updateContract(ctx: Context, id: string, version: number, input: UpdateContractInput): Promise<Contract> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  const v = cleanFields(ctx, input);
  if (input.number === null) throw badInput('input.number', msg('contracts.numberRequired'));
  await ctx.dataSource
    .transaction(async (em) => {
      const before = await loadUnderCustomer(em, user, Contract, 'contracts', '合同', id, 'edit');
      if (before.version !== version) throw staleVersion('合同', before.version);
      const { lines, number, ...fields } = v;
      const given = Object.entries(fields).filter(([, x]) => x !== undefined);
      if (before.status !== 'DRAFT' && (given.length || lines !== undefined)) {
        throw badInput(`input.${given[0]?.[0] ?? 'lines'}`, msg('contracts.onlyDraftContractCan'));
      }
      if (number !== undefined && !numberEditable(before.status)) throw badInput('input.number', msg('contracts.numberFixedOnceSigned'));
      const set: Record<string, unknown> = Object.fromEntries(given);
      if (number && number !== before.number) {
        await assertNumberFree(em, number, id);
        set.number = number;
      }
      const start = (fields.startDate === undefined ? before.startDate : fields.startDate) ?? null;
      const end = (fields.endDate === undefined ? before.endDate : fields.endDate) ?? null;
      if (start && end && end < start) throw badInput('input.endDate', msg('contracts.enddateBeforeStartdate'));
      if (lines !== undefined) await writeLines(em, before, lines);
      const res = await em
        .createQueryBuilder()
        .update(Contract)
        .set({ ...set, version: () => 'version + 1', updatedAt: ctx.clock.now() } as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!res.affected) throw staleVersion('合同');
      const after = await em.getRepository(Contract).findOneByOrFail({ id });
      const changes = diffFields(rec(before), rec(after), FIELDS, 'contract.');
      if (changes.length || lines !== undefined) {
        await writeChangeLog(em, {
          customerId: before.customerId,
          entityType: 'Contract',
          entityId: id,
          action: 'UPDATE',
          actorId: user.id,
          at: ctx.clock.now(),
          changes,
          note: lines !== undefined ? '合同明细已更新' : null,
        });
      }
    })
    .catch(rethrowNumber);
  return reloadContract(ctx, id);
}

/** Deletes a draft (nothing binding happened to it yet). */
export async function deleteContract(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  await ctx.dataSource.transaction(async (em) => {
    const before = await loadUnderCustomer(em, user, Contract, 'contracts', '合同', id, 'edit');
    if (before.status !== 'DRAFT') throw badInput('id', msg('contracts.onlyDraftContractsCan'));
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM contracts WHERE parent_id = $1`, [id]);
    if (n) throw badInput('id', msg('contracts.contractHasSupplementaryContracts'));
    await em.query(`DELETE FROM contracts WHERE id = $1`, [id]);
    await writeChangeLog(em, {
      customerId: before.customerId,
      entityType: 'Contract',
      entityId: id,
      action: 'DELETE',
      actorId: user.id,
      at: ctx.clock.now(),
      note: `${before.number} ${before.title}`,
    });
  });
  return true;
}
