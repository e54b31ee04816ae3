import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, forbidden, notFound, staleVersion, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { loadCustomerFor } from '../access/customer-scope';
import { assertOpportunityOf } from '../opportunities/opportunity.service';
import { assertCan } from '../access/permissions';
import { diffFields, writeChangeLog } from '../audit/change-log.service';
import { refreshCustomerFollowUpTimes } from '../customers/customer.system-writes';
import { text } from '../customers/customer.validation';
import { emitEvent } from '../webhooks/webhook.emit';
import { FollowUp } from './follow-up.entity';
import type { FollowUpInput, UpdateFollowUpInput } from './follow-up.inputs';

const FIELDS = ['at', 'method', 'subject', 'content', 'feedback', 'nextAt', 'nextPlan', 'remind', 'contactId', 'opportunityId'] as const;
/** A record may be dated a few minutes ahead (clock skew between devices), not more. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Keeps the customer's last and next follow-up times in step with its records (the customers module writes them). */
export async function refreshFollowUpTimes(em: EntityManager, customerId: string) {
  await refreshCustomerFollowUpTimes(em, [customerId]);
}

function clean(ctx: Context, input: Partial<FollowUpInput> | UpdateFollowUpInput, partial: boolean) {
  const now = ctx.clock.now();
  if (input.at && input.at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw badInput('input.at', msg('followUps.future'));
  // To the minute: seconds carry no meaning for a conversation.
  const at = input.at === undefined || input.at === null ? (partial ? undefined : now) : input.at;
  const minute = (d: Date | null | undefined) => (d ? new Date(Math.floor(d.getTime() / 60_000) * 60_000) : d);
  if (!partial && !input.method) throw badInput('input.method', msg('followUps.methodRequired'));
  if (partial && input.method === null) throw badInput('input.method', msg('followUps.methodCannotBeEmpty'));
  return {
    at: minute(at),
    method: input.method ?? undefined,
    subject: text('input.subject', input.subject, { max: 100, label: '主题' }),
    content: text('input.content', input.content, { max: 5000, label: '跟进内容', required: !partial || input.content !== undefined }),
    feedback: text('input.feedback', input.feedback, { max: 5000, label: '客户反馈' }),
    nextAt: minute(input.nextAt),
    nextPlan: text('input.nextPlan', input.nextPlan, { max: 2000, label: '下次跟进计划' }),
    remind: input.remind === null ? undefined : input.remind,
  };
}

async function assertContactOf(em: EntityManager, customerId: string, contactId: string | null | undefined) {
  if (!contactId) return;
  if (
    !isUuid(contactId) ||
    !(await em.query(`SELECT 1 FROM contacts WHERE id = $1 AND customer_id = $2`, [contactId, customerId])).length
  ) {
    throw badInput('input.contactId', msg('followUps.contactNotCustomer'));
  }
}

export async function createFollowUp(ctx: Context, customerId: string, input: FollowUpInput): Promise<FollowUp> {
  const user = requireUser(ctx);
  assertCan(user, 'followUp.create');
  const values = clean(ctx, input, false);
  if (values.nextAt && values.nextAt <= values.at!) throw badInput('input.nextAt', msg('followUps.nextatAfter'));
  const id = await ctx.dataSource.transaction(async (em) => {
    await loadCustomerFor(em, user, customerId, 'edit');
    await assertContactOf(em, customerId, input.contactId);
    await assertOpportunityOf(em, customerId, input.opportunityId);
    const followUp = em.getRepository(FollowUp).create({
      ...(values as Partial<FollowUp>),
      remind: values.remind ?? true,
      customerId,
      authorId: user.id,
      contactId: input.contactId ?? null,
      opportunityId: input.opportunityId ?? null,
      createdAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
    });
    await em.getRepository(FollowUp).insert(followUp);
    await refreshFollowUpTimes(em, customerId);
    await emitEvent(
      em,
      'follow_up.created',
      {
        id: followUp.id,
        customerId,
        at: followUp.at,
        method: followUp.method,
        nextAt: followUp.nextAt ?? null,
        contactId: followUp.contactId,
        opportunityId: followUp.opportunityId,
        authorId: user.id,
      },
      { at: ctx.clock.now() },
    );
    return followUp.id;
  });
  return ctx.dataSource.getRepository(FollowUp).findOneByOrFail({ id });
}

/**
 * Locks a follow-up for a change by its author or an admin (the one rule for edit and delete): hidden customers'
 * records are NOT_FOUND, others' records FORBIDDEN, a stale version CONFLICT.
 */
async function followUpForChange(
  em: EntityManager,
  user: ReturnType<typeof requireUser>,
  id: string,
  version: number,
  verb: string,
): Promise<FollowUp> {
  const before = isUuid(id) ? await em.getRepository(FollowUp).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!before) throw notFound('跟进记录', id);
  await loadCustomerFor(em, user, before.customerId, 'read').catch(() => {
    throw notFound('跟进记录', id);
  });
  if (before.authorId !== user.id && user.role !== 'ADMIN')
    throw forbidden(msg(verb === '删除' ? 'common.onlyAuthorMayDelete' : 'common.onlyAuthorMayEdit'));
  if (before.version !== version) throw staleVersion('跟进记录', before.version);
  return before;
}

/** Follow-ups are kept forever and edited only by their author or an admin. */
export async function updateFollowUp(ctx: Context, id: string, version: number, input: UpdateFollowUpInput): Promise<FollowUp> {
  const user = requireUser(ctx);
  const values = clean(ctx, input, true);
  await ctx.dataSource.transaction(async (em) => {
    const before = await followUpForChange(em, user, id, version, '修改');
    await assertContactOf(em, before.customerId, input.contactId);
    await assertOpportunityOf(em, before.customerId, input.opportunityId);
    const set = Object.fromEntries(
      Object.entries({ ...values, contactId: input.contactId, opportunityId: input.opportunityId }).filter(([, v]) => v !== undefined),
    ) as Partial<FollowUp>;
    const after = { ...before, ...set };
    if (after.nextAt && after.nextAt <= after.at) throw badInput('input.nextAt', msg('followUps.nextatAfter'));
    const changes = diffFields(
      before as unknown as Record<string, unknown>,
      after as unknown as Record<string, unknown>,
      FIELDS,
      'followUp.',
    );
    if (!changes.length) return;
    const result = await em
      .createQueryBuilder()
      .update(FollowUp)
      .set({ ...set, version: () => 'version + 1', updatedAt: ctx.clock.now() })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (!result.affected) throw staleVersion('跟进记录');
    await refreshFollowUpTimes(em, before.customerId);
    await writeChangeLog(em, {
      customerId: before.customerId,
      entityType: 'FollowUp',
      entityId: id,
      action: 'UPDATE',
      actorId: user.id,
      at: ctx.clock.now(),
      changes,
    });
  });
  return ctx.dataSource.getRepository(FollowUp).findOneByOrFail({ id });
}

/**
 * Deletes a follow-up (its author or an admin, as for editing); the change log keeps what it said, and the
 * customer's last/next follow-up times are recomputed from the records left.
 */
export async function deleteFollowUp(ctx: Context, id: string, version: number): Promise<boolean> {
  const user = requireUser(ctx);
  await ctx.dataSource.transaction(async (em) => {
    const before = await followUpForChange(em, user, id, version, '删除');
    const result = await em.query(`DELETE FROM follow_ups WHERE id = $1 AND version = $2`, [id, version]);
    if (!result[1]) throw staleVersion('跟进记录');
    await refreshFollowUpTimes(em, before.customerId);
    await writeChangeLog(em, {
      customerId: before.customerId,
      entityType: 'FollowUp',
      entityId: id,
      action: 'DELETE',
      actorId: user.id,
      at: ctx.clock.now(),
      changes: diffFields(before as unknown as Record<string, unknown>, null, FIELDS, 'followUp.'),
    });
  });
  return true;
}
