import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ExportViewerQuery } from '@/features/exports/documents';
import { ReportUsersQuery } from './ReportFilters';
import { ReportsView } from './ReportsView';
import { OpportunityReportQuery } from './sections/DealSection';
import { opportunityReport, reportUsers } from './testData';

// antd's date range picker and selects render slowly in jsdom on a busy machine: no speed is asserted here.
jest.setTimeout(60_000);

// The page reads its state from the URL and writes every change back with router.replace.
const replace = jest.fn();
let search = '';
jest.mock('next/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace }),
  usePathname: () => '/reports',
  useSearchParams: () => new URLSearchParams(search),
}));

const viewer = { __typename: 'User' as const, id: 'u-wang', role: 'MANAGER', canExport: false };
const mocks = (filter: object) => [
  { request: { query: ReportUsersQuery }, result: { data: { users: reportUsers } } },
  { request: { query: ExportViewerQuery }, result: { data: { me: viewer } } },
  { request: { query: OpportunityReportQuery, variables: { filter } }, result: { data: { opportunityReport } } },
];

beforeEach(() => replace.mockClear());

describe('ReportsView filters in the URL', () => {
  it('opens the tab, owners, team and period named by the URL and asks the API with exactly that filter', async () => {
    search = 'tab=deals&owner=u-li&team=u-wang&period=QUARTER';
    renderWithProviders(<ReportsView />, {
      mocks: mocks({ ownerIds: ['u-li'], teamOf: 'u-wang', span: 'QUARTER' }),
    });

    expect(await screen.findByTestId('report-funnel')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '商机统计', selected: true })).toBeInTheDocument();
    const filters = screen.getByTestId('report-filters');
    expect(await within(filters).findByText('李娜')).toBeInTheDocument();
    expect(within(filters).getByText('王磊')).toBeInTheDocument();
    expect(within(filters).getByRole('radio', { name: '按季' })).toBeChecked();
    // A manager may export the report shown (Excel or PDF).
    expect(await screen.findByTestId('export-button')).toHaveTextContent('导出');
  });

  it('shows an explicit range instead of a period, and a period replaces the range for every card and chart', async () => {
    search = 'tab=deals&owner=u-li&from=2026-11-01&to=2026-11-23';
    renderWithProviders(<ReportsView />, { mocks: mocks({ from: '2026-11-01', to: '2026-11-23', ownerIds: ['u-li'] }) });
    await screen.findByTestId('report-funnel');
    const filters = screen.getByTestId('report-filters');
    expect(within(filters).getByDisplayValue('2026-11-01')).toBeInTheDocument();
    expect(within(filters).getByDisplayValue('2026-11-23')).toBeInTheDocument();
    expect(within(filters).getByRole('radio', { name: '按月' })).not.toBeChecked();

    await userEvent.click(screen.getByText('按年'));
    expect(replace).toHaveBeenLastCalledWith('/reports?tab=deals&owner=u-li&period=YEAR', { scroll: false });

    await userEvent.click(screen.getByRole('tab', { name: '合同与回款' }));
    expect(replace).toHaveBeenLastCalledWith('/reports?tab=money&from=2026-11-01&to=2026-11-23&owner=u-li', { scroll: false });

    await userEvent.click(screen.getByRole('button', { name: /重\s*置/ }));
    expect(replace).toHaveBeenLastCalledWith('/reports?tab=deals', { scroll: false });
  });

  it('adds an owner picked from the list', async () => {
    search = 'tab=deals';
    renderWithProviders(<ReportsView />, { mocks: mocks({}) });
    await screen.findByTestId('report-funnel');
    await userEvent.click(screen.getByRole('combobox', { name: '负责人' }));
    const option = (await screen.findAllByText('王磊')).find((el) => el.closest('.ant-select-item-option'));
    await userEvent.click(option!);
    expect(replace).toHaveBeenLastCalledWith('/reports?tab=deals&owner=u-wang', { scroll: false });
  });
});
