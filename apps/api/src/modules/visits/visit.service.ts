import { addDays, businessDate, satisfactionOfScore, startOfBusinessDay } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import { hydrate, selectColumns, cursorTime } from '../../db/rows';
import { badInput, forbidden, notFound, staleVersion, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { SqlParams } from '../../db/sql';
import { requireUser } from '../access/current-user';
import { loadCustomerFor, readableCustomerSql, userMayReadCustomer } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import { text } from '../customers/customer.validation';
import { emitEvent } from '../webhooks/webhook.emit';
import { Visit } from './visit.entity';
import { averageSql, cleanScores, dimensionAverages, type DimensionAverage } from './satisfaction';
import { VisitStatus } from './visit.enums';
import type { PlanVisitInput, RecordVisitInput, VisitFilter } from './visit.inputs';
import { SatisfactionStats, VisitConnection } from './visit.types';

const FUTURE_TOLERANCE_MS = 5 * 60_000;

export async function planVisit(ctx: Context, customerId: string, input: PlanVisitInput): Promise<Visit> {
  const user = requireUser(ctx);
  assertCan(user, 'visit.plan');
  const topic = text('input.topic', input.topic, { max: 200, label: '回访主题', required: true })!;
  if (!(input.plannedAt instanceof Date) || Number.isNaN(input.plannedAt.getTime()))
    throw badInput('input.plannedAt', msg('visits.plannedatRequired'));
  const ownerId = input.ownerId ?? user.id;
  if (
    ownerId !== user.id &&
    (!isUuid(ownerId) || !(await ctx.dataSource.query(`SELECT 1 FROM users WHERE id = $1 AND active`, [ownerId])).length)
  ) {
    throw badInput('input.ownerId', msg('visits.ownerNotActiveUser'));
  }
  const now = ctx.clock.now();
  const id = await ctx.dataSource.transaction(async (em) => {
    await loadCustomerFor(em, user, customerId, 'read');
    if (ownerId !== user.id && !(await userMayReadCustomer(em, ownerId, customerId))) {
      throw badInput('input.ownerId', msg('visits.ownerMayNotSee'));
    }
    const repo = em.getRepository(Visit);
    const v = repo.create({
      customerId,
      type: input.type,
      plannedAt: input.plannedAt,
      topic,
      ownerId,
      createdById: user.id,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insert(v);
    return v.id;
  });
  return ctx.dataSource.getRepository(Visit).findOneByOrFail({ id });
}

/** Records how a visit went: its owner, an admin, or whoever may edit the customer. */
export async function recordVisit(ctx: Context, id: string, version: number, input: RecordVisitInput): Promise<Visit> {
  const user = requireUser(ctx);
  assertCan(user, 'visit.plan');
  const now = ctx.clock.now();
  const actualAt = input.actualAt ?? now;
  if (actualAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw badInput('input.actualAt', msg('visits.actualatFuture'));
  if (!input.method) throw badInput('input.method', msg('visits.methodRequired'));
  const content = text('input.content', input.content, { max: 5000, label: '回访内容', required: true })!;
  await ctx.dataSource.transaction(async (em) => {
    const before = isUuid(id) ? await em.getRepository(Visit).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!before) throw notFound('回访', id);
    await loadCustomerFor(em, user, before.customerId, 'read').catch(() => {
      throw notFound('回访', id);
    });
    if (before.ownerId !== user.id && user.role !== 'ADMIN') {
      await loadCustomerFor(em, user, before.customerId, 'edit').catch(() => {
        throw forbidden(msg('visits.onlyVisitOwnerEditor'));
      });
    }
    if (before.version !== version) throw staleVersion('回访', before.version);
    const scored = await cleanScores(em, input);
    const [rows] = await em.query(
      `UPDATE visits SET actual_at = $3, method = $4, content = $5, feedback = $6, overall_score = $7, problems = $8, actions = $9,
              updated_at = $10, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
      [
        id,
        version,
        actualAt,
        input.method,
        content,
        text('input.feedback', input.feedback, { max: 5000, label: '客户反馈' }) ?? null,
        scored.overall,
        text('input.problems', input.problems, { max: 5000, label: '发现的问题' }) ?? null,
        text('input.actions', input.actions, { max: 5000, label: '后续措施' }) ?? null,
        now,
      ],
    );
    if (!rows.length) throw staleVersion('回访');
    await em.query(`DELETE FROM visit_scores WHERE visit_id = $1`, [id]);
    if (scored.scores.length) {
      await em.query(
        `INSERT INTO visit_scores (visit_id, dimension_key, score) SELECT $1, d, s FROM unnest($2::text[], $3::int[]) AS x(d, s)`,
        [id, scored.scores.map((x) => x.dimension), scored.scores.map((x) => x.score)],
      );
    }
    await emitEvent(
      em,
      'visit.recorded',
      {
        id,
        customerId: before.customerId,
        type: before.type,
        actualAt,
        method: input.method,
        satisfaction: satisfactionOfScore(scored.overall),
        overallScore: scored.overall,
        scores: Object.fromEntries(scored.scores.map((x) => [x.dimension, x.score])),
        recordedById: user.id,
      },
      { at: now },
    );
  });
  return ctx.dataSource.getRepository(Visit).findOneByOrFail({ id });
}

export interface StatsRow {
  total: number;
  very: number;
  sat: number;
  neutral: number;
  dis: number;
  avg: number | null;
}

export const EMPTY_STATS: StatsRow = { total: 0, very: 0, sat: 0, neutral: 0, dis: 0, avg: null };

export function toStats(r: StatsRow, dimensions: DimensionAverage[] = []): SatisfactionStats {
  return Object.assign(new SatisfactionStats(), {
    total: r.total,
    verySatisfied: r.very,
    satisfied: r.sat,
    neutral: r.neutral,
    dissatisfied: r.dis,
    satisfiedRate: r.total ? (r.very + r.sat) / r.total : null,
    averageScore: r.avg,
    dimensions,
  });
}

/** Counts by the 4-level word of the overall score (5 / 4 / 3 / 1–2) and the average overall score, over alias v. */
export const STATS_SQL = `count(*)::int AS total, count(*) FILTER (WHERE v.overall_score = 5)::int AS very,
  count(*) FILTER (WHERE v.overall_score = 4)::int AS sat, count(*) FILTER (WHERE v.overall_score = 3)::int AS neutral,
  count(*) FILTER (WHERE v.overall_score <= 2)::int AS dis, ${averageSql('v.overall_score')} AS avg`;

/** Satisfaction over every recorded visit of the customers the user may read, optionally in a period. */
export async function overallSatisfaction(ctx: Context, from: Date | null, to: Date | null): Promise<SatisfactionStats> {
  const user = requireUser(ctx);
  const params = new SqlParams();
  const where = [`v.actual_at IS NOT NULL`, `c.deleted_at IS NULL`, readableCustomerSql(user, 'c', params)];
  if (from) where.push(`v.actual_at >= ${params.p(from)}`);
  if (to) where.push(`v.actual_at < ${params.p(to)}`);
  const from_ = `FROM visits v JOIN customers c ON c.id = v.customer_id WHERE ${where.join(' AND ')}`;
  const [row] = await ctx.dataSource.query(`SELECT ${STATS_SQL} ${from_}`, params.values);
  const dims = await dimensionAverages(ctx.dataSource.manager, `SELECT NULL::text AS grp, v.id ${from_}`, params.values);
  return toStats(row, dims.get(null) ?? []);
}

/**
 * 回访 across customers: the visits of every customer the user may read (not deleted), earliest planned first,
 * keyset-paged on (planned_at, id). Statuses use the business calendar: DUE = planned today, OVERDUE = before.
 */
export async function listVisits(
  ctx: Context,
  filter: VisitFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const user = requireUser(ctx);
  const limit = pageSize(first);
  const params = new SqlParams();
  const where = [`c.deleted_at IS NULL`, readableCustomerSql(user, 'c', params)];
  if (filter?.status?.length) {
    const tz = ctx.config.businessTimeZone;
    const today = businessDate(ctx.clock.now(), tz);
    // Bound only for the statuses asked for: PostgreSQL cannot type a parameter the statement never uses.
    const dayStart = () => params.p(startOfBusinessDay(today, tz));
    const dayEnd = () => params.p(startOfBusinessDay(addDays(today, 1), tz));
    const byStatus: Record<VisitStatus, () => string> = {
      PLANNED: () => `(v.actual_at IS NULL AND v.planned_at >= ${dayEnd()})`,
      DUE: () => `(v.actual_at IS NULL AND v.planned_at >= ${dayStart()} AND v.planned_at < ${dayEnd()})`,
      OVERDUE: () => `(v.actual_at IS NULL AND v.planned_at < ${dayStart()})`,
      DONE: () => `(v.actual_at IS NOT NULL)`,
    };
    where.push(`(${[...new Set(filter.status)].map((s) => byStatus[s]()).join(' OR ')})`);
  }
  if (filter?.ownerId) {
    if (!isUuid(filter.ownerId)) throw badInput('filter.ownerId', msg('visits.invalidOwnerId'));
    where.push(`v.owner_id = ${params.p(filter.ownerId)}::uuid`);
  }
  if (filter?.customerId) {
    if (!isUuid(filter.customerId)) throw badInput('filter.customerId', msg('visits.invalidCustomerId'));
    where.push(`v.customer_id = ${params.p(filter.customerId)}::uuid`);
  }
  if (filter?.plannedFrom) where.push(`v.planned_at >= ${params.p(filter.plannedFrom)}`);
  if (filter?.plannedTo) where.push(`v.planned_at < ${params.p(filter.plannedTo)}`);
  if (filter?.plannedFrom && filter.plannedTo && filter.plannedTo <= filter.plannedFrom) {
    throw badInput('filter.plannedTo', msg('visits.plannedtoAfterPlannedfrom'));
  }
  const from = `FROM visits v JOIN customers c ON c.id = v.customer_id`;
  const countWhere = where.join(' AND ');
  const countParams = [...params.values];
  if (after) {
    const [at, id] = decodeCursor(after, 2);
    if (typeof at !== 'string' || !isUuid(id)) throw badInput('after', msg('visits.invalidCursor'));
    where.push(`(v.planned_at, v.id) > (${params.p(at)}::timestamptz, ${params.p(id)}::uuid)`);
  }
  const rows = hydrate(
    Visit,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, Visit, 'v')} ${from} WHERE ${where.join(' AND ')} ORDER BY v.planned_at, v.id LIMIT ${params.p(limit + 1)}`,
      params.values,
    ),
  );
  return toConnection(
    VisitConnection,
    rows,
    limit,
    (v) => [cursorTime(v.plannedAt), v.id],
    async () => (await ctx.dataSource.query(`SELECT count(*)::int AS n ${from} WHERE ${countWhere}`, countParams))[0].n,
    !!after,
  );
}
