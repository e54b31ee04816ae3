import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import { badInput, forbidden, notFound, staleVersion, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { hydrate, selectColumns, cursorTime } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import { requireUser } from '../access/current-user';
import { loadCustomerFor, readableCustomerSql, teamIdsSql } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import { text } from '../customers/customer.validation';
import { emitEvent } from '../webhooks/webhook.emit';
import type { User } from '../users/user.entity';
import { Task } from './task.entity';
import { TaskPriority, TaskStatus } from './task.enums';
import type { TaskFilter, TaskInput, UpdateTaskInput } from './task.inputs';
import { TaskConnection } from './task.types';

/**
 * Who sees a task: its assignee and creator, their managers up the hierarchy, admins, and — for a task about
 * a customer — whoever may read that customer.
 */
export function visibleTaskSql(user: Pick<User, 'id' | 'role'>, alias: string, params: SqlParams): string {
  if (user.role === 'ADMIN') return 'TRUE';
  const me = params.p(user.id);
  const people =
    user.role === 'MANAGER'
      ? `(${alias}.assignee_id IN ${teamIdsSql(me)} OR ${alias}.creator_id IN ${teamIdsSql(me)})`
      : `(${alias}.assignee_id = ${me}::uuid OR ${alias}.creator_id = ${me}::uuid)`;
  const viaCustomer = `(${alias}.customer_id IS NOT NULL AND EXISTS (SELECT 1 FROM customers c WHERE c.id = ${alias}.customer_id AND c.deleted_at IS NULL AND ${readableCustomerSql(user, 'c', params)}))`;
  return `(${people} OR ${viaCustomer})`;
}

async function assertAssignee(ctx: Context, id: string, field: string) {
  if (!isUuid(id) || !(await ctx.dataSource.query(`SELECT 1 FROM users WHERE id = $1 AND active`, [id])).length) {
    throw badInput(field, msg('tasks.assigneeNotActiveUser'));
  }
}

async function loadVisible(ctx: Context, id: string): Promise<Task> {
  const user = requireUser(ctx);
  if (!isUuid(id)) throw notFound('任务', id);
  const params = new SqlParams();
  const idP = params.p(id);
  const rows = await ctx.dataSource.query(
    `SELECT ${selectColumns(ctx.dataSource, Task, 't')} FROM tasks t WHERE t.id = ${idP} AND ${visibleTaskSql(user, 't', params)}`,
    params.values,
  );
  if (!rows.length) throw notFound('任务', id);
  return hydrate(Task, rows)[0];
}

export const task = loadVisible;

export async function createTask(ctx: Context, input: TaskInput): Promise<Task> {
  const user = requireUser(ctx);
  assertCan(user, 'task.create');
  const title = text('input.title', input.title, { max: 100, label: '标题', required: true })!;
  const description = text('input.description', input.description, { max: 5000, label: '描述' }) ?? null;
  if (!(input.dueAt instanceof Date) || Number.isNaN(input.dueAt.getTime())) throw badInput('input.dueAt', msg('tasks.dueatRequired'));
  const assigneeId = input.assigneeId ?? user.id;
  if (assigneeId !== user.id) await assertAssignee(ctx, assigneeId, 'input.assigneeId');
  // A customer you may not read is NOT_FOUND here as on every other path (modules/access).
  if (input.customerId) await loadCustomerFor(ctx.dataSource.manager, user, input.customerId, 'read');
  const now = ctx.clock.now();
  const repo = ctx.dataSource.getRepository(Task);
  const t = repo.create({
    title,
    description,
    customerId: input.customerId ?? null,
    assigneeId,
    creatorId: user.id,
    dueAt: input.dueAt,
    priority: input.priority ?? TaskPriority.NORMAL,
    status: TaskStatus.OPEN,
    createdAt: now,
    updatedAt: now,
  });
  await repo.insert(t);
  return repo.findOneByOrFail({ id: t.id });
}

/**
 * Only the assignee, the creator or an admin change a task; a stale version is a CONFLICT. `after` runs in the
 * update's transaction (webhook events go out only if the change commits).
 */
async function change(
  ctx: Context,
  id: string,
  version: number,
  set: Partial<Task>,
  after?: (em: EntityManager, before: Task) => Promise<void>,
): Promise<Task> {
  const user = requireUser(ctx);
  const before = await loadVisible(ctx, id);
  if (before.assigneeId !== user.id && before.creatorId !== user.id && user.role !== 'ADMIN')
    throw forbidden(msg('tasks.onlyAssigneeCreatorAdmin'));
  if (before.version !== version) throw staleVersion('任务', before.version);
  await ctx.dataSource.transaction(async (em) => {
    const [rows] = await em.query(
      `UPDATE tasks SET ${Object.keys(set)
        .map((k, i) => `"${ctx.dataSource.getMetadata(Task).findColumnWithPropertyName(k)!.databaseName}" = $${i + 3}`)
        .join(', ')},
              version = version + 1, updated_at = $${Object.keys(set).length + 3}
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, ...Object.values(set), ctx.clock.now()],
    );
    if (!rows.length) throw staleVersion('任务');
    await after?.(em, before);
  });
  return ctx.dataSource.getRepository(Task).findOneByOrFail({ id });
}

export async function updateTask(ctx: Context, id: string, version: number, input: UpdateTaskInput): Promise<Task> {
  const set: Partial<Task> = {};
  if (input.title !== undefined && input.title !== null)
    set.title = text('input.title', input.title, { max: 100, label: '标题', required: true })!;
  if (input.description !== undefined) set.description = text('input.description', input.description, { max: 5000, label: '描述' }) ?? null;
  if (input.dueAt) set.dueAt = input.dueAt;
  if (input.priority) set.priority = input.priority;
  if (input.assigneeId) {
    await assertAssignee(ctx, input.assigneeId, 'input.assigneeId');
    set.assigneeId = input.assigneeId;
  }
  if (!Object.keys(set).length) return loadVisible(ctx, id);
  const current = await loadVisible(ctx, id);
  if (current.status !== TaskStatus.OPEN) throw badInput('id', msg('tasks.onlyOpenTasksCan'));
  return change(ctx, id, version, set);
}

export async function finishTask(
  ctx: Context,
  id: string,
  version: number,
  status: TaskStatus.DONE | TaskStatus.CANCELLED,
  note: string | null | undefined,
): Promise<Task> {
  const current = await loadVisible(ctx, id);
  if (current.status !== TaskStatus.OPEN) throw badInput('id', msg('tasks.taskNoLongerOpen'));
  const completionNote = text('note', note, { max: 2000, label: '完成说明' }) ?? null;
  const completedAt = ctx.clock.now();
  return change(ctx, id, version, { status, completionNote, completedAt }, async (em, t) => {
    if (status !== TaskStatus.DONE) return;
    const payload = {
      id,
      customerId: t.customerId,
      title: t.title,
      assigneeId: t.assigneeId,
      completedById: requireUser(ctx).id,
      completionNote,
    };
    await emitEvent(em, 'task.completed', payload, { at: completedAt });
  });
}

export async function tasks(
  ctx: Context,
  filter: TaskFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const user = requireUser(ctx);
  const limit = pageSize(first);
  const params = new SqlParams();
  const where = [visibleTaskSql(user, 't', params)];
  if (filter?.mine) where.push(`t.assignee_id = ${params.p(user.id)}::uuid`);
  if (filter?.overdue) where.push(`t.status = 'OPEN' AND t.due_at < ${params.p(ctx.clock.now())}`);
  if (filter?.status?.length) where.push(`t.status = ANY(${params.p(filter.status)}::varchar[])`);
  if (filter?.customerId) {
    if (!isUuid(filter.customerId)) throw badInput('filter.customerId', msg('tasks.invalidCustomerId'));
    where.push(`t.customer_id = ${params.p(filter.customerId)}::uuid`);
  }
  const countWhere = where.join(' AND ');
  const countParams = [...params.values];
  if (after) {
    const [at, id] = decodeCursor(after, 2);
    if (typeof at !== 'string' || !isUuid(id)) throw badInput('after', msg('tasks.invalidCursor'));
    where.push(`(t.due_at, t.id) > (${params.p(at)}::timestamptz, ${params.p(id)}::uuid)`);
  }
  const rows = hydrate(
    Task,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, Task, 't')} FROM tasks t WHERE ${where.join(' AND ')} ORDER BY t.due_at, t.id LIMIT ${params.p(limit + 1)}`,
      params.values,
    ),
  );
  return toConnection(
    TaskConnection,
    rows,
    limit,
    (t) => [cursorTime(t.dueAt), t.id],
    async () => (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM tasks t WHERE ${countWhere}`, countParams))[0].n,
    !!after,
  );
}
