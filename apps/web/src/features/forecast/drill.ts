import { COMMIT_STAGES } from '@kehu/domain/sales-forecast';
import { OPEN_OPPORTUNITY_STAGES } from '@kehu/domain/opportunity-stage';

export type ForecastFigure = 'won' | 'weighted' | 'commit' | 'bestCase';

export interface DrillRow {
  kind: 'PERSON' | 'TEAM' | 'TOTAL';
  userId?: string | null;
  name?: string | null;
}

/**
 * The /deals list behind one figure of the forecast: the same owners (the person, the team, or — for the total — the
 * caller's own scope: a salesperson's own deals, a manager's team), the same stages and the same dates. Its stage
 * totals add up to the figure (weighted: the list shows each deal's amount and win rate).
 */
export function forecastDrillHref(
  row: DrillRow,
  figure: ForecastFigure,
  period: { start: string; end: string },
  viewer: { id: string; role: string; name?: string } | null,
): string {
  const q = new URLSearchParams({ view: 'list' });
  const team = (id: string, name?: string | null) => {
    q.set('team', id);
    if (name) q.set('teamName', name);
  };
  if (row.kind === 'PERSON' && row.userId) q.set('owner', row.userId);
  else if (row.kind === 'TEAM' && row.userId) team(row.userId, row.name);
  else if (viewer?.role === 'SALES') q.set('owner', viewer.id);
  else if (viewer?.role === 'MANAGER') team(viewer.id, viewer.name);
  if (figure === 'won') {
    q.set('stage', 'WON');
    q.set('closedFrom', period.start);
    q.set('closedTo', period.end);
  } else {
    q.set('stage', (figure === 'commit' ? COMMIT_STAGES : OPEN_OPPORTUNITY_STAGES).join(','));
    q.set('closeFrom', period.start);
    q.set('closeTo', period.end);
  }
  return `/deals?${q.toString()}`;
}
