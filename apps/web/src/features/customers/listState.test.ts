import { nextPage, parseListState, pageNumber, previousPage, toQueryString, toVariables, withFilters } from './listState';
import { addView, PRESET_VIEWS, viewQuery } from './savedViews';

const parse = (qs: string) => parseListState(new URLSearchParams(qs));

describe('customer list state in the URL', () => {
  it('round-trips filters, search, sort and size, dropping unknown values', () => {
    const qs =
      '?q=bjhx&type=PROSPECT&grade=VIP&grade=NOPE&industry=%E5%88%B6%E9%80%A0%E4%B8%9A&own=MINE&tag=%E5%B7%B2%E6%8A%A5%E4%BB%B7&fu=OVERDUE&nf=7&sort=NAME&dir=ASC&size=50&col=credit_code';
    const state = parse(qs);
    expect(state).toMatchObject({
      q: 'bjhx',
      types: ['PROSPECT'],
      grades: ['VIP'],
      industries: ['制造业'],
      ownership: 'MINE',
      tags: ['已报价'],
      followUp: 'OVERDUE',
      notFollowedForDays: 7,
      sort: 'NAME',
      dir: 'ASC',
      size: 50,
      cols: ['credit_code'],
    });
    expect(toQueryString(state)).toBe(qs.replace('&grade=NOPE', ''));
  });

  it('maps to the customers query variables', () => {
    expect(toVariables(parse('q=张伟&grade=VIP&tag=a&tag=b&tagMatch=ALL&sort=LAST_FOLLOW_UP_AT'))).toEqual({
      filter: { search: '张伟', grades: ['VIP'], tags: ['a', 'b'], tagMatch: 'ALL' },
      orderBy: { field: 'LAST_FOLLOW_UP_AT', direction: 'DESC' },
      first: 20,
      after: null,
      withCustomFields: false,
    });
    expect(toVariables(parse('col=credit_code')).withCustomFields).toBe(true);
    // 生命周期 (?lc=), unknown stages dropped.
    const lc = parse('lc=GROWTH&lc=NOPE&lc=EXIT');
    expect(lc.lifecycles).toEqual(['GROWTH', 'EXIT']);
    expect(toVariables(lc).filter).toEqual({ lifecycles: ['GROWTH', 'EXIT'] });
    expect(toQueryString(lc)).toBe('?lc=GROWTH&lc=EXIT');
  });

  it('keeps custom field conditions in the URL and sends them as customFields', () => {
    const state = parse(
      'cf=level~in~A&cf=level~in~B&cf=budget~from~10000&cf=budget~to~50000.5&cf=code~has~91%7E1&cf=BAD~eq~x&cf=level~nope~x&cf=signed_on~eq~',
    );
    expect(state.cf).toEqual([
      { key: 'level', in: ['A', 'B'] },
      { key: 'budget', from: '10000', to: '50000.5' },
      { key: 'code', contains: '91~1' },
    ]);
    expect(parse(toQueryString(state).slice(1)).cf).toEqual(state.cf);
    expect(toVariables(state).filter.customFields).toEqual([
      { key: 'level', in: ['A', 'B'] },
      { key: 'budget', from: '10000', to: '50000.5' },
      { key: 'code', contains: '91~1' },
    ]);
    expect(toVariables(parse('grade=VIP')).filter).not.toHaveProperty('customFields');
  });

  it('pages forward and back with cursors, and a filter change starts over', () => {
    const p1 = parse('grade=VIP');
    const p2 = nextPage(p1, 'c20');
    const p3 = nextPage(p2, 'c40');
    expect(pageNumber(p3)).toBe(3);
    expect(toQueryString(p3)).toBe('?grade=VIP&after=c40&prev=&prev=c20');
    expect(previousPage(parse(toQueryString(p3).slice(1)))).toMatchObject({ after: 'c20', prev: [''] });
    expect(previousPage(p2)).toMatchObject({ after: undefined, prev: [] });
    expect(toQueryString(withFilters(p3, { grades: ['NORMAL'] }))).toBe('?grade=NORMAL');
  });

  it('saved views keep the filters, not the page', () => {
    expect(viewQuery('grade=VIP&after=c20&prev=')).toBe('grade=VIP');
    const views = addView([], '华东重要客户', 'grade=IMPORTANT&province=%E6%B5%99%E6%B1%9F%E7%9C%81&after=x');
    expect(views).toEqual([
      expect.objectContaining({ name: '华东重要客户', query: 'grade=IMPORTANT&province=%E6%B5%99%E6%B1%9F%E7%9C%81' }),
    ]);
    // The presets are real list states.
    expect(toVariables(parse(PRESET_VIEWS[0].query)).filter).toEqual({ ownership: 'MINE', grades: ['VIP'] });
    expect(toVariables(parse(PRESET_VIEWS[1].query))).toMatchObject({
      filter: { notFollowedForDays: 7 },
      orderBy: { field: 'LAST_FOLLOW_UP_AT', direction: 'ASC' },
    });
  });
});
