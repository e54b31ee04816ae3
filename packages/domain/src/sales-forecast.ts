/**
 * 销售预测与目标: calendar periods of the business calendar (month, quarter, year), which open stages count as
 * "commit", and whether the open pipeline covers the gap to a target. Pure rules shared by the API (which computes
 * every sum in SQL) and the web app (the target form's period check, the coverage labels).
 */
import { compareMoney } from './money.js';
import { OPEN_OPPORTUNITY_STAGES, STAGE_WIN_RATE, type OpportunityStage } from './opportunity-stage.js';

export const SALES_PERIODS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type SalesPeriod = (typeof SALES_PERIODS)[number];

/** The open stages whose default win rate is at least this many percent are "commit" (方案报价 60 %, 合同谈判 80 %). */
export const COMMIT_MIN_WIN_RATE = 60;
export const COMMIT_STAGES: readonly OpportunityStage[] = OPEN_OPPORTUNITY_STAGES.filter((s) => STAGE_WIN_RATE[s] >= COMMIT_MIN_WIN_RATE);

const MONTHS: Record<SalesPeriod, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };
const pad = (n: number) => String(n).padStart(2, '0');
const ym = (date: string): [number, number] => {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!m) throw new RangeError(`Not a date: ${date}`);
  return [Number(m[1]), Number(m[2])];
};

/** First day of the period holding `date`: periodStartOf('2026-05-17', 'QUARTER') === '2026-04-01'. */
export function periodStartOf(date: string, period: SalesPeriod): string {
  const [y, m] = ym(date);
  const size = MONTHS[period];
  const first = Math.floor((m - 1) / size) * size + 1;
  return `${y}-${pad(first)}-01`;
}

/** The first day `n` periods after the period starting at `start` (n may be negative). */
export function addPeriods(start: string, period: SalesPeriod, n: number): string {
  const [y, m] = ym(start);
  const idx = y * 12 + (m - 1) + n * MONTHS[period];
  return `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}-01`;
}

/** Last day (included) of the period starting at `start`. */
export function periodLastDay(start: string, period: SalesPeriod): string {
  const next = addPeriods(start, period, 1);
  const [y, m] = ym(next);
  const t = new Date(Date.UTC(y, m - 1, 1) - 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** True when `date` is the first day of a period of that length (what a target's periodStart must be). */
export function isPeriodStart(date: string, period: SalesPeriod): boolean {
  try {
    return periodStartOf(date, period) === date;
  } catch {
    return false;
  }
}

/** '2026-03', '2026-Q1' or '2026' for the period starting at `start`. */
export function periodLabel(start: string, period: SalesPeriod): string {
  const [y, m] = ym(start);
  if (period === 'YEAR') return String(y);
  if (period === 'QUARTER') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  return `${y}-${pad(m)}`;
}

/**
 * Whether the forecast covers the gap between what is won and the target:
 * NO_TARGET (none set), MET (won ≥ target), COMMIT (the commit deals alone cover the gap), WEIGHTED (the weighted
 * pipeline does), BEST_CASE (only if every open deal is won), SHORT (not even then).
 */
export const FORECAST_COVERAGES = ['NO_TARGET', 'MET', 'COMMIT', 'WEIGHTED', 'BEST_CASE', 'SHORT'] as const;
export type ForecastCoverage = (typeof FORECAST_COVERAGES)[number];

export interface ForecastFigures {
  /** Decimal strings, as the API sends Money. */
  target: string | null;
  gap: string | null;
  commit: string;
  weighted: string;
  bestCase: string;
}

export function forecastCoverage(f: ForecastFigures): ForecastCoverage {
  if (f.target === null || f.gap === null) return 'NO_TARGET';
  if (compareMoney(f.gap, '0') <= 0) return 'MET';
  if (compareMoney(f.commit, f.gap) >= 0) return 'COMMIT';
  if (compareMoney(f.weighted, f.gap) >= 0) return 'WEIGHTED';
  if (compareMoney(f.bestCase, f.gap) >= 0) return 'BEST_CASE';
  return 'SHORT';
}
