import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode, badInput, notFound, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { requireUser } from '../access/current-user';
import { editableCustomerSql } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import { writeChangeLog, type ChangeLogEntry } from '../audit/change-log.service';
import { Tag } from './tag.entity';

/** Trims, drops empties and case-insensitive repeats; refuses over-long names. */
export function cleanTagNames(names: string[], field = 'tags'): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  names.forEach((raw, i) => {
    const name = raw.trim();
    if (!name) return;
    if ([...name].length > 30) throw badInput(`${field}.${i}`, msg('tags.tagTooLong'));
    if (!seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      out.push(name);
    }
  });
  if (out.length > 50) throw badInput(field, msg('tags.mostTags'));
  return out;
}

/** The tags with these names, creating missing ones (race-safe: ON CONFLICT on the case-insensitive name). */
export async function upsertTags(em: EntityManager, names: string[]): Promise<Tag[]> {
  if (!names.length) return [];
  await em.query(`INSERT INTO tags (name) SELECT unnest($1::text[]) ON CONFLICT (lower(name)) DO NOTHING`, [names]);
  return em.query(`SELECT id, name, color, created_at AS "createdAt" FROM tags WHERE lower(name) = ANY($1::text[])`, [
    names.map((n) => n.toLowerCase()),
  ]);
}

/** Adds tags to a customer; returns the names actually added. */
export async function addCustomerTags(em: EntityManager, customerId: string, names: string[]): Promise<string[]> {
  const tags = await upsertTags(em, names);
  const rows: { name: string }[] = await em.query(
    `WITH ins AS (INSERT INTO customer_tags (customer_id, tag_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING tag_id)
     SELECT t.name FROM ins JOIN tags t ON t.id = ins.tag_id`,
    [customerId, tags.map((t) => t.id)],
  );
  return rows.map((r) => r.name);
}

/** Removes tags from a customer; returns the names actually removed. */
export async function removeCustomerTags(em: EntityManager, customerId: string, names: string[]): Promise<string[]> {
  const rows: { name: string }[] = await em.query(
    `WITH del AS (DELETE FROM customer_tags ct USING tags t WHERE ct.tag_id = t.id AND ct.customer_id = $1 AND lower(t.name) = ANY($2::text[]) RETURNING t.name)
     SELECT name FROM del`,
    [customerId, names.map((n) => n.toLowerCase())],
  );
  return rows.map((r) => r.name);
}

/**
 * Deletes a tag everywhere: it leaves every customer that carried it (each gets a TAG_REMOVE change-log line)
 * and the catalogue. Needs `tag.edit`, and — since the tag is shared — every customer carrying it must be in the
 * caller's edit scope (an admin's is everyone); otherwise FORBIDDEN and nothing changes.
 */
export async function deleteTag(ctx: Context, id: string): Promise<{ id: string; name: string; customersUntagged: number }> {
  const user = requireUser(ctx);
  assertCan(user, 'tag.edit');
  if (!isUuid(id)) throw notFound('标签', id);
  return ctx.dataSource.transaction(async (em) => {
    const [tag]: { id: string; name: string }[] = await em.query(`SELECT id, name FROM tags WHERE id = $1 FOR UPDATE`, [id]);
    if (!tag) throw notFound('标签', id);
    const params = new SqlParams();
    params.p(id);
    const [{ n }] = await em.query(
      `SELECT count(*)::int AS n FROM customer_tags ct JOIN customers c ON c.id = ct.customer_id WHERE ct.tag_id = $1 AND NOT (${editableCustomerSql(user, 'c', params)})`,
      params.values,
    );
    if (n > 0) {
      throw new AppError(ErrorCode.FORBIDDEN, msg('tags.tagCustomersYouMay', { name: tag.name, n }), { customers: n });
    }
    // TypeORM answers a DELETE … RETURNING with [rows, affected].
    const [untagged]: [{ customer_id: string }[], number] = await em.query(
      `DELETE FROM customer_tags WHERE tag_id = $1 RETURNING customer_id`,
      [id],
    );
    await em.query(`DELETE FROM tags WHERE id = $1`, [id]);
    const at = ctx.clock.now();
    const entries: ChangeLogEntry[] = untagged.map((r) => ({
      customerId: r.customer_id,
      entityType: 'Customer',
      entityId: r.customer_id,
      action: 'TAG_REMOVE',
      actorId: user.id,
      at,
      changes: [{ field: 'tags', before: { value: [tag.name] }, after: null }],
      note: '标签已删除 (tag deleted)',
    }));
    for (let i = 0; i < entries.length; i += 1000) await writeChangeLog(em, ...entries.slice(i, i + 1000));
    return { id: tag.id, name: tag.name, customersUntagged: untagged.length };
  });
}
