import type { EntityManager } from 'typeorm';
import { isClosedStage, STAGE_LABELS, STAGE_WIN_RATE, stageChangeProblem } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { badInput, staleVersion, msg, P } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { loadCustomerFor } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import { diffFields, noteOf, writeChangeLog } from '../audit/change-log.service';
import { emitEvent } from '../webhooks/webhook.emit';
import { text } from '../customers/customer.validation';
import { loadUnderCustomer, money, resolveDealOwner } from '../contracts/deal-common';
import { Opportunity } from './opportunity.entity';
import { OpportunityStage } from './opportunity.enums';
import type { CreateOpportunityInput, UpdateOpportunityInput } from './opportunity.inputs';
import { cleanOpportunityLines, opportunityLinesSum, writeOpportunityLines } from './opportunity.lines';

const FIELDS = ['name', 'amount', 'stage', 'winRate', 'expectedCloseDate', 'lostReason', 'remark', 'ownerId'] as const;
const rec = (o: object) => o as Record<string, unknown>;

function winRate(field: string, v: number | null | undefined) {
  if (v === undefined) return undefined;
  if (v === null || !Number.isInteger(v) || v < 0 || v > 100) throw badInput(field, msg('opportunities.winrate'));
  return v;
}

const reload = (ctx: Context, id: string) => ctx.dataSource.getRepository(Opportunity).findOneByOrFail({ id });

/** Records a stage change in the opportunity's history (also used when signing a contract wins it). */
export async function recordStageChange(
  em: EntityManager,
  o: { id: string; customerId: string },
  from: OpportunityStage | null,
  to: OpportunityStage,
  note: string | null,
  actorId: string,
  at: Date,
) {
  await em.query(
    `INSERT INTO opportunity_stage_changes (customer_id, opportunity_id, from_stage, to_stage, note, actor_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [o.customerId, o.id, from, to, note, actorId, at],
  );
}

/** The opportunity `opportunityId` if it belongs to the customer (for contracts and follow-ups), else a field-named error. */
export async function assertOpportunityOf(
  em: EntityManager,
  customerId: string,
  opportunityId: string | null | undefined,
  field = 'input.opportunityId',
) {
  if (!opportunityId) return null;
  const rows = isUuid(opportunityId)
    ? await em.query(`SELECT id, stage FROM opportunities WHERE id = $1 AND customer_id = $2`, [opportunityId, customerId])
    : [];
  if (!rows.length) throw badInput(field, msg('opportunities.opportunityNotCustomer'));
  return rows[0] as { id: string; stage: OpportunityStage };
}

export async function createOpportunity(ctx: Context, customerId: string, input: CreateOpportunityInput): Promise<Opportunity> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  const name = text('input.name', input.name, { max: 100, label: '商机名称', required: true })!;
  const givenAmount = money('input.amount', input.amount, '商机金额', { allowZero: true });
  const lines = cleanOpportunityLines(input.lines);
  const stage = input.stage ?? 'INITIAL';
  if (isClosedStage(stage)) throw badInput('input.stage', msg('opportunities.newOpportunityStartsOpen'));
  const rate = winRate('input.winRate', input.winRate) ?? STAGE_WIN_RATE[stage];
  const remark = text('input.remark', input.remark, { max: 2000, label: '备注' }) ?? null;
  const now = ctx.clock.now();
  const id = await ctx.dataSource.transaction(async (em) => {
    const customer = await loadCustomerFor(em, user, customerId, 'edit');
    const ownerId = await resolveDealOwner(em, user, input.ownerId, customer);
    const [row] = await em.query(
      `INSERT INTO opportunities (customer_id, owner_id, name, amount, stage, win_rate, expected_close_date, remark, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
      [customerId, ownerId, name, givenAmount ?? '0.00', stage, rate, input.expectedCloseDate ?? null, remark, user.id, now],
    );
    const linesChange = lines?.length ? await writeOpportunityLines(em, { id: row.id, customerId }, lines) : null;
    // Without an amount of its own, a new opportunity is worth its lines.
    let amount = givenAmount ?? '0.00';
    if (!givenAmount && lines?.length) {
      amount = await opportunityLinesSum(em, row.id);
      await em.query(`UPDATE opportunities SET amount = $2::numeric WHERE id = $1`, [row.id, amount]);
    }
    await recordStageChange(em, { id: row.id, customerId }, null, stage, null, user.id, now);
    await writeChangeLog(em, {
      customerId,
      entityType: 'Opportunity',
      entityId: row.id,
      action: 'CREATE',
      actorId: user.id,
      at: now,
      changes: [
        ...diffFields(
          null,
          { name, amount, stage, winRate: rate, expectedCloseDate: input.expectedCloseDate ?? null, remark, ownerId },
          FIELDS,
          'opportunity.',
        ),
        ...(linesChange ? [linesChange] : []),
      ],
    });
    await emitEvent(em, 'opportunity.created', { id: row.id, customerId, name, amount, stage, ownerId, createdById: user.id }, { at: now });
    return row.id as string;
  });
  return reload(ctx, id);
}

export async function updateOpportunity(ctx: Context, id: string, version: number, input: UpdateOpportunityInput): Promise<Opportunity> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  const set = Object.fromEntries(
    Object.entries({
      name: text('input.name', input.name, { max: 100, label: '商机名称', required: input.name !== undefined }),
      amount: money('input.amount', input.amount, '商机金额', { allowZero: true, required: input.amount !== undefined }),
      winRate: winRate('input.winRate', input.winRate),
      expectedCloseDate: input.expectedCloseDate,
      remark: text('input.remark', input.remark, { max: 2000, label: '备注' }),
    }).filter(([, v]) => v !== undefined),
  ) as Partial<Opportunity>;
  const lines = cleanOpportunityLines(input.lines);
  await ctx.dataSource.transaction(async (em) => {
    const before = await loadUnderCustomer(em, user, Opportunity, 'opportunities', '商机', id, 'edit');
    if (before.version !== version) throw staleVersion('商机', before.version);
    if (isClosedStage(before.stage) && set.winRate !== undefined && set.winRate !== before.winRate) {
      throw badInput('input.winRate', msg('opportunities.winRateClosedOpportunity'));
    }
    const changes = diffFields(rec(before), { ...rec(before), ...set }, FIELDS, 'opportunity.');
    const linesChange = lines ? await writeOpportunityLines(em, before, lines) : null;
    if (linesChange) changes.push(linesChange);
    if (!changes.length) return;
    const res = await em
      .createQueryBuilder()
      .update(Opportunity)
      .set({ ...set, version: () => 'version + 1', updatedAt: ctx.clock.now() } as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (!res.affected) throw staleVersion('商机');
    await writeChangeLog(em, {
      customerId: before.customerId,
      entityType: 'Opportunity',
      entityId: id,
      action: 'UPDATE',
      actorId: user.id,
      at: ctx.clock.now(),
      changes,
    });
  });
  return reload(ctx, id);
}

/** Moves an opportunity to another stage, resetting its win rate to the stage's, and records who, when and why. */
export async function advanceOpportunity(
  ctx: Context,
  id: string,
  version: number,
  stage: OpportunityStage,
  note: string | null | undefined,
  lostReason: string | null | undefined,
): Promise<Opportunity> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  const cleanNote = text('note', note, { max: 2000, label: '备注' }) ?? null;
  const reason = text('lostReason', lostReason, { max: 2000, label: '输单原因' }) ?? null;
  if (stage === 'LOST' && !reason) throw badInput('lostReason', msg('opportunities.lostreasonRequiredLost'));
  await ctx.dataSource.transaction(async (em) => {
    const before = await loadUnderCustomer(em, user, Opportunity, 'opportunities', '商机', id, 'edit');
    if (before.version !== version) throw staleVersion('商机', before.version);
    const problem = stageChangeProblem(before.stage, stage);
    if (problem) throw badInput('stage', problem);
    const now = ctx.clock.now();
    const after = {
      stage,
      winRate: STAGE_WIN_RATE[stage],
      lostReason: stage === 'LOST' ? reason : null,
      closedAt: isClosedStage(stage) ? now : null,
    };
    await em.query(
      `UPDATE opportunities SET stage = $2, win_rate = $3, lost_reason = $4, closed_at = $5, version = version + 1, updated_at = $6 WHERE id = $1`,
      [id, after.stage, after.winRate, after.lostReason, after.closedAt, now],
    );
    await recordStageChange(em, before, before.stage, stage, cleanNote ?? reason, user.id, now);
    await writeChangeLog(em, {
      customerId: before.customerId,
      entityType: 'Opportunity',
      entityId: id,
      action: 'ADVANCE',
      actorId: user.id,
      at: now,
      changes: diffFields(rec(before), { ...rec(before), ...after }, FIELDS, 'opportunity.'),
      note: noteOf(
        cleanNote
          ? msg('changeLog.stageMovedWithNote', {
              from: P.enumValue('OpportunityStage', before.stage),
              to: P.enumValue('OpportunityStage', stage),
              note: cleanNote,
            })
          : msg('changeLog.stageMoved', {
              from: P.enumValue('OpportunityStage', before.stage),
              to: P.enumValue('OpportunityStage', stage),
            }),
      ),
    });
    await emitEvent(em, 'opportunity.stage_changed', { id, customerId: before.customerId, from: before.stage, to: stage }, { at: now });
  });
  return reload(ctx, id);
}

/** Deletes an opportunity that no contract refers to. */
export async function deleteOpportunity(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  await ctx.dataSource.transaction(async (em) => {
    const before = await loadUnderCustomer(em, user, Opportunity, 'opportunities', '商机', id, 'edit');
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM contracts WHERE opportunity_id = $1`, [id]);
    if (n > 0) throw badInput('id', msg('opportunities.opportunityHasContracts'));
    await em.query(`DELETE FROM opportunities WHERE id = $1`, [id]);
    await writeChangeLog(em, {
      customerId: before.customerId,
      entityType: 'Opportunity',
      entityId: id,
      action: 'DELETE',
      actorId: user.id,
      at: ctx.clock.now(),
      note: before.name,
    });
  });
  return true;
}
