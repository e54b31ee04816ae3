import { FORECAST_COVERAGES, type ForecastCoverage as Coverage } from '@kehu/domain';
import { registerEnumType } from 'type-graphql';

export const TargetSubject = { PERSON: 'PERSON', TEAM: 'TEAM', COMPANY: 'COMPANY' } as const;
export type TargetSubject = (typeof TargetSubject)[keyof typeof TargetSubject];
registerEnumType(TargetSubject, {
  name: 'TargetSubject',
  description: 'Whose sales target',
  valuesConfig: {
    PERSON: { description: '个人: one salesperson or manager (their own deals)' },
    TEAM: { description: '团队: a manager and everyone below them at any depth' },
    COMPANY: { description: '公司: everyone (set by admins)' },
  },
});

export const ForecastRowKind = { PERSON: 'PERSON', TEAM: 'TEAM', TOTAL: 'TOTAL' } as const;
export type ForecastRowKind = (typeof ForecastRowKind)[keyof typeof ForecastRowKind];
registerEnumType(ForecastRowKind, {
  name: 'ForecastRowKind',
  description: 'What a forecast row sums',
  valuesConfig: {
    PERSON: { description: 'One person’s deals' },
    TEAM: { description: 'A team’s deals (the leader and everyone below them)' },
    TOTAL: { description: 'Every deal the caller’s scope and filter count (the company for admins)' },
  },
});

export const ForecastCoverage = Object.fromEntries(FORECAST_COVERAGES.map((c) => [c, c])) as { [K in Coverage]: K };
export type ForecastCoverage = Coverage;
registerEnumType(ForecastCoverage, {
  name: 'ForecastCoverage',
  description: 'Whether the forecast covers the gap between won and the target',
  valuesConfig: {
    NO_TARGET: { description: '未设目标' },
    MET: { description: '已达成: won ≥ target' },
    COMMIT: { description: '承诺可覆盖: the commit deals alone cover the gap' },
    WEIGHTED: { description: '加权可覆盖: the weighted pipeline covers the gap' },
    BEST_CASE: { description: '仅乐观可覆盖: only if every open deal is won' },
    SHORT: { description: '不足: even the best case leaves a gap' },
  },
});

/** The period lengths forecasts and targets come in (the reports' ReportPeriod also has days and weeks). */
export const SalesPeriod = { MONTH: 'MONTH', QUARTER: 'QUARTER', YEAR: 'YEAR' } as const;
export type SalesPeriod = (typeof SalesPeriod)[keyof typeof SalesPeriod];
registerEnumType(SalesPeriod, {
  name: 'SalesPeriod',
  description: 'A forecast or target period of the business calendar (按月 / 按季 / 按年)',
  valuesConfig: {
    MONTH: { description: '按月: calendar months' },
    QUARTER: { description: '按季: calendar quarters (Q1 = Jan–Mar)' },
    YEAR: { description: '按年: calendar years' },
  },
});
