import type { EntityManager } from 'typeorm';
import { normalizeCompanyName } from '@kehu/domain';
import { SqlParams } from '../../db/sql';
import { AppError, ErrorCode } from '../../graphql/errors';
import { readableCustomerSql } from '../access/customer-scope';
import type { User } from '../users/user.entity';
import type { DuplicateCandidate } from './customer.types';

/**
 * Names at least this similar (pg_trgm, on normalised names) are shown as possible duplicates: a typo or a
 * word more or less. It matches pg_trgm.similarity_threshold set on every connection (db/data-source.ts),
 * which is what lets the trigram index answer `%` without visiting half the table.
 */
const SIMILAR = 0.6;

/**
 * Existing live customers that look like (name, phones): the same normalised name, a similar one, or a
 * contact with one of the phones. Anyone may learn that a duplicate exists and who holds it — that is what
 * stops two salespeople working the same company — but `visible` says whether they may open it.
 */
export async function findDuplicates(
  em: EntityManager,
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
    branches.push(`SELECT id, 'SAME_NAME' AS reason, 2.0 AS score FROM customers WHERE name_key = ${k} AND deleted_at IS NULL`);
    if ([...key].length >= 2) {
      branches.push(
        `SELECT id, 'SIMILAR_NAME', similarity(name_key, ${k}) FROM customers
          WHERE name_key % ${k} AND name_key <> ${k} AND deleted_at IS NULL AND similarity(name_key, ${k}) >= ${SIMILAR}`,
        // The same brand without region and trade words (北京华丰科技 ~ 深圳华丰电子): kehu_name_core, migration 1763901000000.
        `SELECT id, 'SIMILAR_NAME', ${SIMILAR}::float8 FROM customers
          WHERE kehu_name_core(name_key) = kehu_name_core(${k}) AND name_key <> ${k} AND deleted_at IS NULL`,
      );
    }
  }
  if (phones.length) {
    const ph = params.p(phones);
    branches.push(
      `SELECT DISTINCT k.customer_id AS id, 'SAME_PHONE' AS reason, 1.5 AS score FROM contacts k JOIN customers c2 ON c2.id = k.customer_id AND c2.deleted_at IS NULL
        WHERE k.mobile = ANY(${ph}::text[]) OR k.phone = ANY(${ph}::text[])`,
    );
  }
  const exclude = input.excludeIds?.length ? `WHERE m.id <> ALL(${params.p(input.excludeIds)}::uuid[])` : '';
  const visible = readableCustomerSql(user, 'c', params);
  const rows: { id: string; name: string; owner_id: string | null; reasons: string[]; visible: boolean }[] = await em.query(
    `SELECT c.id, c.name, c.owner_id, m.reasons, (${visible}) AS visible
       FROM (SELECT id, array_agg(DISTINCT reason) AS reasons, max(score) AS score FROM (${branches.join(' UNION ALL ')}) x GROUP BY id) m
       JOIN customers c ON c.id = m.id ${exclude}
      ORDER BY m.score DESC, c.name LIMIT ${limit}`,
    params.values,
  );
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
  const why = exact.reasons.includes('SAME_NAME') ? '同名客户' : '相同电话的客户';
  throw new AppError(
    ErrorCode.DUPLICATE,
    `已存在${why}「${exact.name}」，负责人：${owner?.name ?? '公海'} (duplicate of an existing customer)`,
    {
      field: exact.reasons.includes('SAME_NAME') ? 'input.name' : 'input.contact.mobile',
      existingCustomerId: exact.customerId,
      existingOwnerId: exact.ownerId,
      existingOwnerName: owner?.name ?? null,
      reasons: exact.reasons,
    },
  );
}
