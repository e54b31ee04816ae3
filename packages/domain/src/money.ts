/**
 * Money is a decimal string ("12345.67") everywhere outside the database and is never turned into a JS
 * number: binary floats cannot hold 0.1 exactly and silently lose cents above 2^53 fen. Arithmetic and
 * comparison go through BigInt counts of fen (分, hundredths of a yuan).
 */
import { DomainRuleError } from './errors.js';

/** Largest amount a PostgreSQL numeric(14,2) column holds. */
export const MONEY_MAX = '999999999999.99';
/** MONEY_MAX in fen. */
export const MONEY_MAX_FEN = 99999999999999n;

// Plain decimal only: optional minus, digits, optional point with 1-2 digits. No "+", no exponent, no
// thousands separators, no ".5" or "5." — the GraphQL scalar and forms must send canonical text.
const MONEY_RE = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** Thrown by parseMoney; `code` is INVALID_MONEY. */
export class MoneyFormatError extends DomainRuleError {
  constructor(input: string) {
    super('INVALID_MONEY', `金额格式不正确：“${input}”（应为数字，最多两位小数）`);
    this.name = 'MoneyFormatError';
  }
}

/** Fen for a decimal string, or null when it is not one. Surrounding whitespace is ignored. */
export function tryParseMoney(s: string): bigint | null {
  if (typeof s !== 'string') return null;
  const m = MONEY_RE.exec(s.trim());
  if (!m) return null;
  const [, minus, whole, frac = ''] = m;
  const fen = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0') || '0');
  return minus ? -fen : fen;
}

/**
 * Fen for a decimal string: "12" -> 1200n, "12.3" -> 1230n, "-0.05" -> -5n. Negative amounts parse (use
 * isNonNegativeMoney / validateMoney to forbid them); more than two decimals, exponents, "NaN" and other
 * garbage throw MoneyFormatError. There is no range check here: see validateMoney.
 */
export function parseMoney(s: string): bigint {
  const fen = tryParseMoney(s);
  if (fen === null) throw new MoneyFormatError(String(s));
  return fen;
}

/** Canonical text with exactly two decimals: 1230n -> "12.30", -5n -> "-0.05", 0n -> "0.00". */
export function formatMoney(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${yuan}.${cents}`;
}

/** Fen for a decimal string, or null when invalid: the same as tryParseMoney (the name the API uses). */
export const moneyToFen = tryParseMoney;

/** Canonical text for fen: the same as formatMoney (the name the API uses). */
export const fenToMoney = formatMoney;

/** Canonical text of a valid amount (" 12.3 " -> "12.30"), or null when it is not one. */
export function normalizeMoney(s: string): string | null {
  const fen = tryParseMoney(s);
  return fen === null ? null : formatMoney(fen);
}

/** What is wrong with an input amount, as a stable code. */
export type MoneyProblem = 'INVALID' | 'NEGATIVE' | 'ZERO' | 'TOO_LARGE';

/**
 * The problem of an amount typed by a user, or null when it is acceptable. By default an amount must be
 * positive (contracts, plans and receipts are > 0); `allowZero` accepts 0, `allowNegative` accepts < 0.
 * Checked in the order INVALID, NEGATIVE, ZERO, TOO_LARGE (beyond numeric(14,2), either sign).
 */
export function moneyProblem(value: string, opts: { allowZero?: boolean; allowNegative?: boolean } = {}): MoneyProblem | null {
  const fen = tryParseMoney(value);
  if (fen === null) return 'INVALID';
  if (fen < 0n && !opts.allowNegative) return 'NEGATIVE';
  if (fen === 0n && !opts.allowZero) return 'ZERO';
  if (fen > MONEY_MAX_FEN || fen < -MONEY_MAX_FEN) return 'TOO_LARGE';
  return null;
}

/** The user-facing message for a MoneyProblem, Chinese with an English gloss: "合同金额不能为负数 (must not be negative)". */
export function moneyProblemMessage(label: string, problem: MoneyProblem): string {
  switch (problem) {
    case 'INVALID':
      return `${label}格式不正确，应为最多两位小数的数字 (not an amount with at most 2 decimals)`;
    case 'NEGATIVE':
      return `${label}不能为负数 (must not be negative)`;
    case 'ZERO':
      return `${label}必须大于 0 (must be greater than zero)`;
    case 'TOO_LARGE':
      return `${label}不能超过 ${MONEY_MAX} (too large)`;
  }
}

/** -1, 0 or 1, like a sort comparator: compareMoney("10", "9.99") === 1. Throws on invalid input. */
export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  const x = parseMoney(a);
  const y = parseMoney(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a + b as canonical text ("0.10" + "0.20" === "0.30"). */
export function addMoney(a: string, b: string): string {
  return formatMoney(parseMoney(a) + parseMoney(b));
}

/** a - b as canonical text; e.g. receivable = subtractMoney(signed, received). */
export function subtractMoney(a: string, b: string): string {
  return formatMoney(parseMoney(a) - parseMoney(b));
}

/** Sum of amounts as canonical text ("0.00" for an empty list). Prefer SUM() in SQL over loading rows. */
export function sumMoney(amounts: readonly string[]): string {
  let total = 0n;
  for (const a of amounts) total += parseMoney(a);
  return formatMoney(total);
}

/**
 * amount × percent / 100, rounded half away from zero to the fen: the weighted (expected) value of an
 * opportunity, percentOfMoney("1000.00", 60) === "600.00". `percent` must be an integer 0..100.
 */
export function percentOfMoney(amount: string, percent: number): string {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new DomainRuleError('INVALID_PERCENT', '百分比必须是 0 到 100 之间的整数');
  }
  const fen = parseMoney(amount) * BigInt(percent);
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const rounded = (abs + 50n) / 100n;
  return formatMoney(neg ? -rounded : rounded);
}

/** True for a valid amount >= 0; false for negative or invalid text. */
export function isNonNegativeMoney(s: string): boolean {
  const fen = tryParseMoney(s);
  return fen !== null && fen >= 0n;
}

export interface MoneyRules {
  /** Inclusive lower bound, e.g. "0.01" for "must be positive". */
  min?: string;
  /** Inclusive upper bound; defaults to MONEY_MAX (and can never exceed what numeric(14,2) holds). */
  max?: string;
  /** Negative amounts are refused unless this is true. */
  allowNegative?: boolean;
  /** Chinese name of the field used in messages; defaults to 金额. */
  label?: string;
}

/**
 * Null when `value` is an acceptable amount, otherwise a Chinese message for the user. Checks, in order:
 * present, format (<= 2 decimals), sign, min, max (default MONEY_MAX), and the numeric(14,2) range.
 */
export function validateMoney(value: string | null | undefined, rules: MoneyRules = {}): string | null {
  const label = rules.label ?? '金额';
  if (value === null || value === undefined || String(value).trim() === '') return `请输入${label}`;
  const fen = tryParseMoney(value);
  if (fen === null) return `${label}格式不正确，请输入数字，最多两位小数`;
  if (fen < 0n && !rules.allowNegative) return `${label}不能为负数`;
  if (rules.min !== undefined && fen < parseMoney(rules.min)) return `${label}不能小于 ${formatMoney(parseMoney(rules.min))}`;
  const max = rules.max !== undefined ? parseMoney(rules.max) : MONEY_MAX_FEN;
  if (fen > max || fen > MONEY_MAX_FEN) {
    return `${label}不能超过 ${formatMoney(max < MONEY_MAX_FEN ? max : MONEY_MAX_FEN)}`;
  }
  if (fen < -MONEY_MAX_FEN) return `${label}不能小于 -${MONEY_MAX}`;
  return null;
}
