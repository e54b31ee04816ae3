/**
 * 信用评级 from payment behaviour (source: 无逾期记录为 A 级，逾期 ≤ 30 天为 B 级，> 30 天为 C 级).
 * The input is the worst (largest) number of days any receivable of the customer has been overdue.
 */
import { daysBetween } from './business-time.js';

export const CreditRating = { A: 'A', B: 'B', C: 'C' } as const;
export type CreditRating = (typeof CreditRating)[keyof typeof CreditRating];
export const CREDIT_RATINGS: readonly CreditRating[] = ['A', 'B', 'C'];

/** Overdue beyond this many days rates C. */
export const CREDIT_B_MAX_OVERDUE_DAYS = 30;

/**
 * 0 (or null/undefined: nothing receivable) -> A, 1..30 -> B, > 30 -> C. Throws RangeError for negative,
 * NaN or infinite input.
 */
export function creditRating(maxOverdueDays: number | null | undefined): CreditRating {
  if (maxOverdueDays === null || maxOverdueDays === undefined) return 'A';
  if (!Number.isFinite(maxOverdueDays) || maxOverdueDays < 0) {
    throw new RangeError(`maxOverdueDays must be a finite number >= 0, got ${maxOverdueDays}`);
  }
  if (maxOverdueDays === 0) return 'A';
  return maxOverdueDays <= CREDIT_B_MAX_OVERDUE_DAYS ? 'B' : 'C';
}

/**
 * Days a payment due on `dueDate` is overdue on `today` (business dates 'YYYY-MM-DD'); 0 when not yet
 * overdue. Due today is not overdue; due yesterday is 1 day overdue.
 */
export function overdueDays(dueDate: string, today: string): number {
  return Math.max(0, daysBetween(dueDate, today));
}
