/**
 * 客户生命周期 (seed 002: 获取期、提升期、成熟期、衰退期以及离开期). A customer's stage is read from three facts:
 * its activity (活跃 / 沉睡 / 流失, see activity.ts), its tenure (whole days since its first signed order) and
 * its 12-month purchase trend (the signed amount of the last 12 months against the 12 months before them).
 *
 * The rule, first match wins:
 *   1. activity CHURNED                                   -> EXIT        离开期
 *   2. never ordered                                      -> ACQUISITION 获取期
 *   3. activity DORMANT                                   -> DECLINE     衰退期
 *   4. trend FALLING or NONE                              -> DECLINE     衰退期
 *   5. tenure < LIFECYCLE_RULE.acquisitionDays (90)       -> ACQUISITION 获取期 (just won)
 *   6. trend RISING                                       -> GROWTH      提升期
 *   7. otherwise (trend STEADY)                           -> MATURITY    成熟期
 *
 * The trend compares cur (last 12 months) with prev (the 12 months before), exactly, in fen:
 *   cur = prev = 0                        -> NONE    (no order for 24 months)
 *   cur >= prev × (100 + band)%, cur > 0  -> RISING  (prev = 0 and cur > 0 is rising too)
 *   cur <= prev × (100 − band)%           -> FALLING (cur = 0 after a year with orders is falling)
 *   otherwise                             -> STEADY
 * with band = LIFECYCLE_RULE.trendBandPercent (20). "Signed" means signed or completed contracts; the windows
 * are business dates (`signed_at > today − 12 months`, `> today − 24 months`), the same as grading's. The API
 * evaluates the same rule in SQL for the list filter, so the value shown and the filter agree.
 */
import type { CustomerActivity } from './activity.js';
import { daysBetween } from './business-time.js';
import { formatYuan } from './format/people.js';
import { parseMoney } from './money.js';

export const CUSTOMER_LIFECYCLES = ['ACQUISITION', 'GROWTH', 'MATURITY', 'DECLINE', 'EXIT'] as const;
export type CustomerLifecycle = (typeof CUSTOMER_LIFECYCLES)[number];

export const PURCHASE_TRENDS = ['NONE', 'RISING', 'STEADY', 'FALLING'] as const;
export type PurchaseTrend = (typeof PURCHASE_TRENDS)[number];

/** The constants of the rule (documented above; not admin settings). */
export const LIFECYCLE_RULE = Object.freeze({
  /** A customer whose first order is younger than this many days is still 获取期. */
  acquisitionDays: 90,
  /** ± this percentage of the previous year's amount separates RISING / STEADY / FALLING. */
  trendBandPercent: 20,
  /** The trend's windows, in months. */
  windowMonths: 12,
});

/** The trend of the last 12 months' signed amount `cur` against the 12 months before, `prev` (decimal strings). */
export function purchaseTrend(cur: string, prev: string): PurchaseTrend {
  const c = parseMoney(cur);
  const p = parseMoney(prev);
  const band = BigInt(LIFECYCLE_RULE.trendBandPercent);
  if (c === 0n && p === 0n) return 'NONE';
  if (c > 0n && c * 100n >= p * (100n + band)) return 'RISING';
  if (c * 100n <= p * (100n - band)) return 'FALLING';
  return 'STEADY';
}

/** What a stage is read from. Dates are business dates (YYYY-MM-DD), amounts decimal strings. */
export interface LifecycleFacts {
  activity: CustomerActivity;
  /** Whole days since the last contact of any kind (activity's idle days). */
  idleDays: number;
  /** The business date of the first signed order; null when the customer never ordered. */
  firstOrderDate: string | null;
  /** Signed amount of the last 12 months. */
  amount12m: string;
  /** Signed amount of the 12 months before those. */
  amountPrev12m: string;
  /** Today, in the business time zone. */
  today: string;
}

export interface LifecycleResult {
  lifecycle: CustomerLifecycle;
  trend: PurchaseTrend;
  /** Whole days since the first order; null when never ordered. */
  tenureDays: number | null;
  /** Which step of the rule decided (1–7), for tests and the reason. */
  step: 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** The stage of one customer by the rule above. */
export function lifecycleFor(f: LifecycleFacts): LifecycleResult {
  const trend = purchaseTrend(f.amount12m, f.amountPrev12m);
  const tenureDays = f.firstOrderDate ? Math.max(0, daysBetween(f.firstOrderDate, f.today)) : null;
  const r = (lifecycle: CustomerLifecycle, step: LifecycleResult['step']): LifecycleResult => ({ lifecycle, trend, tenureDays, step });
  if (f.activity === 'CHURNED') return r('EXIT', 1);
  if (tenureDays === null) return r('ACQUISITION', 2);
  if (f.activity === 'DORMANT') return r('DECLINE', 3);
  if (trend === 'FALLING' || trend === 'NONE') return r('DECLINE', 4);
  if (tenureDays < LIFECYCLE_RULE.acquisitionDays) return r('ACQUISITION', 5);
  if (trend === 'RISING') return r('GROWTH', 6);
  return r('MATURITY', 7);
}

/** The change from prev to cur in whole percent, rounded half away from zero; null when prev is 0. */
export function changePercent(cur: string, prev: string): number | null {
  const c = parseMoney(cur);
  const p = parseMoney(prev);
  if (p === 0n) return null;
  const diff = (c - p) * 100n;
  const neg = diff < 0n;
  const abs = neg ? -diff : diff;
  const q = (abs * 2n + p) / (2n * p);
  return Number(neg ? -q : q);
}

/**
 * Why, for the 360 header tag: e.g. "近 12 个月下单 ¥120,000.00, 上一年 ¥80,000.00 (增长 50%)" /
 * "Ordered ¥120,000.00 in the last 12 months, ¥80,000.00 the year before (up 50%)".
 */
export function lifecycleReason(f: LifecycleFacts, lang: 'zh' | 'en' = 'zh'): string {
  const zh = lang === 'zh';
  const res = lifecycleFor(f);
  const cur = formatYuan(f.amount12m);
  const prev = formatYuan(f.amountPrev12m);
  const pct = changePercent(f.amount12m, f.amountPrev12m);
  const amounts = () => {
    if (parseMoney(f.amountPrev12m) === 0n)
      return zh ? `近 12 个月下单 ${cur}, 上一年无下单` : `ordered ${cur} in the last 12 months, nothing the year before`;
    const change =
      pct === null || pct === 0
        ? zh
          ? '持平'
          : 'level'
        : pct > 0
          ? zh
            ? `增长 ${pct}%`
            : `up ${pct}%`
          : zh
            ? `下降 ${-pct}%`
            : `down ${-pct}%`;
    return zh
      ? `近 12 个月下单 ${cur}, 上一年 ${prev} (${change})`
      : `ordered ${cur} in the last 12 months, ${prev} the year before (${change})`;
  };
  let text: string;
  switch (res.step) {
    case 1:
      text = zh ? `${f.idleDays} 天无任何往来 (流失)` : `no contact for ${f.idleDays} days (churned)`;
      break;
    case 2:
      text = zh ? '尚未成交' : 'no order yet';
      break;
    case 3:
      text = zh ? `${f.idleDays} 天无任何往来 (沉睡)` : `no contact for ${f.idleDays} days (dormant)`;
      break;
    case 4:
      text = res.trend === 'NONE' ? (zh ? '近 24 个月无下单' : 'no order in 24 months') : amounts();
      break;
    case 5:
      text = zh ? `首单 ${f.firstOrderDate}, 成交 ${res.tenureDays} 天` : `first order ${f.firstOrderDate}, ${res.tenureDays} days ago`;
      break;
    default:
      text = amounts();
      if (res.step === 7) text = zh ? `合作 ${res.tenureDays} 天, ${text}` : `customer for ${res.tenureDays} days, ${text}`;
  }
  return zh ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
