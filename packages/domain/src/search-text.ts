/**
 * Building blocks for the search box, built so that two-character Chinese queries ("科技", "张伟") use an
 * index. Trigram indexes cannot serve a two-character term, so each row stores:
 *
 *   search_text  text    the normalised parts and the pinyin initials of the Chinese ones, joined by
 *                        SEARCH_SEPARATOR (U+0001), which searchNormalize removes from queries, so a LIKE
 *                        match can never span two parts;
 *   search_grams text[]  buildSearchGrams(parts), under a GIN index.
 *
 * and a query q of two or more characters runs as
 *
 *   WHERE search_grams @> $grams::text[]          -- $grams = queryGrams(q): the index narrows to candidates
 *     AND search_text LIKE $pattern                 -- $pattern = searchLikePattern(q): exact substring recheck
 *
 * Every bigram of a substring is a bigram of the text, so the index never loses a true match; the LIKE
 * recheck removes rows that have the grams in the wrong places. A one-character query has no bigram
 * (queryGrams returns []; `@> '{}'` is true for every row): run the LIKE alone for it.
 *
 * Normalisation (same for stored text and queries): NFKC, lower case, traditional -> simplified, and no
 * whitespace, punctuation or symbols, so "138-1234" finds 13812345678 and "北京（科技）" finds 北京科技.
 * Pinyin initials make "bjkj" find 北京科技 and "zw" find 张伟.
 */
import { pinyin } from 'pinyin-pro';
import { toSimplified } from './traditional-chars.js';

/** Joins parts in search_text; never survives searchNormalize, so a query cannot contain it. */
export const SEARCH_SEPARATOR = '\u0001';
/** Same as SEARCH_SEPARATOR (the name the API used first). */
export const SEPARATOR = SEARCH_SEPARATOR;
/** Shortest query that the bigram index can serve. */
export const MIN_INDEXED_QUERY_LENGTH = 2;

const STRIP_RE = /[\s\p{P}\p{S}\p{Z}\p{C}]/gu;
const HAN_RE = /\p{Script=Han}/u;
const INITIAL_RE = /^[a-z0-9]+$/;

/** The comparable form of a text or a query (see the module comment). */
export function searchNormalize(s: string): string {
  if (typeof s !== 'string') return '';
  return toSimplified(s.normalize('NFKC').toLowerCase()).replace(STRIP_RE, '');
}

/** Whether a text contains Chinese (Han) characters. */
export function containsChinese(s: string): boolean {
  return HAN_RE.test(s);
}

/** Distinct overlapping pairs of an already-normalised text, added to `into`. */
function addBigrams(normalised: string, into: Set<string>): void {
  const chars = [...normalised];
  for (let i = 0; i + 1 < chars.length; i++) into.add(chars[i] + chars[i + 1]);
}

/**
 * The distinct overlapping two-character grams of the normalised text, in order of first occurrence:
 * bigrams('北京科技') = ['北京', '京科', '科技']. A text of fewer than two characters yields [].
 * Characters are code points, so a rare CJK character outside the BMP is one character.
 */
export function bigrams(s: string): string[] {
  const grams = new Set<string>();
  addBigrams(searchNormalize(s), grams);
  return [...grams];
}

/**
 * Pinyin initials, one per Chinese character, with ASCII letters and digits kept (lower-cased) and
 * everything else skipped: '北京科技' -> 'bjkj', 'ABC科技1号' -> 'abckj1h', '重庆银行' -> 'cqyh' (pinyin-pro
 * reads polyphonic characters in context). Characters without a known reading are skipped.
 */
export function pinyinInitials(s: string): string {
  if (typeof s !== 'string' || s === '') return '';
  const text = toSimplified(s.normalize('NFKC').toLowerCase());
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' })
    .map((p) => p.toLowerCase())
    .filter((p) => INITIAL_RE.test(p))
    .join('');
}

export interface SearchIndex {
  /** For the `search_text` column (LIKE recheck). */
  text: string;
  /** For the `search_grams` column (GIN index), sorted. */
  grams: string[];
}

/**
 * Both stored columns for a row made of several searchable parts (name, contacts' names, phones,
 * emails …) in one pass — pinyin is the costly step, so this is the one to use when writing rows:
 * - text: each normalised part, then the pinyin initials of each part with Chinese, joined by
 *   SEARCH_SEPARATOR; empty parts are left out;
 * - grams: the distinct, sorted union of the bigrams of those same pieces. Grams never span two parts.
 */
export function buildSearchIndex(parts: readonly (string | null | undefined)[]): SearchIndex {
  const texts: string[] = [];
  const initials: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    const n = searchNormalize(part);
    if (n) texts.push(n);
    if (containsChinese(part)) {
      const i = pinyinInitials(part);
      if (i) initials.push(i);
    }
  }
  const pieces = [...texts, ...initials];
  const grams = new Set<string>();
  for (const piece of pieces) addBigrams(piece, grams);
  return { text: pieces.join(SEARCH_SEPARATOR), grams: [...grams].sort() };
}

/** The `search_grams` value of buildSearchIndex. */
export function buildSearchGrams(parts: readonly (string | null | undefined)[]): string[] {
  return buildSearchIndex(parts).grams;
}

/** The `search_text` value of buildSearchIndex. */
export function buildSearchText(parts: readonly (string | null | undefined)[]): string {
  return buildSearchIndex(parts).text;
}

/** The grams every matching row must contain: the bigrams of the normalised query ([] below 2 characters). */
export function queryGrams(q: string): string[] {
  return bigrams(q);
}

/** Escapes LIKE wildcards (for the default escape character, backslash). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/** '%<normalised query>%' with wildcards escaped, for `search_text LIKE $1`; null for a blank query. */
export function searchLikePattern(q: string): string | null {
  const n = searchNormalize(q);
  return n ? `%${escapeLike(n)}%` : null;
}
