import { screen, within } from '@testing-library/react';
import { DealsViewerQuery } from '@/features/deals/common/useViewer';
import { renderWithProviders } from '@/test/render';
import { periodsOfRange, TargetCompletionCard, TargetCompletionQuery } from './TargetCompletionCard';

jest.setTimeout(60_000);

const row = (kind: 'PERSON' | 'TEAM' | 'TOTAL', userId: string | null, name: string | null, target: string | null, extra: object = {}) => ({
  __typename: 'ForecastRow' as const,
  kind,
  userId,
  name,
  won: '50000.00',
  wonCount: 1,
  weighted: '66666.67',
  commit: '100000.00',
  bestCase: '133333.33',
  openCount: 2,
  target,
  completionPercent: target ? 33.33 : null,
  gap: target ? '100000.00' : null,
  coverage: target ? ('COMMIT' as const) : ('NO_TARGET' as const),
  ...extra,
});

const viewer = (role: string) => ({
  request: { query: DealsViewerQuery },
  result: { data: { me: { __typename: 'User' as const, id: 'u-m', name: '王经理', role } } },
});
const forecast = {
  request: {
    query: TargetCompletionQuery,
    variables: { filter: { period: 'QUARTER', from: '2026-01-01', periods: 2, ownerIds: null, teamOf: null } },
  },
  result: {
    data: {
      salesForecast: {
        __typename: 'SalesForecast' as const,
        periods: [
          {
            __typename: 'ForecastPeriod' as const,
            label: '2026-Q1',
            start: '2026-01-01',
            end: '2026-03-31',
            total: row('TOTAL', null, null, null),
            teams: [row('TEAM', 'u-m', '王经理', null)],
            people: [row('PERSON', 'u-s1', '李娜', '150000.00'), row('PERSON', 'u-s2', '张伟', null)],
          },
          {
            __typename: 'ForecastPeriod' as const,
            label: '2026-Q2',
            start: '2026-04-01',
            end: '2026-06-30',
            total: row('TOTAL', null, null, null),
            teams: [],
            people: [],
          },
        ],
      },
    },
  },
};

describe('periodsOfRange', () => {
  it('counts the calendar periods a report range touches', () => {
    expect(periodsOfRange('2026-02-10', '2026-05-03', 'QUARTER')).toEqual({ start: '2026-01-01', count: 2 });
    expect(periodsOfRange('2026-03-01', '2026-03-31', 'MONTH')).toEqual({ start: '2026-03-01', count: 1 });
    expect(periodsOfRange('2026-01-01', '2026-12-31', 'MONTH')).toEqual({ start: '2026-01-01', count: 12 });
    expect(periodsOfRange('2020-01-01', '2026-12-31', 'MONTH').count).toBe(13); // more than shown: the card says so
  });
});

describe('TargetCompletionCard', () => {
  it('lists the rows with a target of each period of the range, with completion, gap, coverage and drill links', async () => {
    renderWithProviders(<TargetCompletionCard from="2026-02-10" to="2026-05-03" period="QUARTER" ownerIds={[]} />, {
      mocks: [viewer('MANAGER'), forecast],
    });
    const card = await screen.findByTestId('report-target-completion');
    const li = (await within(card).findByText('李娜')).closest('tr') as HTMLElement;
    expect(li).toHaveTextContent('2026-Q1');
    expect(li).toHaveTextContent('¥150,000.00');
    expect(li).toHaveTextContent('33.33%');
    expect(within(li).getByText('承诺可补足')).toBeInTheDocument();
    expect(within(li).getByRole('link', { name: '¥50,000.00' })).toHaveAttribute(
      'href',
      '/deals?view=list&owner=u-s1&stage=WON&closedFrom=2026-01-01&closedTo=2026-03-31',
    );
    // Rows without a target are not completion.
    expect(within(card).queryByText('张伟')).toBeNull();
  });
});
