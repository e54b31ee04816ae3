/**
 * Contract numbers from an admin-configured pattern such as "HT-{YYYY}-{SEQ4}" (合同编号规则).
 * Tokens: {YYYY} {YY} {MM} {DD} from the business date of creation, and exactly one {SEQn}: a sequence
 * zero-padded to n digits (1-9) that keeps counting past n digits rather than wrapping. The sequence
 * restarts for every distinct rendered prefix — the pattern with the date filled in and the sequence
 * replaced by '#' ("HT-2026-#") — so {YYYY} in the pattern means "restart every year". The API keeps one
 * counter row per scope.
 */
import { isValidDateString } from './business-time.js';

/** Longest pattern, and longest number it may render (both columns are varchar(40)). */
export const CONTRACT_NUMBER_MAX_LENGTH = 40;

const TOKEN_RE = /\{([^{}]*)\}/g;
const SEQ_RE = /^SEQ([1-9])$/;
const DATE_TOKENS = ['YYYY', 'YY', 'MM', 'DD'] as const;

/** Null when the pattern is usable, otherwise a "中文 (English)" reason. */
export function contractPatternProblem(pattern: string): string | null {
  if (typeof pattern !== 'string' || pattern.trim() === '') return '合同编号规则不能为空 (the pattern is required)';
  if (/[\s\p{Cc}]/u.test(pattern)) return '合同编号规则不能包含空格 (the pattern must not contain spaces)';
  if ([...pattern].length > CONTRACT_NUMBER_MAX_LENGTH) {
    return `合同编号规则不能超过 ${CONTRACT_NUMBER_MAX_LENGTH} 个字符 (the pattern is too long)`;
  }
  let seqCount = 0;
  let renderedLength = 0;
  for (const m of pattern.matchAll(TOKEN_RE)) {
    const token = m[1];
    const seq = SEQ_RE.exec(token);
    if (seq) {
      seqCount++;
      renderedLength += Number(seq[1]);
    } else if ((DATE_TOKENS as readonly string[]).includes(token)) {
      renderedLength += token.length;
    } else {
      return `合同编号规则中有未知的占位符 {${token}}，可用 {YYYY} {YY} {MM} {DD} {SEQn} (unknown token {${token}})`;
    }
  }
  const literal = pattern.replace(TOKEN_RE, '');
  if (/[{}]/.test(literal)) return '合同编号规则中的花括号不成对 (unbalanced braces in the pattern)';
  if (seqCount === 0) return '合同编号规则必须包含一个流水号 {SEQn}，如 {SEQ4} (the pattern needs one {SEQn} token)';
  if (seqCount > 1) return '合同编号规则只能包含一个流水号 {SEQn} (only one {SEQn} token is allowed)';
  if ([...literal].length + renderedLength > CONTRACT_NUMBER_MAX_LENGTH) {
    return `按此规则生成的合同编号会超过 ${CONTRACT_NUMBER_MAX_LENGTH} 个字符 (numbers would be too long)`;
  }
  return null;
}

export interface RenderedContractNumber {
  /** The counter scope: the pattern with the date filled in and the sequence as '#'. */
  scope: string;
  /** The number for a sequence value (a positive integer). */
  format(seq: number): string;
}

/**
 * Fills the date tokens of a valid pattern for a business date ('YYYY-MM-DD'):
 * renderContractNumber('HT-{YYYY}-{SEQ4}', '2026-03-05') gives scope 'HT-2026-#' and format(7) 'HT-2026-0007'.
 * Throws RangeError for an invalid pattern or date.
 */
export function renderContractNumber(pattern: string, date: string): RenderedContractNumber {
  const problem = contractPatternProblem(pattern);
  if (problem) throw new RangeError(problem);
  if (!isValidDateString(date)) throw new RangeError(`Not a valid date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
  const [yyyy, mm, dd] = date.split('-');
  const values: Record<string, string> = { YYYY: yyyy, YY: yyyy.slice(2), MM: mm, DD: dd };
  let width = 0;
  const SEQ_MARK = '\u0000';
  const template = pattern.replace(TOKEN_RE, (_, token: string) => {
    const seq = SEQ_RE.exec(token);
    if (seq) {
      width = Number(seq[1]);
      return SEQ_MARK;
    }
    return values[token];
  });
  return {
    scope: template.replace(SEQ_MARK, '#'),
    format(seq: number) {
      if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`The sequence must be a positive integer, got ${seq}`);
      return template.replace(SEQ_MARK, String(seq).padStart(width, '0'));
    },
  };
}
