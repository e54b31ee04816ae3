import type { EntityManager } from 'typeorm';
import { SqlParams } from '../../db/sql';
import { isUuid } from '../../graphql/ids';
import { forbidden, notFound, msg } from '../../graphql/errors';
import type { User } from '../users/user.entity';

/**
 * THE place that decides which customers a user may see and change. Every list, detail, nested field,
 * search, report, export and subscription builds its WHERE clause from these predicates.
 *
 * Read: admins read every customer; a manager reads the customers of everyone below them in the hierarchy
 * (any depth: a tree walked by teamIdsSql) and their own; a salesperson reads their own; everyone reads
 * customers shared with them (until the share expires) and the public pool (owner IS NULL) — claiming needs
 * the pool rules.
 * SERVICE (客服) reads every customer: service staff answer whichever customer calls in and record return
 * visits and complaints for all of them ("客服岗仅可查看跟进记录" in the source documents), so a narrower
 * scope would leave them unable to work. Reading is all they get: their edit scope is empty, and the
 * permission matrix keeps them from deals, contracts and exports.
 * Write: admins everything; managers their subtree's and pool customers; salespeople their own and those
 * shared with them for editing; service staff none.
 * Control (release to the pool, share, reassign — acts of the owner): manageableCustomerSql, i.e. the write
 * scope without shares and without the pool.
 * Share expiry is compared with the database's now(): in production the clock and the database agree.
 */

/** SQL for "the user and everyone below them in the hierarchy", as a subquery of user ids. */
export function teamIdsSql(userIdParam: string): string {
  return `(WITH RECURSIVE team(id) AS (SELECT ${userIdParam}::uuid UNION SELECT u.id FROM users u JOIN team t ON u.manager_id = t.id) SELECT id FROM team)`;
}

// The ids shared with the user, computed once per statement (an uncorrelated subquery): unlike a correlated
// EXISTS, `id = ANY(...)` is an index condition, so "mine OR shared with me" can be two index scans OR-ed.
const sharedSql = (alias: string, userParam: string, forEdit: boolean) =>
  `${alias}.id = ANY(ARRAY(SELECT s.customer_id FROM customer_shares s WHERE s.user_id = ${userParam}::uuid` +
  `${forEdit ? ' AND s.can_edit' : ''} AND (s.expires_at IS NULL OR s.expires_at > now())))`;

/**
 * Predicate over `alias` (a customers row) for the customers `user` may read. Deleted ones are not excluded here.
 * `pool: false` leaves out the public pool, for lists that exclude it anyway (owner IS NOT NULL): the planner
 * cannot see that the two contradict, and the extra branch keeps it from using the owner's search index.
 */
export function readableCustomerSql(
  user: Pick<User, 'id' | 'role'>,
  alias: string,
  params: SqlParams,
  opts: { pool?: boolean } = {},
): string {
  if (user.role === 'ADMIN' || user.role === 'SERVICE') return 'TRUE';
  const me = params.p(user.id);
  const own = user.role === 'MANAGER' ? `${alias}.owner_id IN ${teamIdsSql(me)}` : `${alias}.owner_id = ${me}::uuid`;
  return `(${own}${opts.pool === false ? '' : ` OR ${alias}.owner_id IS NULL`} OR ${sharedSql(alias, me, false)})`;
}

/** Predicate for the customers shared with `user` (unexpired shares), whoever owns them. */
export function sharedWithUserSql(user: Pick<User, 'id'>, alias: string, params: SqlParams): string {
  return sharedSql(alias, params.p(user.id), false);
}

/**
 * Predicate for the customers `user` owns. Whoever owns a customer may read it (it lies within
 * readableCustomerSql for every role), so a list of one's own customers needs no other scope predicate — and
 * without the scope's OR (own or shared) the planner can walk an (owner, sort key) index and stop after a page.
 */
export function ownCustomersSql(user: Pick<User, 'id'>, alias: string, params: SqlParams): string {
  return `${alias}.owner_id = ${params.p(user.id)}::uuid`;
}

/** Predicate for the customers `user` may change (edit fields, add contacts, follow-ups, tags). */
export function editableCustomerSql(user: Pick<User, 'id' | 'role'>, alias: string, params: SqlParams): string {
  if (user.role === 'ADMIN') return 'TRUE';
  if (user.role === 'SERVICE') return 'FALSE';
  const me = params.p(user.id);
  if (user.role === 'MANAGER') return `(${alias}.owner_id IN ${teamIdsSql(me)} OR ${alias}.owner_id IS NULL)`;
  return `(${alias}.owner_id = ${me}::uuid OR ${sharedSql(alias, me, true)})`;
}

/** Predicate for the customers `user` controls as an owner would: admins all owned ones, managers their team's, salespeople their own. */
export function manageableCustomerSql(user: Pick<User, 'id' | 'role'>, alias: string, params: SqlParams): string {
  if (user.role === 'SERVICE') return 'FALSE';
  if (user.role === 'ADMIN') return `${alias}.owner_id IS NOT NULL`;
  const me = params.p(user.id);
  return user.role === 'MANAGER' ? `${alias}.owner_id IN ${teamIdsSql(me)}` : `${alias}.owner_id = ${me}::uuid`;
}

/** Predicate over `alias` (a users row) for the users `user` may list: admins all, managers their team, others themselves. */
export function visibleUserSql(user: Pick<User, 'id' | 'role'>, alias: string, params: SqlParams): string {
  if (user.role === 'ADMIN') return 'TRUE';
  const me = params.p(user.id);
  return user.role === 'MANAGER' ? `${alias}.id IN ${teamIdsSql(me)}` : `${alias}.id = ${me}::uuid`;
}

/** True when `userId` is `managerId` or below them in the hierarchy (managers act within their team). */
export async function isInTeam(em: EntityManager, managerId: string, userId: string): Promise<boolean> {
  const params = new SqlParams();
  const rows = await em.query(`SELECT 1 WHERE ${params.p(userId)}::uuid IN ${teamIdsSql(params.p(managerId))}`, params.values);
  return rows.length > 0;
}

/** True when `userId` is within `actor`'s people scope (visibleUserSql): what managers may reassign between. */
export async function userInScope(em: EntityManager, actor: Pick<User, 'id' | 'role'>, userId: string): Promise<boolean> {
  const params = new SqlParams();
  const rows = await em.query(
    `SELECT 1 FROM users u WHERE u.id = ${params.p(userId)}::uuid AND ${visibleUserSql(actor, 'u', params)}`,
    params.values,
  );
  return rows.length > 0;
}

/**
 * True when the active user `userId` may read the customer: whoever is made responsible for something of a
 * customer (a return visit, say) must be able to see it, or their reminders would show it to them.
 */
export async function userMayReadCustomer(em: EntityManager, userId: string, customerId: string): Promise<boolean> {
  if (!isUuid(userId) || !isUuid(customerId)) return false;
  const [user]: Pick<User, 'id' | 'role'>[] = await em.query(`SELECT id, role FROM users WHERE id = $1 AND active`, [userId]);
  if (!user) return false;
  const params = new SqlParams();
  const rows = await em.query(
    `SELECT 1 FROM customers c WHERE c.id = ${params.p(customerId)}::uuid AND ${readableCustomerSql(user, 'c', params)}`,
    params.values,
  );
  return rows.length > 0;
}

export type Access = 'read' | 'edit' | 'manage';

/**
 * Loads the customer's row (id, owner, version, deleted) if the user may `access` it, in the given transaction,
 * locking it for update when editing or managing (owner acts: share, release). Unknown and invisible customers are the same NOT_FOUND;
 * visible but not editable is FORBIDDEN.
 */
export async function loadCustomerFor(
  em: EntityManager,
  user: Pick<User, 'id' | 'role'>,
  customerId: string,
  access: Access,
  opts: { includeDeleted?: boolean } = {},
): Promise<{ id: string; owner_id: string | null; version: number; deleted_at: Date | null; name: string; status: string }> {
  if (!isUuid(customerId)) throw notFound('客户', customerId);
  const params = new SqlParams();
  const id = params.p(customerId);
  const readable = readableCustomerSql(user, 'c', params);
  const editable =
    access === 'edit' ? editableCustomerSql(user, 'c', params) : access === 'manage' ? manageableCustomerSql(user, 'c', params) : 'TRUE';
  const rows = await em.query(
    `SELECT c.id, c.owner_id, c.version, c.deleted_at, c.name, c.status, (${editable}) AS editable
       FROM customers c WHERE c.id = ${id}::uuid AND ${readable}${opts.includeDeleted ? '' : ' AND c.deleted_at IS NULL'}
       ${access !== 'read' ? 'FOR UPDATE OF c' : ''}`,
    params.values,
  );
  if (!rows.length) throw notFound('客户', customerId);
  if (!rows[0].editable) throw forbidden(msg('access.readOnlyAccessCustomer'));
  return rows[0];
}
