import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock';
import type { Context } from '../../graphql/context';
import { AppError, ErrorCode, badInput, conflict, forbidden, notFound, msg, P } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { SqlParams } from '../../db/sql';
import { loadCustomerFor, manageableCustomerSql } from '../access/customer-scope';
import { assertCan, can } from '../access/permissions';
import { claimPoolCustomer, moveCustomersToPool } from '../customers/customer.owner-writes';
import { emitEvent, emitEvents } from '../webhooks/webhook.emit';
import { daysByGrade, loadPoolRules, type PoolRules } from './pool.rules';

const DAY = 86400_000;

export type ReclaimRule = 'NO_FOLLOW_UP' | 'NOT_WON';

/** A customer the rules will send back to the pool at `dueAt`. */
export interface ReclaimCandidate {
  customerId: string;
  name: string;
  ownerId: string;
  grade: string;
  rule: ReclaimRule;
  dueAt: Date;
  /** Days the rule counts (for the reason text). */
  days: number;
}

export const reclaimReason = (rule: ReclaimRule, days: number) =>
  rule === 'NO_FOLLOW_UP'
    ? `连续 ${days} 天未跟进，自动收回公海 (no follow-up for ${days} days)`
    : `分配后 ${days} 天未成交，自动收回公海 (not won within ${days} days of assignment)`;

/**
 * Owned customers the rules reclaim at or before `until`, earliest first, each with the rule that fires first.
 * Won and deactivated customers are never reclaimed (a paying customer stays with its salesperson; a
 * deactivated one is not worked). "Not followed up" counts from the later of the last follow-up and the
 * assignment, so a freshly claimed customer gets its full N days.
 * The reminders feature calls this with `until` = now + 3 days to warn owners before a reclaim.
 */
export async function poolReclaimCandidates(em: EntityManager, rules: PoolRules, until: Date): Promise<ReclaimCandidate[]> {
  const byGrade = daysByGrade(rules).filter((g) => g.noFollowUpDays !== null || g.notWonWithinDays !== null);
  if (!byGrade.length) return [];
  const rows = await em.query(
    `WITH r(grade, nf, nw) AS (SELECT * FROM unnest($1::text[], $2::int[], $3::int[]))
     SELECT c.id AS "customerId", c.name, c.owner_id AS "ownerId", c.grade, x.rule, x.due_at AS "dueAt", x.days
       FROM customers c JOIN r ON r.grade = c.grade
       CROSS JOIN LATERAL (
         SELECT v.rule, v.due_at, v.days FROM (VALUES
           ('NO_FOLLOW_UP', GREATEST(c.last_follow_up_at, COALESCE(c.assigned_at, c.created_at)) + make_interval(days => r.nf), r.nf),
           ('NOT_WON', COALESCE(c.assigned_at, c.created_at) + make_interval(days => r.nw), r.nw)
         ) v(rule, due_at, days) WHERE v.due_at IS NOT NULL ORDER BY v.due_at LIMIT 1) x
      WHERE c.owner_id IS NOT NULL AND c.deleted_at IS NULL AND c.status = 'ACTIVE' AND c.type <> 'WON' AND x.due_at <= $4
      ORDER BY x.due_at, c.id`,
    [byGrade.map((g) => g.grade), byGrade.map((g) => g.noFollowUpDays), byGrade.map((g) => g.notWonWithinDays), until],
  );
  return rows;
}

/** Moves customers out of their owner's hands into the pool: owner cleared, shares dropped, move recorded. */
async function moveToPool(
  em: EntityManager,
  moves: { customerId: string; fromUserId: string; kind: 'RELEASE' | 'RECLAIM'; rule: ReclaimRule | null; reason: string }[],
  actorId: string | null,
  at: Date,
): Promise<void> {
  if (!moves.length) return;
  const ids = await moveCustomersToPool(
    em,
    moves.map((m) => ({ customerId: m.customerId, fromUserId: m.fromUserId, action: m.kind, note: m.reason })),
    { actorId, at },
  );
  if (!ids.length) return;
  const moved = new Set(ids);
  moves = moves.filter((m) => moved.has(m.customerId));
  // Shares were the former owner's to give; a pool customer is readable by everyone anyway.
  await em.query(`DELETE FROM customer_shares WHERE customer_id = ANY($1::uuid[])`, [ids]);
  await em.query(
    `INSERT INTO pool_moves (customer_id, from_user_id, kind, rule, reason, at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])`,
    [
      moves.map((m) => m.customerId),
      moves.map((m) => m.fromUserId),
      moves.map((m) => m.kind),
      moves.map((m) => m.rule),
      moves.map((m) => m.reason),
      moves.map(() => at),
    ],
  );
  await emitEvents(
    em,
    'customer.released',
    moves.map((m) => ({ id: m.customerId, fromUserId: m.fromUserId, kind: m.kind, rule: m.rule, reason: m.reason })),
    { at },
  );
}

/**
 * The scheduled reclaim: every customer the rules make due by the clock's now goes back to the pool, with a
 * RECLAIM change-log entry saying which rule. The reminders feature runs it from its job runner.
 */
export async function reclaimDueCustomers(
  dataSource: DataSource,
  clock: Clock,
  actorId: string | null = null,
): Promise<ReclaimCandidate[]> {
  const now = clock.now();
  return dataSource.transaction(async (em) => {
    // One reclaim at a time; a concurrent claim/follow-up waits on the row locks below.
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('pool:reclaim'))`);
    const due = await poolReclaimCandidates(em, await loadPoolRules(em), now);
    if (!due.length) return [];
    // Lock and re-check that the owner did not change since the candidates were read.
    const locked: { id: string; owner_id: string }[] = await em.query(
      `SELECT id, owner_id FROM customers WHERE id = ANY($1::uuid[]) FOR UPDATE`,
      [due.map((d) => d.customerId)],
    );
    const still = due.filter((d) => locked.some((l) => l.id === d.customerId && l.owner_id === d.ownerId));
    await moveToPool(
      em,
      still.map((d) => ({
        customerId: d.customerId,
        fromUserId: d.ownerId,
        kind: 'RECLAIM' as const,
        rule: d.rule,
        reason: reclaimReason(d.rule, d.days),
      })),
      actorId,
      now,
    );
    return still;
  });
}

/** `runPoolReclaim` (admins): the scheduled reclaim, run now. */
export async function runPoolReclaim(ctx: Context): Promise<ReclaimCandidate[]> {
  const user = requireUser(ctx);
  assertCan(user, 'pool.reclaim');
  return reclaimDueCustomers(ctx.dataSource, ctx.clock, user.id);
}

/**
 * `poolReclaimPreview(days)`: what the rules would reclaim by now + days, changing nothing. Within the user's
 * control scope: a salesperson sees their own customers at risk, a manager their team's, an admin all.
 */
export async function poolReclaimPreview(ctx: Context, days: number): Promise<ReclaimCandidate[]> {
  const user = requireUser(ctx);
  if (!Number.isInteger(days) || days < 0 || days > 365) throw badInput('days', msg('pool.days'));
  if (user.role === 'SERVICE') return [];
  const em = ctx.dataSource.manager;
  const all = await poolReclaimCandidates(em, await loadPoolRules(em), new Date(ctx.clock.now().getTime() + days * DAY));
  if (user.role === 'ADMIN' || !all.length) return all;
  const params = new SqlParams();
  const ids = params.p(all.map((c) => c.customerId));
  const visible: { id: string }[] = await em.query(
    `SELECT c.id FROM customers c WHERE c.id = ANY(${ids}::uuid[]) AND ${manageableCustomerSql(user, 'c', params)}`,
    params.values,
  );
  const keep = new Set(visible.map((v) => v.id));
  return all.filter((c) => keep.has(c.customerId));
}

/**
 * 领取: one UPDATE … WHERE owner_id IS NULL decides a race — the loser's UPDATE matches no row and gets CONFLICT.
 * The per-user cap and the cool-down are checked under a per-user lock so one user's parallel claims cannot
 * overshoot the cap.
 */
export async function claimCustomer(ctx: Context, id: string): Promise<string> {
  const user = requireUser(ctx);
  assertCan(user, 'pool.claim');
  if (!isUuid(id)) throw notFound('客户', id);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (em) => {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, ['pool:claim:' + user.id]);
    const rules = await loadPoolRules(em);
    if (rules.maxCustomersPerUser !== null) {
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM customers WHERE owner_id = $1 AND deleted_at IS NULL`, [user.id]);
      if (n >= rules.maxCustomersPerUser) {
        throw new AppError(ErrorCode.FORBIDDEN, msg('pool.customerCapReached', { n, maxCustomersPerUser: rules.maxCustomersPerUser }), {
          reason: 'CUSTOMER_CAP',
          cap: rules.maxCustomersPerUser,
        });
      }
    }
    if (rules.claimCooldownDays > 0) {
      const since = new Date(now.getTime() - rules.claimCooldownDays * DAY);
      const [last] = await em.query(
        `SELECT at FROM pool_moves WHERE customer_id = $1 AND from_user_id = $2 AND at > $3 ORDER BY at DESC LIMIT 1`,
        [id, user.id, since],
      );
      if (last) {
        const until = new Date(new Date(last.at).getTime() + rules.claimCooldownDays * DAY);
        throw new AppError(ErrorCode.FORBIDDEN, msg('pool.coolDownAfterRelease', { until: P.instant(until) }), {
          reason: 'CLAIM_COOLDOWN',
          until: until.toISOString(),
        });
      }
    }
    const claimed = await claimPoolCustomer(em, id, user.id, '从公海领取 (claimed from the pool)', { actorId: user.id, at: now });
    if (!claimed) {
      const [exists] = await em.query(
        `SELECT u.name AS owner_name FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = $1 AND c.deleted_at IS NULL`,
        [id],
      );
      if (!exists) throw notFound('客户', id);
      // Only the winner's name (as duplicate checks name an owner), so the loser knows whom to ask.
      throw conflict(msg('pool.alreadyClaimedNotPool'), {
        reason: 'ALREADY_CLAIMED',
        claimedBy: exists.owner_name ?? null,
      });
    }
    await emitEvent(em, 'customer.claimed', { id, ownerId: user.id }, { at: now });
  });
  return id;
}

/** 退回公海: the owner (or their manager, or an admin) gives a customer up, with a reason everyone can read. */
export async function releaseCustomer(ctx: Context, id: string, reason: string): Promise<string> {
  const user = requireUser(ctx);
  assertCan(user, 'pool.release');
  const why = reason?.trim() ?? '';
  if (!why) throw badInput('reason', msg('pool.reasonRequired'));
  if ([...why].length > 200) throw badInput('reason', msg('pool.reasonTooLong'));
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (em) => {
    const row = await loadCustomerFor(em, user, id, 'read');
    if (!row.owner_id) throw conflict(msg('pool.alreadyPool'), { reason: 'IN_POOL' });
    await loadCustomerFor(em, user, id, 'manage');
    if (row.owner_id !== user.id && !can(user, 'pool.releaseOthers')) throw forbidden(msg('pool.youCanOnlyRelease'));
    await moveToPool(em, [{ customerId: id, fromUserId: row.owner_id, kind: 'RELEASE', rule: null, reason: why }], user.id, now);
  });
  return id;
}
