/**
 * Company-name normalisation for duplicate detection: two spellings of one legal name must give the same
 * key, so the key can carry a unique index ("客户名称唯一"). Steps, in order:
 *   1. NFKC (full-width letters, digits and brackets become ASCII) and lower case;
 *   2. traditional -> simplified characters (see traditional-chars.ts);
 *   3. strip legal-form suffixes from the end, repeatedly: 股份有限公司, 有限责任公司, 有限公司, 股份公司,
 *      总公司, 公司, 有限合伙/普通合伙/特殊普通合伙, and co., ltd / ltd / limited / inc / corp / corporation /
 *      company / co / llc / plc / gmbh / pte (as whole words, so "Costco" keeps its "co");
 *   4. remove all whitespace, punctuation and symbols (ASCII and CJK: （）【】，。、·－— …).
 * Decisions: "集团" is kept (XX集团 and XX有限公司 are usually different legal entities); "分公司" is kept,
 * because a branch is a customer of its own; a name is never stripped down to nothing.
 */
import { toSimplified } from './traditional-chars.js';

const JUNK = String.raw`[\s\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}]`;
const TRAILING_JUNK = new RegExp(`${JUNK}+$`, 'u');
const ALL_JUNK = new RegExp(JUNK, 'gu');

// Longest first, so 股份有限公司 is not taken for 有限公司 + a leftover 股份.
const CHINESE_SUFFIXES = ['股份有限公司', '有限责任公司', '特殊普通合伙', '有限公司', '股份公司', '普通合伙', '有限合伙', '总公司', '公司'];
const CHINESE_SUFFIX_RES = CHINESE_SUFFIXES.map((suffix) => {
  // Tolerate separators inside the suffix ("有限 公司", "有限（公司）"). "公司" after "分" is a branch: keep it.
  const body = [...suffix].join(`${JUNK}*`);
  return new RegExp(suffix === '公司' ? `(?<!分${JUNK}*)${body}$` : `${body}$`, 'u');
});

// English legal forms as whole words: not preceded by a Latin letter or digit.
const ENGLISH_SUFFIX_RE = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Nd}])(?:co${JUNK}*ltd|company|corporation|corp|incorporated|inc|limited|ltd|llc|plc|gmbh|pte|co)$`,
  'u',
);

function compact(s: string): string {
  return s.replace(ALL_JUNK, '');
}

/**
 * The duplicate-detection key of a company name: '北京科技有限公司', '北京 科技 股份有限公司',
 * '北京科技（有限公司）' and '北京科技有限責任公司' all give '北京科技'; 'ＡＢＣ科技' gives 'abc科技'.
 */
export function normalizeCompanyName(name: string): string {
  let s = toSimplified(name.normalize('NFKC').toLowerCase());
  for (;;) {
    s = s.replace(TRAILING_JUNK, '');
    let stripped: string | null = null;
    for (const re of CHINESE_SUFFIX_RES) {
      if (re.test(s)) {
        stripped = s.replace(re, '');
        break;
      }
    }
    if (stripped === null && ENGLISH_SUFFIX_RE.test(s)) stripped = s.replace(ENGLISH_SUFFIX_RE, '');
    // Stop when nothing matched, or when stripping would leave nothing ("有限公司" alone stays itself).
    if (stripped === null || compact(stripped) === '') break;
    s = stripped;
  }
  return compact(s);
}
