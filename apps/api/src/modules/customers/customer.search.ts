import type { EntityManager } from 'typeorm';
import { buildSearchIndex, queryGrams, searchNormalize } from '@kehu/domain';
import type { SqlParams } from '../../db/sql';

/**
 * Search: each customer stores `search_text` (normalised name, contacts' names, phones, emails and the pinyin
 * initials of the Chinese ones) and `search_grams`, its character bigrams, under a GIN index. A query of two
 * or more characters must contain all its bigrams (index) and then match as a substring (recheck), so
 * "科技" or "张伟" is an index lookup, not a scan — trigram indexes cannot serve two characters.
 */
export async function refreshSearch(em: EntityManager, customerIds: string[]): Promise<void> {
  if (!customerIds.length) return;
  const rows: { id: string; name: string; email: string | null; contacts: { name: string; mobile: string | null; phone: string | null; email: string | null }[] }[] =
    await em.query(
      `SELECT c.id, c.name, c.email,
              COALESCE((SELECT json_agg(json_build_object('name', k.name, 'mobile', k.mobile, 'phone', k.phone, 'email', k.email))
                          FROM contacts k WHERE k.customer_id = c.id), '[]') AS contacts
         FROM customers c WHERE c.id = ANY($1::uuid[])`,
      [customerIds],
    );
  // One pass per row (pinyin is the costly part), then one UPDATE for all of them: an import refreshes
  // thousands of customers at once.
  const values = rows.map((row) => {
    const parts = [row.name, row.email, ...row.contacts.flatMap((k) => [k.name, k.mobile, k.phone, k.email])];
    const { text, grams } = buildSearchIndex(parts);
    return { id: row.id, t: text, g: grams };
  });
  if (!values.length) return;
  await em.query(
    `UPDATE customers c SET search_text = v.t, search_grams = ARRAY(SELECT json_array_elements_text(v.g))
       FROM json_to_recordset($1::json) AS v(id uuid, t text, g json)
      WHERE c.id = v.id`,
    [JSON.stringify(values)],
  );
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

/** WHERE fragment for the search box over customers alias `c`; null when the query is blank. */
export function searchPredicate(q: string, params: SqlParams): string | null {
  const needle = searchNormalize(q);
  if (!needle) return null;
  const like = `${params.p('%' + escapeLike(needle) + '%')}`;
  const grams = queryGrams(q);
  // A one-character query has no bigram: it scans, which is acceptable for the rare single-character search.
  return grams.length
    ? `(c.search_grams @> ${params.p(grams)}::text[] AND c.search_text LIKE ${like})`
    : `c.search_text LIKE ${like}`;
}
