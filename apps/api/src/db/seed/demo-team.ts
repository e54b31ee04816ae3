import type { EntityManager } from 'typeorm';
import { DEFAULT_POOL_RULES, savePoolRules } from '../../modules/pool/pool.rules';
import type { User } from '../../modules/users/user.entity';

const DAY = 86400_000;

/**
 * The team side of the demo: pool rules, why the pool customers are there (released and reclaimed, with
 * reasons in the change log and pool moves), a few customers shared between colleagues (read-only,
 * read-write, one expiring), a sign-in history, and export granted to one salesperson.
 * The hierarchy itself (director → manager → three salespeople) comes from demo-users.
 */
export async function seedDemoTeam(em: EntityManager, users: Record<string, User>, now: Date): Promise<void> {
  await savePoolRules(
    em,
    { ...DEFAULT_POOL_RULES, maxCustomersPerUser: 200, grades: [{ grade: 'VIP', noFollowUpDays: 60, notWonWithinDays: null }] },
    users.admin.id,
    now,
  );

  // Explain the pool customers: alternately released by a salesperson and reclaimed by the 30-day rule.
  const pooled: { id: string }[] = await em.query(`SELECT id FROM customers WHERE owner_id IS NULL AND deleted_at IS NULL ORDER BY name`);
  const sellers = [users.sales1, users.sales2, users.sales3];
  for (const [i, { id }] of pooled.entries()) {
    const from = sellers[i % sellers.length];
    const at = new Date(now.getTime() - (5 + i * 3) * DAY);
    const released = i % 2 === 0;
    const reason = released ? '客户暂无采购计划，退回公海 (no purchase plan)' : '连续 30 天未跟进，自动收回公海 (no follow-up for 30 days)';
    await em.query(`INSERT INTO pool_moves (customer_id, from_user_id, kind, rule, reason, at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      from.id,
      released ? 'RELEASE' : 'RECLAIM',
      released ? null : 'NO_FOLLOW_UP',
      reason,
      at,
    ]);
    await em.query(
      `INSERT INTO change_logs (customer_id, entity_type, entity_id, action, actor_id, at, changes, note) VALUES ($1, 'Customer', $1, $2, $3, $4, $5::jsonb, $6)`,
      [
        id,
        released ? 'RELEASE' : 'RECLAIM',
        released ? from.id : null,
        at,
        JSON.stringify([{ field: 'ownerId', before: { value: from.id }, after: { value: null } }]),
        reason,
      ],
    );
  }

  // Shares: sales1 lets sales2 read two customers, sales2 lets sales3 work on one, and one share ends next week.
  const owned = async (user: User, n: number): Promise<string[]> =>
    (await em.query(`SELECT id FROM customers WHERE owner_id = $1 AND deleted_at IS NULL ORDER BY name LIMIT $2`, [user.id, n])).map(
      (r: { id: string }) => r.id,
    );
  const shares: [string, User, User, boolean, Date | null][] = [];
  const [a, b] = await owned(users.sales1, 2);
  const [c] = await owned(users.sales2, 1);
  const [d] = await owned(users.sales3, 1);
  if (a) shares.push([a, users.sales1, users.sales2, false, null]);
  if (b) shares.push([b, users.sales1, users.sales2, false, new Date(now.getTime() + 7 * DAY)]);
  if (c) shares.push([c, users.sales2, users.sales3, true, null]);
  if (d) shares.push([d, users.sales3, users.service, false, null]);
  for (const [customerId, by, to, canEdit, expiresAt] of shares) {
    await em.query(
      `INSERT INTO customer_shares (customer_id, user_id, can_edit, expires_at, shared_by_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [customerId, to.id, canEdit, expiresAt, by.id, new Date(now.getTime() - 2 * DAY)],
    );
  }

  await em.query(`UPDATE users SET can_export = true WHERE id = $1`, [users.sales1.id]);
  await em.query(
    `INSERT INTO user_sign_ins (user_id, at, ip, user_agent, new_ip, new_device) VALUES
       ($1, $2, '114.88.10.21', 'Mozilla/5.0 (Windows NT 10.0) Chrome/120', false, false),
       ($1, $3, '223.104.3.7', 'Mozilla/5.0 (iPhone) MicroMessenger/8.0', true, true)`,
    [users.sales1.id, new Date(now.getTime() - 3 * DAY), new Date(now.getTime() - DAY)],
  );
}
