/**
 * 自动分级 by more than amount. The grade starts from the 12-month signed amount (gradeForAmount, the admin
 * thresholds), then two admin-set factors may move it one step each:
 *   1. tenure: a customer whose first signed order is at least `tenureMonths` months old moves up one grade
 *      (never above VIP); 0 turns it off;
 *   2. credit: a customer whose credit rating is worse than `minCredit` moves down one grade (never below
 *      POTENTIAL); 'C' turns it off (nothing is worse than C).
 * A grade set by hand (pinned) is never changed by this rule; the API only regrades unpinned customers.
 */
import { CREDIT_RATINGS, type CreditRating } from './credit-rating.js';
import type { CustomerGrade } from './customer-enums.js';
import { formatYuan } from './format/people.js';
import { DEFAULT_GRADE_THRESHOLDS, gradeForAmount, type GradeThresholds } from './grading.js';
import { ENUM_LABELS } from './labels.js';
import type { FieldError } from './validation.js';

export interface GradeFactors {
  /** Move up one grade after this many months since the first order; 0 = off (0–600). */
  tenureMonths: number;
  /** Move down one grade when the credit rating is worse than this; 'C' = off. */
  minCredit: CreditRating;
}

export const DEFAULT_GRADE_FACTORS: Readonly<GradeFactors> = Object.freeze({ tenureMonths: 0, minCredit: 'C' });

/** Highest first, as the grade steps go. */
const LADDER: CustomerGrade[] = ['POTENTIAL', 'NORMAL', 'IMPORTANT', 'VIP'];
const step = (g: CustomerGrade, by: 1 | -1): CustomerGrade => LADDER[Math.min(LADDER.length - 1, Math.max(0, LADDER.indexOf(g) + by))];

/** `date` minus `months` calendar months, the day clamped to the month's length ('2026-03-31' − 1 → '2026-02-28'). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const idx = y * 12 + (m - 1) - months;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export interface GradeFacts {
  /** Signed amount of the last 12 months (decimal string). */
  amount12m: string;
  /** Business date of the first signed order; null when none. */
  firstOrderDate: string | null;
  credit: CreditRating;
  /** Today (business date). */
  today: string;
}

export interface GradeDecision {
  grade: CustomerGrade;
  /** The grade from the amount alone. */
  base: CustomerGrade;
  tenureUp: boolean;
  creditDown: boolean;
  reason: string;
  reasonEn: string;
}

/** The grade of one customer by amount, tenure and credit (see above), with its reason in both languages. */
export function gradeFor(
  f: GradeFacts,
  thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS,
  factors: GradeFactors = DEFAULT_GRADE_FACTORS,
): GradeDecision {
  const base = gradeForAmount(f.amount12m, thresholds);
  const tenureUp = factors.tenureMonths > 0 && f.firstOrderDate !== null && f.firstOrderDate <= monthsBefore(f.today, factors.tenureMonths);
  const creditDown = CREDIT_RATINGS.indexOf(f.credit) > CREDIT_RATINGS.indexOf(factors.minCredit);
  let grade = base;
  if (tenureUp) grade = step(grade, 1);
  if (creditDown) grade = step(grade, -1);
  const zh = (g: CustomerGrade) => ENUM_LABELS.CustomerGrade[g]['zh-CN'];
  const en = (g: CustomerGrade) => ENUM_LABELS.CustomerGrade[g].en;
  const partsZh = [`近 12 个月签约 ${formatYuan(f.amount12m)} → ${zh(base)}`];
  const partsEn = [`signed ${formatYuan(f.amount12m)} in 12 months → ${en(base)}`];
  if (tenureUp) {
    partsZh.push(`首单 ${f.firstOrderDate} 起合作满 ${factors.tenureMonths} 个月, 升一级`);
    partsEn.push(`customer since ${f.firstOrderDate} (${factors.tenureMonths}+ months), up one grade`);
  }
  if (creditDown) {
    partsZh.push(`信用 ${f.credit} 级低于 ${factors.minCredit} 级, 降一级`);
    partsEn.push(`credit ${f.credit} below ${factors.minCredit}, down one grade`);
  }
  const en0 = partsEn.join('; ');
  return {
    grade,
    base,
    tenureUp,
    creditDown,
    reason: `${partsZh.join('; ')} = ${zh(grade)}`,
    reasonEn: `${en0.charAt(0).toUpperCase()}${en0.slice(1)} = ${en(grade)}`,
  };
}

/** Validates admin-entered factors; fields 'tenureMonths' | 'minCredit'. Messages are "中文 (English)". */
export function gradeFactorProblems(f: GradeFactors): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(f.tenureMonths) || f.tenureMonths < 0 || f.tenureMonths > 600)
    errors.push({ field: 'tenureMonths', message: '合作月数必须是 0 到 600 之间的整数 (months must be 0–600)' });
  if (!CREDIT_RATINGS.includes(f.minCredit))
    errors.push({ field: 'minCredit', message: '信用等级必须是 A、B 或 C (rating must be A, B or C)' });
  return errors;
}
