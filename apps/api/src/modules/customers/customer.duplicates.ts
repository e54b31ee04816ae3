import { DataSource, EntityManager } from 'typeorm';
import { normalizeCompanyName } from '@kehu/domain';
import { preparedQuery } from '../../db/prepared';
import { SqlParams } from '../../db/sql';
import { AppError, ErrorCode, msg, P } from '../../graphql/errors';
import { readableCustomerSql } from '../access/customer-scope';
import type { User } from '../users/user.entity';
import type { DuplicateCandidate } from './customer.types';

/**
 * Existing live customers that look like (name, phones):
 * - SAME_NAME: the same normalised name (full/half width, punctuation, 有限公司 and the like, 繁/简 — @kehu/domain);
 * - SIMILAR_NAME: one character changed, added, dropped or moved (kehu_name_variants, migration 1763901200000),
 *   or the same brand without its region and trade words (kehu_name_core, migration 1763901000000);
 * - SAME_PHONE: a contact with one of the phones.
 * Anyone may learn that a duplicate exists and who holds it — that is what stops two salespeople working the
 * same company — but `visible` says whether they may open it.
 *
 * `db`: a DataSource runs it as a prepared statement, planned once (each branch is an index lookup whatever
 * the name; planning cost more than running); an EntityManager runs it inside that manager's transaction.
 */
export async function findDuplicates(
  db: DataSource | EntityManager,
  user: Pick<User, 'id' | 'role'>,
  input: { name?: string | null; phones?: (string | null | undefined)[]; excludeIds?: string[] },
  limit = 10,
): Promise<DuplicateCandidate[]> {
  const params = new SqlParams();
  const key = input.name ? normalizeCompanyName(input.name) : '';
  const phones = [...new Set((input.phones ?? []).filter((p): p is string => !!p))];
  if (!key && !phones.length) return [];
  const branches: string[] = [];
  if (key) {
    const k = params.p(key);
    branches.push(
      `SELECT id, name, owner_id, 'SAME_NAME' AS reason, 4 AS score FROM customers WHERE name_key = ${k} AND deleted_at IS NULL`,
    );
    branches.push(
      `SELECT id, name, owner_id, 'SIMILAR_NAME' AS reason, 2 AS score FROM customers
        WHERE kehu_name_variants(name_key) && kehu_name_variants(${k}) AND name_key <> ${k} AND deleted_at IS NULL`,
      `SELECT id, name, owner_id, 'SIMILAR_NAME' AS reason, 1 AS score FROM customers
        WHERE kehu_name_core(name_key) = kehu_name_core(${k}) AND name_key <> ${k} AND deleted_at IS NULL`,
    );
  }
  if (phones.length) {
    const ph = params.p(phones);
    branches.push(
      `SELECT DISTINCT c2.id, c2.name, c2.owner_id, 'SAME_PHONE' AS reason, 3 AS score FROM contacts k JOIN customers c2 ON c2.id = k.customer_id AND c2.deleted_at IS NULL
        WHERE k.mobile = ANY(${ph}::text[]) OR k.phone = ANY(${ph}::text[])`,
    );
  }
  const exclude = input.excludeIds?.length ? `WHERE x.id <> ALL(${params.p(input.excludeIds)}::uuid[])` : '';
  // The best `limit` first, from the rows the branches already read; visibility only for those.
  const top = `SELECT id, name, owner_id, array_agg(DISTINCT reason) AS reasons, max(score) AS score
                 FROM (${branches.join(' UNION ALL ')}) x ${exclude}
                GROUP BY id, name, owner_id ORDER BY max(score) DESC, name LIMIT ${limit}`;
  const visible = readableCustomerSql(user, 'c', params);
  const sql = `SELECT c.id, c.name, c.owner_id, c.reasons, (${visible}) AS visible FROM (${top}) c ORDER BY c.score DESC, c.name`;
  const rows: { id: string; name: string; owner_id: string | null; reasons: string[]; visible: boolean }[] =
    db instanceof DataSource ? await preparedQuery(db, sql, params.values) : await db.query(sql, params.values);
  return rows.map((r) => ({
    customerId: r.id,
    name: r.name,
    ownerId: r.owner_id,
    owner: null,
    reasons: r.reasons,
    exact: r.reasons.includes('SAME_NAME') || r.reasons.includes('SAME_PHONE'),
    visible: r.visible,
  }));
}

/** Refuses an exact duplicate with DUPLICATE, naming the existing customer and its owner. */
export async function assertNoExactDuplicate(
  em: EntityManager,
  user: Pick<User, 'id' | 'role'>,
  input: { name?: string | null; phones?: (string | null | undefined)[]; excludeIds?: string[] },
): Promise<void> {
  const exact = (await findDuplicates(em, user, input)).find((c) => c.exact);
  if (!exact) return;
  const owner: { name: string } | undefined = exact.ownerId
    ? (await em.query(`SELECT name FROM users WHERE id = $1`, [exact.ownerId]))[0]
    : undefined;
  const why = exact.reasons.includes('SAME_NAME') ? P.text('同名客户', 'the same name') : P.text('相同电话的客户', 'the same phone number');
  throw new AppError(
    ErrorCode.DUPLICATE,
    msg('common.duplicateCustomer', { why, name: exact.name, owner: owner?.name ?? P.text('公海', 'the pool') }),
    {
      field: exact.reasons.includes('SAME_NAME') ? 'input.name' : 'input.contact.mobile',
      existingCustomerId: exact.customerId,
      existingOwnerId: exact.ownerId,
      existingOwnerName: owner?.name ?? null,
      reasons: exact.reasons,
    },
  );
}
