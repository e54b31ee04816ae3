import type { DataSource, EntityManager } from 'typeorm';
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
  const rows: {
    id: string;
    name: string;
    email: string | null;
    contacts: { name: string; mobile: string | null; phone: string | null; email: string | null }[];
  }[] = await em.query(
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

/**
 * WHERE fragment for the search box over customers alias `c`; null when the query is blank. It also finds a
 * customer by the start of its number (客户编号).
 * `likeOnly` leaves out the bigram condition, for a frequent term whose plan walks the sort order instead
 * (customer.list.ts): LIKE alone is exact, the bigrams only let the GIN index find the rows.
 */
export function searchPredicate(q: string, params: SqlParams, opts: { likeOnly?: boolean } = {}): string | null {
  const needle = searchNormalize(q);
  if (!needle) return null;
  const like = `${params.p('%' + escapeLike(needle) + '%')}`;
  const grams = queryGrams(q);
  // A one-character query has no bigram: it scans, which is acceptable for the rare single-character search.
  const text =
    grams.length && !opts.likeOnly
      ? `(c.search_grams @> ${params.p(grams)}::text[] AND c.search_text LIKE ${like})`
      : `c.search_text LIKE ${like}`;
  // 客户编号: a term with a digit and no space may be (the start of) a number, e.g. KH-2026-000123 or kh-2026.
  const term = q.trim();
  return /\d/.test(term) && !/\s/.test(term) && term.length <= 40
    ? `(${text} OR upper(c.number) LIKE ${params.p(escapeLike(term.toUpperCase()) + '%')})`
    : text;
}

/**
 * A term in at least this share of customers is frequent: a page of its matches in the sort order is found by
 * walking about 20 / share index entries, fewer than the matches a bigram lookup would fetch and sort
 * (a trade word such as 科技 is in one name in seven: 20 of a salesperson's 700 matches).
 */
export const FREQUENT_TERM_SHARE = 0.05;
const STATS_TTL_MS = 10 * 60_000;

interface GramStats {
  at: number;
  share: Map<string, number>;
}
const gramStats = new WeakMap<DataSource, GramStats>();

/**
 * The estimated share of customers a search term matches, from PostgreSQL's own statistics of the bigram
 * column (pg_stats.most_common_elems, refreshed by ANALYZE): the share of its rarest bigram. A bigram not
 * in that list is rarer than every one in it: 0. A one-character term has no bigram: 1 (it scans anyway).
 * Read at most once per ten minutes per process, so a search costs one statement more only then.
 */
export async function searchTermShare(ds: DataSource, q: string, now = Date.now()): Promise<number> {
  const grams = queryGrams(q);
  if (!grams.length) return 1;
  let stats = gramStats.get(ds);
  if (!stats || now - stats.at > STATS_TTL_MS) {
    const [row] = await ds.query(
      `SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs
         FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'customers' AND attname = 'search_grams'`,
    );
    const share = new Map<string, number>();
    const elems: string[] = row?.elems ?? [];
    const freqs: number[] = row?.freqs ?? [];
    elems.forEach((g, i) => share.set(g, freqs[i]));
    stats = { at: now, share };
    gramStats.set(ds, stats);
  }
  return Math.min(...grams.map((g) => stats!.share.get(g) ?? 0));
}

/** Forget the cached statistics (tests that change the data and ANALYZE). */
export function forgetSearchStats(ds: DataSource): void {
  gramStats.delete(ds);
}
