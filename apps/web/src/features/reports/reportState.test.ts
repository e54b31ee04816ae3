import {
  contractListHref,
  customerBucketHref,
  dealListHref,
  parseReportState,
  presetRange,
  reportQueryString,
  toReportFilter,
} from './reportState';

const parse = (qs: string) => parseReportState(new URLSearchParams(qs));

describe('report URL state', () => {
  it('reads tab, range, owners, team, period and days, and writes them back in a stable order', () => {
    const s = parse('period=QUARTER&owner=u2&owner=u3&from=2026-01-01&to=2026-03-31&tab=money&team=m1&nf=45');
    expect(s).toEqual({
      tab: 'money',
      from: '2026-01-01',
      to: '2026-03-31',
      ownerIds: ['u2', 'u3'],
      teamOf: 'm1',
      period: 'QUARTER',
      notFollowedDays: 45,
    });
    expect(reportQueryString(s)).toBe('?tab=money&from=2026-01-01&to=2026-03-31&owner=u2&owner=u3&team=m1&period=QUARTER&nf=45');
    // Explicit dates win over the period switch: the API gets the range, not a span.
    expect(toReportFilter(s)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      ownerIds: ['u2', 'u3'],
      teamOf: 'm1',
      notFollowedDays: 45,
    });
    expect(toReportFilter({ ...s, from: undefined, to: undefined })).toEqual({
      ownerIds: ['u2', 'u3'],
      teamOf: 'm1',
      span: 'QUARTER',
      notFollowedDays: 45,
    });
  });

  it('drops what it does not understand and leaves defaults out of the URL and the filter', () => {
    const s = parse('tab=nope&from=2026-13-45&to=yesterday&period=DECADE&nf=0&owner=');
    expect(s).toEqual({
      tab: 'customers',
      from: undefined,
      to: undefined,
      ownerIds: [],
      teamOf: undefined,
      period: undefined,
      notFollowedDays: undefined,
    });
    expect(reportQueryString(s)).toBe('');
    expect(toReportFilter(s)).toEqual({});
    expect(reportQueryString({ ...s, period: 'MONTH' })).toBe('');
  });

  it('swaps a reversed range rather than asking the API for an impossible one', () => {
    expect(parse('from=2026-03-31&to=2026-01-01')).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('computes quick ranges from today', () => {
    expect(presetRange('thisMonth', '2026-11-23')).toEqual(['2026-11-01', '2026-11-23']);
    expect(presetRange('lastMonth', '2026-03-15')).toEqual(['2026-02-01', '2026-02-28']);
    expect(presetRange('thisQuarter', '2026-11-23')).toEqual(['2026-10-01', '2026-11-23']);
    expect(presetRange('thisYear', '2026-11-23')).toEqual(['2026-01-01', '2026-11-23']);
    expect(presetRange('last30', '2026-11-23')).toEqual(['2026-10-25', '2026-11-23']);
  });
});

describe('drill-down links', () => {
  const state = parse('owner=u2&from=2026-01-01&to=2026-03-31');

  it('opens the customer list with the customer list own URL parameters, keeping the report owners', () => {
    expect(customerBucketHref(state, 'type', 'WON')).toBe('/customers?type=WON&owner=u2');
    expect(customerBucketHref(state, 'grade', 'VIP')).toBe('/customers?grade=VIP&owner=u2');
    expect(customerBucketHref(state, 'source', '展会')).toBe(`/customers?source=${encodeURIComponent('展会')}&owner=u2`);
    expect(customerBucketHref(state, 'region', '广东省')).toBe(`/customers?province=${encodeURIComponent('广东省')}&owner=u2`);
    expect(customerBucketHref(state, 'owner', 'u9')).toBe('/customers?owner=u9');
    expect(customerBucketHref(state, 'owner', null)).toBe('/pool');
    // 未填写 cannot be listed by a filter.
    expect(customerBucketHref(state, 'industry', null)).toBeNull();
  });

  it('opens the contract list for a period and the deal list for a stage', () => {
    expect(contractListHref(state, { from: '2026-02-01', to: '2026-02-28' })).toBe(
      '/contracts?status=SIGNED%2CCOMPLETED&owner=u2&from=2026-02-01&to=2026-02-28',
    );
    expect(dealListHref(state, 'NEGOTIATION')).toBe('/deals?stage=NEGOTIATION&owner=u2');
    expect(dealListHref(parse(''), 'WON')).toBe('/deals?stage=WON');
  });
});
