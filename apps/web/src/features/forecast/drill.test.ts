import { forecastDrillHref } from './drill';

const MARCH = { start: '2026-03-01', end: '2026-03-31' };
const params = (href: string) => Object.fromEntries(new URL(href, 'http://x').searchParams);

describe('forecastDrillHref', () => {
  it('opens a person’s won deals by close date', () => {
    expect(params(forecastDrillHref({ kind: 'PERSON', userId: 'u1' }, 'won', MARCH, null))).toEqual({
      view: 'list',
      owner: 'u1',
      stage: 'WON',
      closedFrom: '2026-03-01',
      closedTo: '2026-03-31',
    });
  });
  it('opens a team’s commit deals by expected close date', () => {
    expect(params(forecastDrillHref({ kind: 'TEAM', userId: 'm1', name: '王经理' }, 'commit', MARCH, null))).toEqual({
      view: 'list',
      team: 'm1',
      teamName: '王经理',
      stage: 'PROPOSAL,NEGOTIATION',
      closeFrom: '2026-03-01',
      closeTo: '2026-03-31',
    });
  });
  it('scopes the total to the viewer: own deals, own team, or everything for admins', () => {
    expect(params(forecastDrillHref({ kind: 'TOTAL' }, 'bestCase', MARCH, { id: 's1', role: 'SALES' }))).toMatchObject({
      owner: 's1',
      stage: 'INITIAL,NEEDS,PROPOSAL,NEGOTIATION',
    });
    expect(params(forecastDrillHref({ kind: 'TOTAL' }, 'weighted', MARCH, { id: 'm1', role: 'MANAGER', name: '王经理' }))).toMatchObject({
      team: 'm1',
    });
    const admin = params(forecastDrillHref({ kind: 'TOTAL' }, 'won', MARCH, { id: 'a', role: 'ADMIN' }));
    expect(admin.owner).toBeUndefined();
    expect(admin.team).toBeUndefined();
  });
});
