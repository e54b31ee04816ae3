import type { EntityManager } from 'typeorm';
import { badInput } from '../../graphql/errors';
import { Tag } from './tag.entity';

/** Trims, drops empties and case-insensitive repeats; refuses over-long names. */
export function cleanTagNames(names: string[], field = 'tags'): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  names.forEach((raw, i) => {
    const name = raw.trim();
    if (!name) return;
    if ([...name].length > 30) throw badInput(`${field}.${i}`, `标签不能超过 30 个字符 (tag too long)`);
    if (!seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      out.push(name);
    }
  });
  if (out.length > 50) throw badInput(field, '一次最多 50 个标签 (at most 50 tags)');
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
