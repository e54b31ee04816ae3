/**
 * 客户等级 from the amount of contracts signed in the last GRADING_WINDOW_MONTHS (12) months, with
 * admin-configurable thresholds. Source table: VIP > 50万, 重要 10–50万, 普通 1–10万, 潜在 < 1万. Read at
 * the boundaries: exactly 500,000 is IMPORTANT (10–50万 includes 50万; VIP is strictly more), exactly
 * 100,000 is IMPORTANT (the higher band wins where two ranges touch), exactly 10,000 is NORMAL. So:
 *   amount > vip -> VIP; amount >= important -> IMPORTANT; amount >= normal -> NORMAL; else POTENTIAL
 * (the same CASE the API's nightly regrading runs in SQL).
 */
import type { CustomerGrade } from './customer-enums.js';
import type { FieldError } from './validation.js';
import { MONEY_MAX_FEN, formatMoney, parseMoney, tryParseMoney } from './money.js';

/** Months of signed contracts that decide the grade. */
export const GRADING_WINDOW_MONTHS = 12;

export interface GradeThresholds {
  /** VIP when the amount is strictly greater than this. */
  vip: string;
  /** IMPORTANT when the amount is at least this (and not VIP). */
  important: string;
  /** NORMAL when the amount is at least this (and not higher); below it, POTENTIAL. Must be > 0. */
  normal: string;
}

export const DEFAULT_GRADE_THRESHOLDS: Readonly<GradeThresholds> = Object.freeze({
  vip: '500000.00',
  important: '100000.00',
  normal: '10000.00',
});

/** The grade for a yearly signed amount (decimal string). Throws MoneyFormatError for invalid amounts. */
export function gradeForAmount(amount: string, thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS): CustomerGrade {
  const fen = parseMoney(amount);
  if (fen > parseMoney(thresholds.vip)) return 'VIP';
  if (fen >= parseMoney(thresholds.important)) return 'IMPORTANT';
  if (fen >= parseMoney(thresholds.normal)) return 'NORMAL';
  return 'POTENTIAL';
}

const LABELS: Record<keyof GradeThresholds, string> = { vip: 'VIP 阈值', important: '重要客户阈值', normal: '普通客户阈值' };

/**
 * Checks admin-entered thresholds: each a valid amount within numeric(14,2) and greater than 0, strictly
 * descending (vip > important > normal). Returns field errors named 'vip' | 'important' | 'normal',
 * empty when valid; messages are "中文 (English)".
 */
export function gradeThresholdProblems(t: GradeThresholds): FieldError[] {
  const errors: FieldError[] = [];
  const fen: Partial<Record<keyof GradeThresholds, bigint>> = {};
  for (const key of ['vip', 'important', 'normal'] as const) {
    const v = tryParseMoney(t[key]);
    if (v === null) errors.push({ field: key, message: `${LABELS[key]}格式不正确，应为最多两位小数的金额 (not an amount)` });
    else if (v <= 0n) errors.push({ field: key, message: `${LABELS[key]}必须大于 0 (must be greater than zero)` });
    else if (v > MONEY_MAX_FEN) errors.push({ field: key, message: `${LABELS[key]}超出允许范围 (too large)` });
    else fen[key] = v;
  }
  if (fen.vip !== undefined && fen.important !== undefined && fen.vip <= fen.important) {
    errors.push({ field: 'vip', message: `VIP 阈值必须高于重要客户阈值 ${formatMoney(fen.important)} (vip must be above important)` });
  }
  if (fen.important !== undefined && fen.normal !== undefined && fen.important <= fen.normal) {
    errors.push({
      field: 'important',
      message: `重要客户阈值必须高于普通客户阈值 ${formatMoney(fen.normal)} (important must be above normal)`,
    });
  }
  return errors;
}

/** Same as gradeThresholdProblems. */
export const validateGradeThresholds = gradeThresholdProblems;

const CADENCE_DAYS: Record<CustomerGrade, number> = { VIP: 7, IMPORTANT: 15, NORMAL: 30, POTENTIAL: 90 };

/**
 * Follow-up cadence in days per grade (每周 1 次 / 每月 2 次 / 每月 1 次 / 每季度 1 次): VIP 7,
 * IMPORTANT 15, NORMAL 30, POTENTIAL 90. A grade-based "due for follow-up" date is
 * addDays(lastFollowUpDate, followUpCadenceDays(grade)).
 */
export function followUpCadenceDays(grade: CustomerGrade): number {
  const days = CADENCE_DAYS[grade];
  if (days === undefined) throw new RangeError(`Unknown customer grade: ${String(grade)}`);
  return days;
}
