import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { loadCustomerFor } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import { writeChangeLog } from '../audit/change-log.service';

/** A row of customer_shares as the API returns it. */
export interface ShareRow {
  customerId: string;
  userId: string;
  canEdit: boolean;
  expiresAt: Date | null;
  sharedById: string | null;
  createdAt: Date;
}

export const SHARE_COLUMNS = `s.customer_id AS "customerId", s.user_id AS "userId", s.can_edit AS "canEdit", s.expires_at AS "expiresAt",
  s.shared_by_id AS "sharedById", s.created_at AS "createdAt"`;

function cleanUserIds(userIds: string[]): string[] {
  if (!userIds?.length) throw badInput('userIds', msg('sharing.chooseLeastOneUser'));
  if (userIds.length > 50) throw badInput('userIds', msg('sharing.mostUsersOnce'));
  userIds.forEach((id, i) => {
    if (!isUuid(id)) throw badInput(`userIds.${i}`, msg('sharing.unknownUser'));
  });
  return [...new Set(userIds)];
}

async function currentShares(em: EntityManager, customerId: string): Promise<ShareRow[]> {
  return em.query(`SELECT ${SHARE_COLUMNS} FROM customer_shares s WHERE s.customer_id = $1 ORDER BY s.created_at, s.user_id`, [customerId]);
}

/**
 * 共享: gives colleagues read (or read-write) access to a customer, optionally until a time. Whoever controls
 * the customer (its owner, their managers, admins) may share it; a share recipient may not pass it on.
 * Sharing again with the same person replaces their access.
 */
export async function shareCustomer(
  ctx: Context,
  customerId: string,
  userIds: string[],
  canEdit: boolean,
  expiresAt: Date | null | undefined,
): Promise<ShareRow[]> {
  const user = requireUser(ctx);
  assertCan(user, 'customer.share');
  const ids = cleanUserIds(userIds);
  const now = ctx.clock.now();
  if (expiresAt && expiresAt <= now) throw badInput('expiresAt', msg('sharing.expiresatFuture'));
  return ctx.dataSource.transaction(async (em) => {
    const row = await loadCustomerFor(em, user, customerId, 'read');
    if (!row.owner_id) throw badInput('customerId', msg('sharing.poolCustomersCannotShared'));
    await loadCustomerFor(em, user, customerId, 'manage');
    const users: { id: string; active: boolean }[] = await em.query(`SELECT id, active FROM users WHERE id = ANY($1::uuid[])`, [ids]);
    ids.forEach((id, i) => {
      const u = users.find((x) => x.id === id);
      if (!u || !u.active) throw badInput(`userIds.${i}`, msg('sharing.unknownDeactivatedUser'));
      if (id === row.owner_id) throw badInput(`userIds.${i}`, msg('sharing.userOwnsCustomer'));
    });
    await em.query(
      `INSERT INTO customer_shares (customer_id, user_id, can_edit, expires_at, shared_by_id, created_at)
       SELECT $1, u, $3, $4, $5, $6 FROM unnest($2::uuid[]) AS u
       ON CONFLICT (customer_id, user_id) DO UPDATE SET can_edit = EXCLUDED.can_edit, expires_at = EXCLUDED.expires_at,
         shared_by_id = EXCLUDED.shared_by_id, created_at = EXCLUDED.created_at`,
      [customerId, ids, canEdit, expiresAt ?? null, user.id, now],
    );
    await writeChangeLog(em, {
      customerId,
      entityType: 'Customer',
      entityId: customerId,
      action: 'SHARE',
      actorId: user.id,
      at: now,
      changes: [
        { field: 'shares', before: null, after: { value: { userIds: ids, canEdit, expiresAt: expiresAt?.toISOString() ?? null } } },
      ],
      note: canEdit ? '共享（可编辑）(shared read-write)' : '共享（只读）(shared read-only)',
    });
    return currentShares(em, customerId);
  });
}

/** 取消共享: removes the access of the given users (they stop seeing the customer at once). */
export async function unshareCustomer(ctx: Context, customerId: string, userIds: string[]): Promise<ShareRow[]> {
  const user = requireUser(ctx);
  assertCan(user, 'customer.share');
  const ids = cleanUserIds(userIds);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (em) => {
    await loadCustomerFor(em, user, customerId, 'manage');
    const [removed] = await em.query(`DELETE FROM customer_shares WHERE customer_id = $1 AND user_id = ANY($2::uuid[]) RETURNING user_id`, [
      customerId,
      ids,
    ]);
    if (removed.length) {
      await writeChangeLog(em, {
        customerId,
        entityType: 'Customer',
        entityId: customerId,
        action: 'UNSHARE',
        actorId: user.id,
        at: now,
        changes: [{ field: 'shares', before: { value: { userIds: removed.map((r: { user_id: string }) => r.user_id) } }, after: null }],
      });
    }
    return currentShares(em, customerId);
  });
}
