import {
  MIN_INDEXED_QUERY_LENGTH,
  SEARCH_SEPARATOR,
  bigrams,
  buildSearchGrams,
  buildSearchIndex,
  buildSearchText,
  containsChinese,
  escapeLike,
  pinyinInitials,
  queryGrams,
  searchLikePattern,
  searchNormalize,
} from './search-text';

/** What the database does: GIN containment, then the LIKE recheck. */
function matches(parts: string[], q: string): boolean {
  const grams = new Set(buildSearchGrams(parts));
  const needle = searchNormalize(q);
  if (!needle) return false;
  return queryGrams(q).every((g) => grams.has(g)) && buildSearchText(parts).includes(needle);
}

describe('searchNormalize', () => {
  it('folds width, case, script and drops whitespace and punctuation', () => {
    expect(searchNormalize(' ＡＢＣ 科技 ')).toBe('abc科技');
    expect(searchNormalize('北京（科技）有限公司')).toBe('北京科技有限公司');
    expect(searchNormalize('華為')).toBe('华为');
    expect(searchNormalize('138-1234 5678')).toBe('13812345678');
    expect(searchNormalize('a\u0001b')).toBe('ab');
    expect(searchNormalize('')).toBe('');
  });
});

describe('bigrams', () => {
  it('gives distinct overlapping pairs of the normalised text', () => {
    expect(bigrams('北京科技')).toEqual(['北京', '京科', '科技']);
    expect(bigrams('哈哈哈')).toEqual(['哈哈']);
    expect(bigrams('Ab C')).toEqual(['ab', 'bc']);
  });

  it('gives nothing for texts shorter than two characters', () => {
    expect(bigrams('北')).toEqual([]);
    expect(bigrams('')).toEqual([]);
    expect(bigrams(' 北 ')).toEqual([]);
  });

  it('counts characters outside the BMP as one', () => {
    expect(bigrams('𠀋京')).toEqual(['𠀋京']);
  });
});

describe('pinyinInitials', () => {
  it('gives the initials of Chinese characters and keeps ASCII letters and digits', () => {
    expect(pinyinInitials('北京科技')).toBe('bjkj');
    expect(pinyinInitials('ABC科技1号')).toBe('abckj1h');
    expect(pinyinInitials('北京（科技）')).toBe('bjkj');
    expect(pinyinInitials('重庆银行')).toBe('cqyh');
    expect(pinyinInitials('張偉')).toBe('zw'); // traditional characters too
    expect(pinyinInitials('')).toBe('');
  });

  it('detects Chinese text', () => {
    expect(containsChinese('abc')).toBe(false);
    expect(containsChinese('abc科')).toBe(true);
  });
});

describe('buildSearchGrams / buildSearchText / queryGrams', () => {
  const parts = ['北京科技有限公司', '张伟', '13812345678', 'zhangwei@example.com'];

  it('stores the union of text bigrams and initials bigrams, without duplicates', () => {
    const grams = buildSearchGrams(parts);
    expect(grams).toEqual(expect.arrayContaining(['北京', '科技', '张伟', '13', '78', 'bj', 'jk', 'zw', 'ex', 'co']));
    expect(new Set(grams).size).toBe(grams.length);
    expect(buildSearchGrams(['北'])).toEqual([]);
    expect(buildSearchGrams([null, undefined, ''])).toEqual([]);
  });

  it('builds both columns in one pass, consistent with the single-column helpers', () => {
    const index = buildSearchIndex(parts);
    expect(index.text).toBe(buildSearchText(parts));
    expect(index.grams).toEqual(buildSearchGrams(parts));
    expect(index.grams).toEqual([...index.grams].sort());
  });

  it('joins parts and initials with a separator a query cannot contain', () => {
    expect(buildSearchText(['北京科技', null, 'ABC'])).toBe(['北京科技', 'abc', 'bjkj'].join(SEARCH_SEPARATOR));
    expect(buildSearchText([])).toBe('');
  });

  it('finds two-character Chinese queries, initials, phone fragments', () => {
    expect(queryGrams('科技')).toEqual(['科技']);
    expect(matches(parts, '科技')).toBe(true);
    expect(matches(parts, '张伟')).toBe(true);
    expect(matches(parts, 'bjkj')).toBe(true);
    expect(matches(parts, 'zw')).toBe(true);
    expect(matches(parts, '1234')).toBe(true);
    expect(matches(parts, '138-1234')).toBe(true);
    expect(matches(parts, '北京 科技')).toBe(true);
    expect(matches(parts, '北京科技有限')).toBe(true);
  });

  it('does not match across parts or out of order', () => {
    expect(matches(parts, '公司张伟')).toBe(false); // end of one part + start of the next
    expect(matches(parts, '科北')).toBe(false);
    expect(matches(parts, '技京')).toBe(false);
    // grams all present but not contiguous: only the LIKE recheck rejects it
    const p = ['京技京北京'];
    expect(queryGrams('北京技京').every((g) => buildSearchGrams(p).includes(g))).toBe(true);
    expect(matches(p, '北京技京')).toBe(false);
  });

  it('returns no grams for one-character queries (LIKE alone serves them)', () => {
    expect(queryGrams('科')).toEqual([]);
    expect(MIN_INDEXED_QUERY_LENGTH).toBe(2);
  });
});

describe('LIKE helpers', () => {
  it('escapes wildcards and builds a contains-pattern', () => {
    expect(escapeLike('50%_\\')).toBe('50\\%\\_\\\\');
    expect(searchLikePattern(' 科技 ')).toBe('%科技%');
    expect(searchLikePattern('  ')).toBeNull();
  });
});
