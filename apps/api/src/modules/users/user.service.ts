import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { SqlParams } from '../../db/sql';
import { hydrate, selectColumns } from '../../db/rows';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import { badInput, conflict, forbidden, notFound, staleVersion, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { isInTeam, teamIdsSql, visibleUserSql } from '../access/customer-scope';
import { assertCan, can } from '../access/permissions';
import { diffFields, noteOf, writeChangeLog } from '../audit/change-log.service';
import { assertPasswordPolicy, normalizeEmail } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { email as cleanEmail, phoneNumber, text } from '../customers/customer.validation';
import { moveCustomers, type MoveResult } from '../team/reassign';
import { User } from './user.entity';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs';
import type { UserConnection, UserSignIn } from './user.types';
import { publishRevocation } from '../../graphql/revocation';

const USER_LOG_FIELDS = ['name', 'email', 'phone', 'role', 'managerId', 'active', 'canExport'] as const;
const logRecord = (u: User) => u as unknown as Record<string, unknown>;

/** Hierarchy changes are serialised so two concurrent edits cannot close a cycle between them. */
const lockHierarchy = (em: EntityManager) => em.query(`SELECT pg_advisory_xact_lock(hashtext('users:hierarchy'))`);

async function loadUser(em: EntityManager, id: string, lock = false): Promise<User> {
  if (!isUuid(id)) throw notFound('用户', id);
  const [user] = hydrate(
    User,
    await em.query(`SELECT ${selectColumns(em.connection, User, 'u')} FROM users u WHERE u.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]),
  );
  if (!user) throw notFound('用户', id);
  return user;
}

/** `users(filter)`: admins list everyone, managers their team (any depth), others only themselves. */
export async function listUsers(
  ctx: Context,
  ConnectionClass: new () => UserConnection,
  args: { filter?: UserFilter | null; first?: number | null; after?: string | null },
): Promise<UserConnection> {
  const user = requireUser(ctx);
  const limit = pageSize(args.first);
  const f = args.filter ?? {};
  const params = new SqlParams();
  const where = [visibleUserSql(user, 'u', params)];
  if (f.search?.trim()) {
    const like = params.p(`%${f.search.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`);
    where.push(`(u.name ILIKE ${like} OR u.email ILIKE ${like} OR u.phone ILIKE ${like})`);
  }
  if (f.roles?.length) where.push(`u.role = ANY(${params.p(f.roles)}::text[])`);
  if (f.active !== null && f.active !== undefined) where.push(`u.active = ${params.p(f.active)}`);
  if (f.teamOf) {
    if (!isUuid(f.teamOf)) throw badInput('filter.teamOf', msg('users.invalidUserId'));
    where.push(`u.id IN ${teamIdsSql(params.p(f.teamOf))}`);
  }
  const countParams = [...params.values];
  let keyset = '';
  if (args.after) {
    const [name, id] = decodeCursor(args.after, 2);
    if (!isUuid(id)) throw badInput('after', msg('users.invalidCursor'));
    keyset = ` AND (u.name, u.id) > (${params.p(name)}::text, ${params.p(id)}::uuid)`;
  }
  const rows = hydrate(
    User,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, User, 'u')} FROM users u WHERE ${where.join(' AND ')}${keyset} ORDER BY u.name, u.id LIMIT ${limit + 1}`,
      params.values,
    ),
  );
  return toConnection(
    ConnectionClass,
    rows,
    limit,
    (u) => [u.name, u.id],
    async () => (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM users u WHERE ${where.join(' AND ')}`, countParams))[0].n,
    !!args.after,
  );
}

/** The manager must exist, be active, be a MANAGER or ADMIN, and (for an existing user) not sit below them. */
async function checkManager(em: EntityManager, managerId: string, userId: string | null): Promise<void> {
  const field = 'input.managerId';
  if (!isUuid(managerId)) throw badInput(field, msg('users.unknownManager'));
  if (managerId === userId) throw badInput(field, msg('users.userCannotManageThemselves'));
  const rows = await em.query(`SELECT role, active FROM users WHERE id = $1`, [managerId]);
  if (!rows.length) throw badInput(field, msg('users.unknownManager'));
  if (!rows[0].active) throw badInput(field, msg('users.managerDeactivated'));
  if (rows[0].role !== 'MANAGER' && rows[0].role !== 'ADMIN') throw badInput(field, msg('users.managerManagerAdmin'));
  if (userId && (await isInTeam(em, userId, managerId))) {
    throw badInput(field, msg('users.newManagerReportsUser'));
  }
}

const cleanName = (field: string, v: string | null | undefined) => text(field, v, { max: 50, label: '姓名', required: true });

function cleanUserEmail(field: string, v: string | null | undefined) {
  const e = cleanEmail(field, v === undefined || v === null ? v : normalizeEmail(v));
  if (e === null) throw badInput(field, msg('users.emailRequired'));
  return e;
}

function rethrowUniqueEmail(err: unknown): never {
  if ((err as { code?: string }).code === '23505' && (err as { constraint?: string }).constraint === 'users_email_key') {
    throw conflict(msg('users.emailAlreadyUse'), { field: 'input.email' });
  }
  throw err;
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<User> {
  const actor = requireUser(ctx);
  assertCan(actor, 'users.manage');
  const name = cleanName('input.name', input.name)!;
  const email = cleanUserEmail('input.email', input.email)!;
  const phone = phoneNumber('input.phone', input.phone, '电话') ?? null;
  assertPasswordPolicy('input.password', input.password);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  const id = await ctx.dataSource
    .transaction(async (em) => {
      await lockHierarchy(em);
      if (input.managerId) await checkManager(em, input.managerId, null);
      const user = em.getRepository(User).create({
        name,
        email,
        phone,
        role: input.role,
        managerId: input.managerId ?? null,
        passwordHash,
        // An admin-given password is known to the admin: the user replaces it at first sign-in.
        mustChangePassword: true,
      });
      await em.getRepository(User).insert(user);
      await writeChangeLog(em, {
        customerId: null,
        entityType: 'User',
        entityId: user.id,
        action: 'CREATE',
        actorId: actor.id,
        at: now,
        changes: diffFields(null, logRecord(user), USER_LOG_FIELDS),
      });
      return user.id;
    })
    .catch(rethrowUniqueEmail);
  return loadUser(ctx.dataSource.manager, id);
}

export async function updateUser(ctx: Context, id: string, version: number, input: UpdateUserInput): Promise<User> {
  const actor = requireUser(ctx);
  assertCan(actor, 'users.manage');
  const changes: Partial<User> = {};
  if (input.name !== undefined) changes.name = cleanName('input.name', input.name)!;
  if (input.email !== undefined) changes.email = cleanUserEmail('input.email', input.email)!;
  if (input.phone !== undefined) changes.phone = phoneNumber('input.phone', input.phone, '电话') ?? null;
  if (input.role !== undefined) {
    if (input.role === null) throw badInput('input.role', msg('users.roleCannotNull'));
    changes.role = input.role;
  }
  if (input.managerId !== undefined) changes.managerId = input.managerId;
  const now = ctx.clock.now();
  await ctx.dataSource
    .transaction(async (em) => {
      await lockHierarchy(em);
      const before = await loadUser(em, id, true);
      if (before.version !== version) throw staleVersion('用户', before.version);
      if (changes.managerId) await checkManager(em, changes.managerId, id);
      if (id === actor.id && changes.role && changes.role !== 'ADMIN') {
        throw badInput('input.role', msg('users.youCannotRemoveYour'));
      }
      const after = { ...before, ...changes } as User;
      const diff = diffFields(logRecord(before), logRecord(after), USER_LOG_FIELDS);
      if (!diff.length) return;
      await em.getRepository(User).update({ id }, { ...changes, version: before.version + 1, updatedAt: now });
      await writeChangeLog(em, {
        customerId: null,
        entityType: 'User',
        entityId: id,
        action: 'UPDATE',
        actorId: actor.id,
        at: now,
        changes: diff,
      });
    })
    .catch(rethrowUniqueEmail);
  return loadUser(ctx.dataSource.manager, id);
}

/**
 * 离职: deactivates a user. Refused while they still own customers unless `receiverId` names who takes them;
 * then everything moves in the same transaction. Bumping token_version ends every session at once.
 */
export async function deactivateUser(
  ctx: Context,
  id: string,
  receiverId: string | null | undefined,
): Promise<{ user: User; moved: MoveResult | null }> {
  const actor = requireUser(ctx);
  assertCan(actor, 'users.manage');
  if (id === actor.id) throw badInput('id', msg('users.youCannotDeactivateYourself'));
  const now = ctx.clock.now();
  const moved = await ctx.dataSource.transaction(async (em) => {
    const before = await loadUser(em, id, true);
    if (!before.active) throw conflict(msg('users.userAlreadyDeactivated'));
    let result: MoveResult | null = null;
    let receiverName: string | null = null;
    if (receiverId) {
      if (receiverId === id) throw badInput('receiverId', msg('users.receiverSomeoneElse'));
      const receiver = isUuid(receiverId) ? await em.query(`SELECT active, name FROM users WHERE id = $1`, [receiverId]) : [];
      if (!receiver.length || !receiver[0].active) throw badInput('receiverId', msg('users.receiverNotFoundDeactivated'));
      receiverName = receiver[0].name as string;
      result = await moveCustomers(em, {
        fromUserId: id,
        toUserId: receiverId,
        customerIds: null,
        actorId: actor.id,
        at: now,
        note: noteOf(msg('changeLog.userLeft', { name: before.name })),
      });
    } else {
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM customers WHERE owner_id = $1`, [id]);
      if (n > 0) {
        throw conflict(msg('users.userStillOwnsCustomers', { n }), {
          field: 'receiverId',
          reason: 'OWNS_CUSTOMERS',
          customerCount: n,
        });
      }
    }
    await em.query(
      `UPDATE users SET active = false, token_version = token_version + 1, version = version + 1, updated_at = $2 WHERE id = $1`,
      [id, now],
    );
    await writeChangeLog(em, {
      customerId: null,
      entityType: 'User',
      entityId: id,
      action: 'DEACTIVATE',
      actorId: actor.id,
      at: now,
      changes: [{ field: 'active', before: { value: true }, after: { value: false } }],
      note: receiverName ? noteOf(msg('changeLog.customersHandedTo', { name: receiverName })) : null,
    });
    return result;
  });
  publishRevocation(ctx.pubSub, { userId: id }); // closes their open sockets and those of their keys
  return { user: await loadUser(ctx.dataSource.manager, id), moved };
}

/** Ends every session of the caller (token version bump) and closes their open sockets on every replica. */
export async function signOutEverywhere(ctx: Context): Promise<boolean> {
  const user = requireUser(ctx);
  await ctx.dataSource.query(`UPDATE users SET token_version = token_version + 1 WHERE id = $1`, [user.id]);
  publishRevocation(ctx.pubSub, { userId: user.id });
  return true;
}

/** Grants or revokes the export permission of one user (admins). */
export async function setExportPermission(ctx: Context, id: string, allowed: boolean): Promise<User> {
  const actor = requireUser(ctx);
  assertCan(actor, 'users.manage');
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (em) => {
    const before = await loadUser(em, id, true);
    if (before.canExport === allowed) return;
    await em.query(`UPDATE users SET can_export = $2, version = version + 1, updated_at = $3 WHERE id = $1`, [id, allowed, now]);
    await writeChangeLog(em, {
      customerId: null,
      entityType: 'User',
      entityId: id,
      action: allowed ? 'GRANT_EXPORT' : 'REVOKE_EXPORT',
      actorId: actor.id,
      at: now,
      changes: [{ field: 'canExport', before: { value: before.canExport }, after: { value: allowed } }],
    });
  });
  return loadUser(ctx.dataSource.manager, id);
}

/** Lifts a sign-in lock before it runs out (admins). */
export async function unlockUser(ctx: Context, id: string): Promise<User> {
  const actor = requireUser(ctx);
  assertCan(actor, 'users.manage');
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (em) => {
    await loadUser(em, id, true);
    await em.query(`UPDATE users SET failed_login_count = 0, first_failed_login_at = NULL, locked_until = NULL WHERE id = $1`, [id]);
    await writeChangeLog(em, { customerId: null, entityType: 'User', entityId: id, action: 'UNLOCK', actorId: actor.id, at: now });
  });
  return loadUser(ctx.dataSource.manager, id);
}

/** Recent sign-ins: your own, or anyone's for admins. */
export async function listSignIns(
  ctx: Context,
  userId: string | null | undefined,
  first: number | null | undefined,
): Promise<UserSignIn[]> {
  const actor = requireUser(ctx);
  const id = userId ?? actor.id;
  if (id !== actor.id && !can(actor, 'users.manage')) throw forbidden(msg('users.youCanOnlySee'));
  if (!isUuid(id)) throw notFound('用户', id);
  const limit = pageSize(first);
  const rows = await ctx.dataSource.query(
    `SELECT at, ip, user_agent AS "userAgent", new_ip AS "newIp", new_device AS "newDevice" FROM user_sign_ins WHERE user_id = $1 ORDER BY at DESC, id DESC LIMIT ${limit}`,
    [id],
  );
  return rows;
}
