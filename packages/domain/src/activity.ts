/**
 * 客户活跃度 (seed 001: 活跃 / 沉睡 / 流失). A customer's activity is read from the last time anything happened
 * with it — its latest follow-up, recorded visit, signed order (contract) or receipt, or its creation when
 * nothing has happened yet — against per-grade thresholds an admin sets:
 *   idle < dormantDays                 -> ACTIVE  活跃
 *   dormantDays <= idle < churnedDays  -> DORMANT 沉睡
 *   idle >= churnedDays                -> CHURNED 流失
 * where idle is the time since that moment in whole days (a day is 24 hours). The API evaluates the same
 * comparison in SQL (`last_contact_at <= now - dormantDays days`), so a list filter and the value shown agree.
 */
import type { CustomerGrade } from './customer-enums.js';
import type { FieldError } from './validation.js';

export const CUSTOMER_ACTIVITIES = ['ACTIVE', 'DORMANT', 'CHURNED'] as const;
export type CustomerActivity = (typeof CUSTOMER_ACTIVITIES)[number];

export const ACTIVITY_LABELS: Record<CustomerActivity, { zh: string; en: string }> = {
  ACTIVE: { zh: '活跃', en: 'Active' },
  DORMANT: { zh: '沉睡', en: 'Dormant' },
  CHURNED: { zh: '流失', en: 'Churned' },
};

export interface ActivityThreshold {
  /** Dormant (沉睡) after this many idle days (1–3650). */
  dormantDays: number;
  /** Churned (流失) after this many idle days; greater than dormantDays (≤ 3650). */
  churnedDays: number;
}

export type ActivityThresholds = Record<CustomerGrade, ActivityThreshold>;

const GRADES: CustomerGrade[] = ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'];

/** Defaults: a VIP is 沉睡 after 30 days without contact (seed 001's example), the lower grades later. */
export const DEFAULT_ACTIVITY_THRESHOLDS: Readonly<ActivityThresholds> = Object.freeze({
  VIP: { dormantDays: 30, churnedDays: 90 },
  IMPORTANT: { dormantDays: 45, churnedDays: 120 },
  NORMAL: { dormantDays: 60, churnedDays: 180 },
  POTENTIAL: { dormantDays: 90, churnedDays: 365 },
});

const DAY_MS = 86_400_000;

/** Whole days (24 h) from `since` to `now`; 0 when `since` is in the future. */
export function idleDays(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
}

/** The activity of a customer whose last contact (or creation) was `lastContactAt`. */
export function activityFor(
  lastContactAt: Date,
  grade: CustomerGrade,
  now: Date,
  thresholds: ActivityThresholds = DEFAULT_ACTIVITY_THRESHOLDS,
): CustomerActivity {
  const t = thresholds[grade];
  if (!t) throw new RangeError(`Unknown customer grade: ${String(grade)}`);
  const idle = now.getTime() - lastContactAt.getTime();
  if (idle >= t.churnedDays * DAY_MS) return 'CHURNED';
  if (idle >= t.dormantDays * DAY_MS) return 'DORMANT';
  return 'ACTIVE';
}

/** Validates admin-entered thresholds; field names like 'VIP.dormantDays'. Messages are "中文 (English)". */
export function activityThresholdProblems(t: ActivityThresholds): FieldError[] {
  const errors: FieldError[] = [];
  for (const grade of GRADES) {
    const g = t[grade];
    if (!g) {
      errors.push({ field: grade, message: `缺少等级 ${grade} 的阈值 (missing thresholds for ${grade})` });
      continue;
    }
    for (const key of ['dormantDays', 'churnedDays'] as const) {
      const v = g[key];
      if (!Number.isInteger(v) || v < 1 || v > 3650)
        errors.push({ field: `${grade}.${key}`, message: `天数必须是 1 到 3650 之间的整数 (days must be 1–3650)` });
    }
    if (Number.isInteger(g.dormantDays) && Number.isInteger(g.churnedDays) && g.churnedDays <= g.dormantDays) {
      errors.push({ field: `${grade}.churnedDays`, message: `流失天数必须大于沉睡天数 (churned days must exceed dormant days)` });
    }
  }
  return errors;
}

/** What the reason of an activity is made of (dates are business dates YYYY-MM-DD). */
export interface ActivityFacts {
  activity: CustomerActivity;
  /** Whole days since the last contact of any kind (or creation). */
  idleDays: number;
  /** Days since the last follow-up or recorded visit; null when there was none. */
  daysSinceInteraction: number | null;
  lastOrderDate: string | null;
  lastReceiptDate: string | null;
}

/**
 * The 360 header's explanation, e.g. "45 天无跟进, 上次下单 2026-08-03" / "No follow-up for 45 days, last order
 * 2026-08-03". An active customer's reason says how recent the contact was.
 */
export function activityReason(f: ActivityFacts, lang: 'zh' | 'en' = 'zh'): string {
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (f.daysSinceInteraction === null) parts.push(zh ? '从未跟进' : 'never followed up');
  else if (f.daysSinceInteraction === 0) parts.push(zh ? '今天有跟进' : 'followed up today');
  else parts.push(zh ? `${f.daysSinceInteraction} 天无跟进` : `no follow-up for ${f.daysSinceInteraction} days`);
  parts.push(f.lastOrderDate ? (zh ? `上次下单 ${f.lastOrderDate}` : `last order ${f.lastOrderDate}`) : zh ? '从未下单' : 'no order yet');
  if (f.lastReceiptDate) parts.push(zh ? `上次回款 ${f.lastReceiptDate}` : `last receipt ${f.lastReceiptDate}`);
  const text = parts.join(', ');
  return zh ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
