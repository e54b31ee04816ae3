/**
 * 合同编号规则: a pattern such as HT-{YYYY}-{SEQ4} with tokens {YYYY} {YY} {MM} {DD} and exactly one {SEQn}
 * (the sequence, zero-padded to n digits, restarting for each rendered prefix, e.g. every year).
 */
export const DEFAULT_CONTRACT_NUMBER_PATTERN = 'HT-{YYYY}-{SEQ4}';

const TOKEN = /\{(YYYY|YY|MM|DD|SEQ(\d)?)\}/g;

/** Why a pattern is unusable, or null. */
export function contractPatternProblem(pattern: string): string | null {
  if (!pattern.trim() || pattern.length > 40) return '合同编号规则不能为空且不超过 40 个字符 (pattern must be 1–40 characters)';
  if ([...pattern.matchAll(/\{SEQ\d?\}/g)].length !== 1)
    return '合同编号规则须包含一个 {SEQ4} 之类的序号 (pattern needs exactly one {SEQn})';
  if (/[{}]/.test(pattern.replace(TOKEN, ''))) return '合同编号规则只支持 {YYYY} {YY} {MM} {DD} {SEQn} (unknown token)';
  return null;
}

/** The pattern for a business date: `scope` (the number with '#' for the sequence: the counter key) and `format(seq)`. */
export function renderContractNumber(pattern: string, date: string): { scope: string; format(seq: number): string } {
  const [y, m, d] = date.split('-');
  const fill = (seq: string) =>
    pattern.replace(TOKEN, (_, token: string, width?: string) => {
      if (token === 'YYYY') return y;
      if (token === 'YY') return y.slice(2);
      if (token === 'MM') return m;
      if (token === 'DD') return d;
      return seq === '#' ? '#' : seq.padStart(Number(width ?? 1), '0');
    });
  return { scope: fill('#'), format: (seq) => fill(String(seq)) };
}
