// The 报表 page's whole state lives in the URL (?tab=money&from=2026-01-01&to=2026-03-31&owner=<id>&team=<id>&period=QUARTER),
// so a report can be bookmarked and shared. Pure functions: parse, serialise, map to the API's ReportFilter, and
// build the drill-down links into the customer, deal and contract lists.
import dayjs from 'dayjs';
import type { ContractStatus, CustomerGrade, CustomerType, OpportunityStage, ReportFilter, ReportPeriod } from '@/gql/schema';
import { EMPTY_STATE, toQueryString, withFilters, type ListState } from '@/features/customers/listState';

export const REPORT_TABS = ['customers', 'deals', 'performance', 'money'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];
/** The period switch 日/周/月/季/年: the current business period up to today, for every card and chart at once. */
export const PERIODS: ReportPeriod[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];

export interface ReportState {
  tab: ReportTab;
  /** Business dates; both absent = the current `period` (default: the current business month) up to today. */
  from?: string;
  to?: string;
  ownerIds: string[];
  /** A manager's id: them and everyone below them. */
  teamOf?: string;
  /** 日/周/月/季/年: the API's `span` (used when from/to are absent; the API picks the series unit). */
  period?: ReportPeriod;
  /** 未跟进天数 of the customer report (API default 30). */
  notFollowedDays?: number;
}

export const DEFAULT_REPORT_STATE: ReportState = { tab: 'customers', ownerIds: [] };

type Params = Pick<URLSearchParams, 'get' | 'getAll'>;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
// A real calendar date only (dayjs would roll 2026-13-45 over into 2027).
const date = (v: string | null) => (v && DATE_RE.test(v) && dayjs(v).format('YYYY-MM-DD') === v ? v : undefined);
const oneOf = <T extends string>(v: string | null, allowed: readonly T[]) =>
  v && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
/** Repeated (?owner=a&owner=b) or comma separated (?owner=a,b) lists. */
const many = (values: string[]) => [
  ...new Set(
    values
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

export function parseReportState(params: Params): ReportState {
  let from = date(params.get('from'));
  let to = date(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  const nf = Number(params.get('nf'));
  return {
    tab: oneOf(params.get('tab'), REPORT_TABS) ?? 'customers',
    from,
    to,
    ownerIds: many(params.getAll('owner')),
    teamOf: params.get('team')?.trim() || undefined,
    period: oneOf(params.get('period'), PERIODS),
    notFollowedDays: Number.isInteger(nf) && nf >= 1 && nf <= 3650 ? nf : undefined,
  };
}

/** The query string of a state (stable order, defaults left out), with the leading `?` or empty. */
export function reportQueryString(state: ReportState): string {
  const p = new URLSearchParams();
  if (state.tab !== 'customers') p.set('tab', state.tab);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  state.ownerIds.forEach((id) => p.append('owner', id));
  if (state.teamOf) p.set('team', state.teamOf);
  if (state.period && state.period !== 'MONTH') p.set('period', state.period);
  if (state.notFollowedDays) p.set('nf', String(state.notFollowedDays));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The API filter of a state (the tab is not part of it). */
export function toReportFilter(state: ReportState): ReportFilter {
  const f: ReportFilter = {};
  if (state.from) f.from = state.from;
  if (state.to) f.to = state.to;
  if (state.ownerIds.length) f.ownerIds = state.ownerIds;
  if (state.teamOf) f.teamOf = state.teamOf;
  if (state.period && !(state.from && state.to)) f.span = state.period;
  if (state.notFollowedDays) f.notFollowedDays = state.notFollowedDays;
  return f;
}

export type PresetKey = 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'thisYear' | 'last30';
export const PRESETS: PresetKey[] = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'last30'];

/** [from, to] of a quick range, relative to `today` (YYYY-MM-DD). */
export function presetRange(key: PresetKey, today: string): [string, string] {
  const d = dayjs(today);
  const f = (x: dayjs.Dayjs) => x.format('YYYY-MM-DD');
  switch (key) {
    case 'thisMonth':
      return [f(d.startOf('month')), today];
    case 'lastMonth': {
      const m = d.subtract(1, 'month');
      return [f(m.startOf('month')), f(m.endOf('month'))];
    }
    case 'thisQuarter': {
      const q = Math.floor(d.month() / 3) * 3;
      return [f(d.month(q).startOf('month')), today];
    }
    case 'thisYear':
      return [f(d.startOf('year')), today];
    case 'last30':
      return [f(d.subtract(29, 'day')), today];
  }
}

// ---- drill-down: a chart segment or table row opens the matching list ----

/** The customer list (see features/customers/listState.ts for its URL format), with the report's owners. */
export function customerListHref(state: ReportState, change: Partial<ListState>): string {
  const base = withFilters(EMPTY_STATE, { ownerIds: state.ownerIds, ...change });
  return `/customers${toQueryString(base)}`;
}

/** Which customer-list filter a distribution key becomes; null when the bucket cannot be listed (未填写). */
export function customerBucketHref(
  state: ReportState,
  dimension: 'type' | 'grade' | 'source' | 'industry' | 'region' | 'owner',
  key: string | null | undefined,
): string | null {
  if (dimension === 'owner') return key ? customerListHref(state, { ownerIds: [key] }) : '/pool';
  if (!key) return null;
  switch (dimension) {
    case 'type':
      return customerListHref(state, { types: [key as CustomerType] });
    case 'grade':
      return customerListHref(state, { grades: [key as CustomerGrade] });
    case 'source':
      return customerListHref(state, { sources: [key] });
    case 'industry':
      return customerListHref(state, { industries: [key] });
    case 'region':
      return customerListHref(state, { province: key });
  }
}

const joinIds = (ids: string[]) => ids.join(',');

/** The opportunity list in one stage: /deals?stage=NEGOTIATION&owner=a,b */
export function dealListHref(state: ReportState, stage: OpportunityStage | string): string {
  const p = new URLSearchParams({ stage });
  if (state.ownerIds.length) p.set('owner', joinIds(state.ownerIds));
  return `/deals?${p.toString()}`;
}

/** Contracts signed in a period: /contracts?status=SIGNED,COMPLETED&owner=a,b&from=2026-01-01&to=2026-01-31 */
export function contractListHref(
  state: ReportState,
  range: { from: string; to: string },
  statuses: ContractStatus[] = ['SIGNED', 'COMPLETED'],
): string {
  const p = new URLSearchParams();
  p.set('status', statuses.join(','));
  if (state.ownerIds.length) p.set('owner', joinIds(state.ownerIds));
  p.set('from', range.from);
  p.set('to', range.to);
  return `/contracts?${p.toString()}`;
}
