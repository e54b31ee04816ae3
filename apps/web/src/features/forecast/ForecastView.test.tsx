import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { ForecastView } from './ForecastView';
import { SalesForecastQuery } from './queries';

jest.setTimeout(60_000);

jest.mock('next/navigation', () => ({
  usePathname: () => '/forecast',
  useSearchParams: () => new URLSearchParams('period=QUARTER&from=2026-01-15'),
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
}));

const row = (kind: 'PERSON' | 'TEAM' | 'TOTAL', userId: string | null, name: string | null, extra: object = {}) => ({
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
  target: null,
  completionPercent: null,
  gap: null,
  coverage: 'NO_TARGET' as const,
  ...extra,
});

const data = (role: string) => ({
  me: { __typename: 'User' as const, id: 'u-m', name: '王经理', role },
  salesForecast: {
    __typename: 'SalesForecast' as const,
    period: 'QUARTER' as const,
    commitMinWinRate: 60,
    periods: [
      {
        __typename: 'ForecastPeriod' as const,
        label: '2026-Q1',
        start: '2026-01-01',
        end: '2026-03-31',
        total: row('TOTAL', null, null, { target: '400000.00', completionPercent: 12.5, gap: '350000.00', coverage: 'SHORT' }),
        teams: [row('TEAM', 'u-m', '王经理', { target: '400000.00', completionPercent: 12.5, gap: '350000.00', coverage: 'SHORT' })],
        people: [row('PERSON', 'u-s1', '李娜', { target: '150000.00', completionPercent: 33.33, gap: '100000.00', coverage: 'COMMIT' })],
      },
      {
        __typename: 'ForecastPeriod' as const,
        label: '2026-Q2',
        start: '2026-04-01',
        end: '2026-06-30',
        total: row('TOTAL', null, null),
        teams: [],
        people: [],
      },
    ],
  },
});
const mock = (role: string) => ({
  request: { query: SalesForecastQuery, variables: { filter: { period: 'QUARTER', from: '2026-01-01', periods: 2 } } },
  result: { data: { __typename: 'Query' as const, ...data(role) } },
});

describe('ForecastView', () => {
  it('shows each period with won, weighted, commit, best case, target, completion, gap and coverage per team and person', async () => {
    renderWithProviders(<ForecastView />, { mocks: [mock('MANAGER')] });
    const q1 = await screen.findByTestId('forecast-period-2026-Q1');
    expect(within(q1).getByText('王经理 团队')).toBeInTheDocument();
    const person = within(q1).getByText('李娜').closest('tr') as HTMLElement;
    expect(person).toHaveTextContent('¥150,000.00');
    expect(person).toHaveTextContent('33.33%');
    expect(person).toHaveTextContent('¥100,000.00');
    expect(within(person).getByText('承诺可补足')).toBeInTheDocument();
    // Every amount opens the deals behind it.
    expect(within(person).getByRole('link', { name: '¥100,000.00' })).toHaveAttribute(
      'href',
      '/deals?view=list&owner=u-s1&stage=PROPOSAL%2CNEGOTIATION&closeFrom=2026-01-01&closeTo=2026-03-31',
    );
    // The total of a manager is their team.
    expect(within(q1).getByTestId('forecast-total-won')).toHaveAttribute(
      'href',
      '/deals?view=list&team=u-m&teamName=%E7%8E%8B%E7%BB%8F%E7%90%86&stage=WON&closedFrom=2026-01-01&closedTo=2026-03-31',
    );
    expect(within(q1).getAllByText('预测不足').length).toBeGreaterThan(0);
    expect(await screen.findByTestId('forecast-period-2026-Q2')).toHaveTextContent('本期没有商机或目标');
    expect(screen.getByRole('button', { name: '设定目标' })).toBeInTheDocument();
  });

  it('offers no target form to a salesperson', async () => {
    renderWithProviders(<ForecastView />, { mocks: [mock('SALES')] });
    await screen.findByTestId('forecast-period-2026-Q1');
    expect(screen.queryByRole('button', { name: '设定目标' })).toBeNull();
  });
});
