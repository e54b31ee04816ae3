import type { EntityManager } from 'typeorm';
import { businessDate, contractTransition, type ContractAction, SIGNED_CONTRACT_STATUSES } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { badInput, forbidden, staleVersion, msg } from '../../graphql/errors';
import { requireUser } from '../access/current-user';
import { assertCan, type Permission } from '../access/permissions';
import { writeChangeLog } from '../audit/change-log.service';
import { emitEvent } from '../webhooks/webhook.emit';
import { text } from '../customers/customer.validation';
import { markCustomerWon } from '../customers/customer.system-writes';
import { regradeCustomers } from '../grading/grading.service';
import { recordStageChange } from '../opportunities/opportunity.service';
import type { User } from '../users/user.entity';
import { Contract } from './contract.entity';
import { reloadContract } from './contract.service';
import { assertChecklistComplete } from './contract.review';
import { loadUnderCustomer, notAfterToday } from './deal-common';

/**
 * The approval flow. Every step checks the transition (domain rule), the caller's permission and data scope,
 * the version, and records itself in `contract_approvals` (who, when, comment) and the change log, in one
 * transaction with its side effects (signing wins the customer and the opportunity).
 */
interface Step {
  permission: Permission;
  /** Approvers need only read the customer; the rest must be able to edit it. */
  access: 'read' | 'edit';
  check?: (em: EntityManager, user: User, c: Contract) => Promise<void>;
  apply?: (em: EntityManager, user: User, c: Contract, now: Date) => Promise<void>;
  set?: Record<string, unknown>;
}

/** A reviewer is a manager above the owner (any depth) or an admin, and never the owner or author. */
async function assertReviewer(em: EntityManager, user: User, c: Contract) {
  if (c.ownerId === user.id || c.createdById === user.id) throw forbidden(msg('contracts.youCannotApproveYour'));
  if (user.role === 'ADMIN') return;
  const rows = await em.query(
    `WITH RECURSIVE chain(id) AS (
       SELECT manager_id FROM users WHERE id = $1
       UNION SELECT u.manager_id FROM users u JOIN chain ON u.id = chain.id WHERE u.manager_id IS NOT NULL)
     SELECT 1 FROM chain WHERE id = $2`,
    [c.ownerId, user.id],
  );
  if (!rows.length) throw forbidden(msg('contracts.onlyManagerAboveOwner'));
}

async function transition(
  ctx: Context,
  id: string,
  version: number,
  action: ContractAction,
  comment: string | null,
  step: Step,
): Promise<Contract> {
  const user = requireUser(ctx);
  assertCan(user, step.permission);
  await ctx.dataSource.transaction(async (em) => {
    const c = await loadUnderCustomer(em, user, Contract, 'contracts', '合同', id, step.access, true);
    if (c.version !== version) throw staleVersion('合同', c.version);
    const t = contractTransition(c.status, action);
    if ('problem' in t) throw badInput('id', t.problem, { status: c.status });
    await step.check?.(em, user, c);
    const now = ctx.clock.now();
    const set = Object.entries(step.set ?? {});
    await em.query(
      `UPDATE contracts SET status = $2, version = version + 1, updated_at = $3${set.map(([k], i) => `, ${k} = $${i + 4}`).join('')} WHERE id = $1`,
      [id, t.to, now, ...set.map(([, v]) => v)],
    );
    await em.query(
      `INSERT INTO contract_approvals (customer_id, contract_id, action, from_status, to_status, actor_id, comment, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [c.customerId, id, action, c.status, t.to, user.id, comment, now],
    );
    await step.apply?.(em, user, c, now);
    await writeChangeLog(em, {
      customerId: c.customerId,
      entityType: 'Contract',
      entityId: id,
      action,
      actorId: user.id,
      at: now,
      changes: [{ field: 'contract.status', before: { value: c.status }, after: { value: t.to } }],
      note: comment,
    });
  });
  return reloadContract(ctx, id);
}

const comment = (value: string | null | undefined, field = 'comment', required = false) =>
  text(field, value, { max: 2000, label: required ? '意见' : '备注', required }) ?? null;

export function submitContract(ctx: Context, id: string, version: number, note?: string | null) {
  return transition(ctx, id, version, 'SUBMIT', comment(note), {
    permission: 'deal.edit',
    access: 'edit',
    async check(em, _user, c) {
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM contract_lines WHERE contract_id = $1`, [c.id]);
      if (!n) throw badInput('lines', msg('contracts.contractNeedsLeastOne'));
      assertChecklistComplete(c);
    },
  });
}

export function approveContract(ctx: Context, id: string, version: number, note?: string | null) {
  return transition(ctx, id, version, 'APPROVE', comment(note), {
    permission: 'contract.approve',
    access: 'read',
    check: assertReviewer,
    async apply(em, user, c, now) {
      await emitEvent(
        em,
        'contract.approved',
        { id: c.id, customerId: c.customerId, number: c.number, amount: c.amount, ownerId: c.ownerId, approvedById: user.id },
        { at: now },
      );
    },
  });
}

export function rejectContract(ctx: Context, id: string, version: number, reason: string) {
  return transition(ctx, id, version, 'REJECT', comment(reason, 'comment', true), {
    permission: 'contract.approve',
    access: 'read',
    check: assertReviewer,
  });
}

/**
 * Signing makes the contract binding and, in the same transaction, turns the customer into WON (the only
 * place WON is ever set) and wins the opportunity it came from.
 */
export function signContract(ctx: Context, id: string, version: number, signedAt: string, note?: string | null) {
  notAfterToday(ctx, 'signedAt', signedAt, '签订日期');
  return transition(ctx, id, version, 'SIGN', comment(note), {
    permission: 'deal.edit',
    access: 'edit',
    set: { signed_at: signedAt },
    async check(em, _user, c) {
      if (!c.parentId) return;
      const [parent] = await em.query(`SELECT status, number FROM contracts WHERE id = $1`, [c.parentId]);
      if (!SIGNED_CONTRACT_STATUSES.includes(parent.status))
        throw badInput('id', msg('contracts.signParentContractFirst', { number: parent.number }));
    },
    async apply(em, user, c, now) {
      await emitEvent(
        em,
        'contract.signed',
        { id: c.id, customerId: c.customerId, number: c.number, amount: c.amount, signedAt, ownerId: c.ownerId },
        { at: now },
      );
      const by = { actorId: user.id, at: now };
      await markCustomerWon(em, c.customerId, `签订合同 ${c.number}`, by);
      await regradeCustomers(em, { ...by, today: businessDate(now, ctx.config.businessTimeZone), customerIds: [c.customerId] });
      if (c.opportunityId) {
        const [opp] = await em.query(`SELECT id, stage FROM opportunities WHERE id = $1 FOR UPDATE`, [c.opportunityId]);
        if (opp && opp.stage !== 'WON') {
          await em.query(
            `UPDATE opportunities SET stage = 'WON', win_rate = 100, lost_reason = NULL, closed_at = $2, version = version + 1, updated_at = $2 WHERE id = $1`,
            [opp.id, now],
          );
          await recordStageChange(em, { id: opp.id, customerId: c.customerId }, opp.stage, 'WON', `签订合同 ${c.number}`, user.id, now);
          await emitEvent(
            em,
            'opportunity.stage_changed',
            { id: opp.id, customerId: c.customerId, from: opp.stage, to: 'WON', contractId: c.id },
            { at: now },
          );
        }
      }
    },
  });
}

export function completeContract(ctx: Context, id: string, version: number, note?: string | null) {
  return transition(ctx, id, version, 'COMPLETE', comment(note), { permission: 'deal.edit', access: 'edit' });
}

export function terminateContract(ctx: Context, id: string, version: number, reason: string) {
  const why = comment(reason, 'reason', true);
  return transition(ctx, id, version, 'TERMINATE', why, { permission: 'deal.edit', access: 'edit', set: { termination_reason: why } });
}
