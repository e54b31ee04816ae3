// The customer list's whole state lives in the URL (?q=bjhx&grade=VIP&own=MINE&sort=NAME&dir=ASC&after=…),
// so a filtered, sorted, paged list can be bookmarked and shared. Pure functions: parse, serialise, and map
// to the `customers` query's variables.
import type {
  CustomerActivity,
  CustomerFilter,
  CustomerGrade,
  CustomerLifecycle,
  CustomerOrderField,
  CustomerType,
  FollowUpState,
  Ownership,
  SortDirection,
  TagMatch,
} from '@/gql/schema';

export const CUSTOMER_TYPES: CustomerType[] = ['PROSPECT', 'ASSIGNED', 'WON', 'LOST'];
export const CUSTOMER_GRADES: CustomerGrade[] = ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'];
export const ACTIVITIES: CustomerActivity[] = ['ACTIVE', 'DORMANT', 'CHURNED'];
export const LIFECYCLES: CustomerLifecycle[] = ['ACQUISITION', 'GROWTH', 'MATURITY', 'DECLINE', 'EXIT'];
export const FOLLOW_UP_STATES: FollowUpState[] = ['DUE_TODAY', 'OVERDUE', 'PLANNED', 'NEVER'];
// POOL is the 公海 page's own list, not a filter of this one.
export const OWNERSHIPS: Exclude<Ownership, 'POOL'>[] = ['ALL', 'MINE', 'TEAM', 'SHARED_WITH_ME'];
export const ORDER_FIELDS: CustomerOrderField[] = ['CREATED_AT', 'NAME', 'GRADE', 'LAST_FOLLOW_UP_AT', 'NEXT_FOLLOW_UP_AT'];
export const INDUSTRIES = ['制造业', '零售业', '服务业', 'IT/互联网', '金融', '教育', '医疗', '建筑', '物流', '其他'];
export const SOURCES = ['网站咨询', '电话咨询', '展会', '转介绍', '广告', '其他'];
export const PROVINCES = [
  '北京市',
  '天津市',
  '上海市',
  '重庆市',
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
  '香港特别行政区',
  '澳门特别行政区',
];
export const PAGE_SIZES = [20, 50, 100];
export const DEFAULT_PAGE_SIZE = 20;

/**
 * A custom field condition (CustomerFilter.customFields): one of equals, in (options), contains (text) or a
 * from/to range (numbers, dates as YYYY-MM-DD). In the URL as `cf=<key>~<op>~<value>`, op eq | in | has | from | to
 * (`in` repeated per option): ?cf=level~in~A&cf=level~in~B&cf=budget~from~10000.
 */
export interface CustomFieldFilterState {
  key: string;
  equals?: string;
  in?: string[];
  contains?: string;
  from?: string;
  to?: string;
}

const CF_OPS = { eq: 'equals', in: 'in', has: 'contains', from: 'from', to: 'to' } as const;
const CF_KEY = /^[a-z][a-z0-9_]{0,39}$/;

/** Whether a condition asks anything (a field picked but not filled in yet does not). */
export function conditionSet(c: CustomFieldFilterState): boolean {
  return !!(c.equals || c.in?.length || c.contains || c.from || c.to);
}

function parseCustomFieldFilters(values: string[]): CustomFieldFilterState[] {
  const byKey = new Map<string, CustomFieldFilterState>();
  for (const raw of values) {
    const a = raw.indexOf('~');
    const b = a < 0 ? -1 : raw.indexOf('~', a + 1);
    if (b < 0) continue;
    const key = raw.slice(0, a);
    const op = raw.slice(a + 1, b) as keyof typeof CF_OPS;
    const value = raw.slice(b + 1).trim();
    if (!CF_KEY.test(key) || !(op in CF_OPS) || !value) continue;
    const c = byKey.get(key) ?? { key };
    if (op === 'in') c.in = [...new Set([...(c.in ?? []), value])];
    else c[CF_OPS[op]] = value;
    byKey.set(key, c);
  }
  return [...byKey.values()];
}

function appendCustomFieldFilters(p: URLSearchParams, conditions: readonly CustomFieldFilterState[]) {
  for (const c of conditions) {
    if (c.equals) p.append('cf', `${c.key}~eq~${c.equals}`);
    c.in?.forEach((v) => p.append('cf', `${c.key}~in~${v}`));
    if (c.contains) p.append('cf', `${c.key}~has~${c.contains}`);
    if (c.from) p.append('cf', `${c.key}~from~${c.from}`);
    if (c.to) p.append('cf', `${c.key}~to~${c.to}`);
  }
}

export interface ListState {
  q?: string;
  types: CustomerType[];
  grades: CustomerGrade[];
  industries: string[];
  sources: string[];
  province?: string;
  city?: string;
  ownership?: Ownership;
  ownerIds: string[];
  tags: string[];
  tagMatch?: TagMatch;
  followUp?: FollowUpState;
  notFollowedForDays?: number;
  /** Filters by custom field (only those with a value). */
  cf: CustomFieldFilterState[];
  /** 活跃度 filter (?act=DORMANT&act=CHURNED); absent = any. */
  activities?: CustomerActivity[];
  /** 生命周期 filter (?lc=GROWTH&lc=MATURITY); absent = any. */
  lifecycles?: CustomerLifecycle[];
  sort?: CustomerOrderField;
  dir?: SortDirection;
  size?: number;
  /** Keys of the custom fields shown as columns (a display choice, not a filter). */
  cols: string[];
  /** Cursor of the page shown (pageInfo.endCursor of the page before). */
  after?: string;
  /** Cursors of the pages before, oldest first ('' = the first page): the way back for "上一页". */
  prev: string[];
}

export const EMPTY_STATE: ListState = {
  types: [],
  grades: [],
  industries: [],
  sources: [],
  ownerIds: [],
  tags: [],
  cf: [],
  cols: [],
  prev: [],
};

type Params = Pick<URLSearchParams, 'get' | 'getAll'>;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
function manyOf<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return values.filter((v): v is T => (allowed as readonly string[]).includes(v));
}
function text(value: string | null): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}
function many(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

export function parseListState(params: Params): ListState {
  const nf = Number(params.get('nf'));
  const size = Number(params.get('size'));
  return {
    q: text(params.get('q')),
    types: manyOf(params.getAll('type'), CUSTOMER_TYPES),
    grades: manyOf(params.getAll('grade'), CUSTOMER_GRADES),
    industries: many(params.getAll('industry')),
    sources: many(params.getAll('source')),
    province: text(params.get('province')),
    city: text(params.get('city')),
    ownership: oneOf(params.get('own'), OWNERSHIPS),
    ownerIds: many(params.getAll('owner')),
    tags: many(params.getAll('tag')),
    tagMatch: oneOf(params.get('tagMatch'), ['ANY', 'ALL'] as const),
    followUp: oneOf(params.get('fu'), FOLLOW_UP_STATES),
    notFollowedForDays: Number.isInteger(nf) && nf > 0 && nf <= 3650 ? nf : undefined,
    cf: parseCustomFieldFilters(params.getAll('cf')),
    activities: manyOf(params.getAll('act'), ACTIVITIES).length ? manyOf(params.getAll('act'), ACTIVITIES) : undefined,
    lifecycles: manyOf(params.getAll('lc'), LIFECYCLES).length ? manyOf(params.getAll('lc'), LIFECYCLES) : undefined,
    sort: oneOf(params.get('sort'), ORDER_FIELDS),
    dir: oneOf(params.get('dir'), ['ASC', 'DESC'] as const),
    size: PAGE_SIZES.includes(size) ? size : undefined,
    cols: many(params.getAll('col')),
    after: text(params.get('after')),
    prev: params.getAll('prev'),
  };
}

/** The query string of a state (stable order, defaults left out). */
export function toSearchParams(state: ListState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  state.types.forEach((v) => p.append('type', v));
  state.grades.forEach((v) => p.append('grade', v));
  state.industries.forEach((v) => p.append('industry', v));
  state.sources.forEach((v) => p.append('source', v));
  if (state.province) p.set('province', state.province);
  if (state.city) p.set('city', state.city);
  if (state.ownership && state.ownership !== 'ALL') p.set('own', state.ownership);
  state.ownerIds.forEach((v) => p.append('owner', v));
  state.tags.forEach((v) => p.append('tag', v));
  if (state.tagMatch === 'ALL' && state.tags.length) p.set('tagMatch', 'ALL');
  if (state.followUp) p.set('fu', state.followUp);
  if (state.notFollowedForDays) p.set('nf', String(state.notFollowedForDays));
  appendCustomFieldFilters(p, state.cf);
  state.activities?.forEach((v) => p.append('act', v));
  state.lifecycles?.forEach((v) => p.append('lc', v));
  if (state.sort) p.set('sort', state.sort);
  if (state.sort && state.dir) p.set('dir', state.dir);
  if (state.size && state.size !== DEFAULT_PAGE_SIZE) p.set('size', String(state.size));
  state.cols.forEach((v) => p.append('col', v));
  if (state.after) {
    p.set('after', state.after);
    state.prev.forEach((c) => p.append('prev', c));
  }
  return p;
}

export function toQueryString(state: ListState): string {
  const s = toSearchParams(state).toString();
  return s ? `?${s}` : '';
}

/** A new state with some filters changed: paging starts over. */
export function withFilters(state: ListState, change: Partial<ListState>): ListState {
  return { ...state, ...change, after: undefined, prev: [] };
}

/** The next page: remember where this one started. */
export function nextPage(state: ListState, endCursor: string): ListState {
  return { ...state, after: endCursor, prev: [...state.prev, state.after ?? ''] };
}

/** The page before, from the cursor stack. */
export function previousPage(state: ListState): ListState {
  if (!state.after) return state;
  const prev = state.prev.slice(0, -1);
  const before = state.prev[state.prev.length - 1];
  return { ...state, after: before || undefined, prev: before ? prev : [] };
}

export function pageNumber(state: ListState): number {
  return state.after ? state.prev.length + 1 : 1;
}

export function activeFilterCount(state: ListState): number {
  return (
    (state.q ? 1 : 0) +
    state.types.length +
    state.grades.length +
    state.industries.length +
    state.sources.length +
    (state.province ? 1 : 0) +
    (state.city ? 1 : 0) +
    (state.ownership && state.ownership !== 'ALL' ? 1 : 0) +
    state.ownerIds.length +
    state.tags.length +
    (state.followUp ? 1 : 0) +
    (state.notFollowedForDays ? 1 : 0) +
    state.cf.filter(conditionSet).length +
    (state.activities?.length ?? 0) +
    (state.lifecycles?.length ?? 0)
  );
}

export function toFilter(state: ListState): CustomerFilter {
  const filter: CustomerFilter = {};
  if (state.q) filter.search = state.q;
  if (state.types.length) filter.types = state.types;
  if (state.grades.length) filter.grades = state.grades;
  if (state.industries.length) filter.industries = state.industries;
  if (state.sources.length) filter.sources = state.sources;
  if (state.province) filter.province = state.province;
  if (state.city) filter.city = state.city;
  if (state.ownership) filter.ownership = state.ownership;
  if (state.ownerIds.length) filter.ownerIds = state.ownerIds;
  if (state.tags.length) {
    filter.tags = state.tags;
    filter.tagMatch = state.tagMatch ?? 'ANY';
  }
  if (state.followUp) filter.followUp = state.followUp;
  if (state.notFollowedForDays) filter.notFollowedForDays = state.notFollowedForDays;
  const cf = state.cf.filter(conditionSet);
  if (cf.length) {
    filter.customFields = cf.map((c) => ({
      key: c.key,
      ...(c.equals ? { equals: c.equals } : {}),
      ...(c.in?.length ? { in: c.in } : {}),
      ...(c.contains ? { contains: c.contains } : {}),
      ...(c.from ? { from: c.from } : {}),
      ...(c.to ? { to: c.to } : {}),
    }));
  }
  if (state.activities?.length) filter.activities = state.activities;
  if (state.lifecycles?.length) filter.lifecycles = state.lifecycles;
  return filter;
}

export function toVariables(state: ListState) {
  return {
    filter: toFilter(state),
    orderBy: state.sort ? { field: state.sort, direction: state.dir ?? 'DESC' } : null,
    first: state.size ?? DEFAULT_PAGE_SIZE,
    after: state.after ?? null,
    // Custom values are read only when a column shows them.
    withCustomFields: state.cols.length > 0,
  };
}
