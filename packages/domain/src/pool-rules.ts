/**
 * 公海 (customer pool) rules: when an owned customer goes back to the pool, and who may claim one.
 *
 * Reclaim rules (each a number of days; null switches it off):
 * - NO_FOLLOW_UP: no follow-up for `noFollowUpDays` (default 30, "连续 30 天未跟进（可配置）"), counted from
 *   the later of the assignment and the last follow-up — a follow-up logged before the current owner got
 *   the customer does not shorten the new owner's period;
 * - NOT_WON: not won within `notWonWithinDays` of assignment (default off); WON customers are exempt.
 * `perGrade` overrides either number for a grade (e.g. `{ VIP: { noFollowUpDays: null } }` never
 * reclaims VIPs for silence). Days are 24-hour periods from the instant (Asia/Shanghai has no DST, so this
 * equals calendar days there), matching SQL `greatest(assigned_at, last_follow_up_at) + interval 'N days'`.
 * Pool customers (no owner) and deactivated customers are never due.
 *
 * Claim rules: `maxCustomersPerUser` caps how many customers one user may own (null = no cap);
 * `claimCooldownDays` stops a user from re-claiming a customer that left them for the pool within that
 * many days (default 7; without it, a reclaim is undone by an immediate claim and the rule means nothing).
 */
import type { CustomerGrade, CustomerStatus, CustomerType } from './customer-enums';
import type { RuleViolation } from './errors';
import type { FieldError } from './validation';

const DAY_MS = 86_400_000;
/** Upper bound accepted for any day count in the rules (10 years). */
export const POOL_MAX_DAYS = 3650;

export interface PoolGradeRule {
  noFollowUpDays?: number | null;
  notWonWithinDays?: number | null;
}

export interface PoolRules {
  noFollowUpDays: number;
  notWonWithinDays: number | null;
  perGrade?: Partial<Record<CustomerGrade, PoolGradeRule>>;
  maxCustomersPerUser: number | null;
  claimCooldownDays: number;
}

export const DEFAULT_POOL_RULES: Readonly<PoolRules> = Object.freeze({
  noFollowUpDays: 30,
  notWonWithinDays: null,
  perGrade: {},
  maxCustomersPerUser: null,
  claimCooldownDays: 7,
});

/** What reclaimDue needs to know about a customer. */
export interface PoolCandidate {
  grade: CustomerGrade | null;
  type: CustomerType;
  ownerId: string | null;
  /** When the current owner got the customer (created, assigned, claimed or reassigned). */
  assignedAt: Date;
  lastFollowUpAt: Date | null;
  status?: CustomerStatus;
}

export type ReclaimRule = 'NO_FOLLOW_UP' | 'NOT_WON';

export interface ReclaimDue {
  dueAt: Date;
  rule: ReclaimRule;
}

/** The day counts that apply to a grade after per-grade overrides (null = rule off). */
export function effectivePoolRule(
  grade: CustomerGrade | null,
  rules: PoolRules,
): { noFollowUpDays: number | null; notWonWithinDays: number | null } {
  const override = (grade && rules.perGrade?.[grade]) || {};
  return {
    noFollowUpDays: override.noFollowUpDays !== undefined ? override.noFollowUpDays : rules.noFollowUpDays,
    notWonWithinDays: override.notWonWithinDays !== undefined ? override.notWonWithinDays : rules.notWonWithinDays,
  };
}

/**
 * The earliest moment the customer becomes reclaimable and the rule that causes it, or null when no rule
 * applies. On a tie NO_FOLLOW_UP is reported.
 */
export function reclaimDue(customer: PoolCandidate, rules: PoolRules): ReclaimDue | null {
  if (customer.ownerId === null || customer.ownerId === undefined) return null;
  if (customer.status === 'DEACTIVATED') return null;
  const { noFollowUpDays, notWonWithinDays } = effectivePoolRule(customer.grade, rules);
  const assigned = customer.assignedAt.getTime();
  const candidates: ReclaimDue[] = [];
  if (noFollowUpDays !== null) {
    const last = Math.max(assigned, customer.lastFollowUpAt?.getTime() ?? assigned);
    candidates.push({ dueAt: new Date(last + noFollowUpDays * DAY_MS), rule: 'NO_FOLLOW_UP' });
  }
  if (notWonWithinDays !== null && customer.type !== 'WON') {
    candidates.push({ dueAt: new Date(assigned + notWonWithinDays * DAY_MS), rule: 'NOT_WON' });
  }
  if (!candidates.length) return null;
  return candidates.reduce((a, b) => (b.dueAt.getTime() < a.dueAt.getTime() ? b : a));
}

/** Whether the customer is due to go back to the pool at `now`. */
export function isReclaimable(customer: PoolCandidate, rules: PoolRules, now: Date): boolean {
  const due = reclaimDue(customer, rules);
  return due !== null && due.dueAt.getTime() <= now.getTime();
}

/** When to warn the owner that the customer will go to the pool: `warnDays` days before it does. */
export function warningAt(dueAt: Date, warnDays = 3): Date {
  return new Date(dueAt.getTime() - warnDays * DAY_MS);
}

/** What checkClaim needs to know about the claiming user and the customer. */
export interface ClaimContext {
  /** Customers the user owns now. */
  ownedCount: number;
  /** When this customer last left this same user for the pool (released or reclaimed), if ever. */
  lastLeftClaimerAt: Date | null;
}

/** Null when the user may claim the customer now, otherwise why not (code + Chinese message). */
export function checkClaim(ctx: ClaimContext, rules: PoolRules, now: Date): RuleViolation | null {
  if (rules.maxCustomersPerUser !== null && ctx.ownedCount >= rules.maxCustomersPerUser) {
    return {
      code: 'CLAIM_LIMIT_REACHED',
      message: `您名下已有 ${ctx.ownedCount} 个客户，已达上限 ${rules.maxCustomersPerUser} 个，不能继续领取`,
    };
  }
  if (ctx.lastLeftClaimerAt && rules.claimCooldownDays > 0) {
    const until = ctx.lastLeftClaimerAt.getTime() + rules.claimCooldownDays * DAY_MS;
    if (now.getTime() < until) {
      const days = Math.ceil((until - now.getTime()) / DAY_MS);
      return {
        code: 'CLAIM_COOLDOWN',
        message: `该客户从您名下退回公海未满 ${rules.claimCooldownDays} 天，${days} 天后才能再次领取`,
      };
    }
  }
  return null;
}

function checkDays(field: string, value: unknown, label: string, opts: { nullable: boolean; min: number; max: number }): FieldError | null {
  if (value === null && opts.nullable) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < opts.min || value > opts.max) {
    return { field, message: `${label}必须是 ${opts.min} 到 ${opts.max} 之间的整数${opts.nullable ? '，或留空表示不启用' : ''}` };
  }
  return null;
}

/** Field errors for admin-entered pool rules (empty when valid). */
export function validatePoolRules(rules: PoolRules): FieldError[] {
  const days = { min: 1, max: POOL_MAX_DAYS };
  const errors = [
    checkDays('noFollowUpDays', rules.noFollowUpDays, '未跟进回收天数', { ...days, nullable: false }),
    checkDays('notWonWithinDays', rules.notWonWithinDays, '未成交回收天数', { ...days, nullable: true }),
    checkDays('maxCustomersPerUser', rules.maxCustomersPerUser, '每人客户上限', { min: 1, max: 1_000_000, nullable: true }),
    checkDays('claimCooldownDays', rules.claimCooldownDays, '重复领取间隔天数', { min: 0, max: POOL_MAX_DAYS, nullable: false }),
  ];
  for (const [grade, rule] of Object.entries(rules.perGrade ?? {})) {
    if (!rule) continue;
    if (rule.noFollowUpDays !== undefined) {
      errors.push(checkDays(`perGrade.${grade}.noFollowUpDays`, rule.noFollowUpDays, '未跟进回收天数', { ...days, nullable: true }));
    }
    if (rule.notWonWithinDays !== undefined) {
      errors.push(checkDays(`perGrade.${grade}.notWonWithinDays`, rule.notWonWithinDays, '未成交回收天数', { ...days, nullable: true }));
    }
  }
  return errors.filter((e): e is FieldError => e !== null);
}
