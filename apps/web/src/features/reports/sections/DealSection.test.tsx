import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { parseReportState } from '../reportState';
import { opportunityReport } from '../testData';
import { DealSection, OpportunityReportQuery } from './DealSection';

const push = jest.fn();
jest.mock('next/navigation', () => ({
  useRouter: () => ({ push, replace: jest.fn() }),
  usePathname: () => '/reports',
  useSearchParams: () => new URLSearchParams(),
}));

describe('DealSection (商机漏斗)', () => {
  it('draws the funnel and lists every stage with count, amount and weighted amount, each linking to its deals', async () => {
    const state = parseReportState(new URLSearchParams('tab=deals&owner=u-li&from=2026-11-01&to=2026-11-23'));
    renderWithProviders(<DealSection state={state} />, {
      mocks: [
        {
          request: { query: OpportunityReportQuery, variables: { filter: { from: '2026-11-01', to: '2026-11-23', ownerIds: ['u-li'] } } },
          result: { data: { opportunityReport } },
        },
      ],
    });
    expect(screen.getByTestId('report-loading')).toBeInTheDocument();

    const card = await screen.findByTestId('report-funnel');
    const table = within(card).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent))).toEqual([
      ['初步接触', '4', '¥120,000.00', '¥24,000.00'],
      ['需求分析', '3', '¥90,000.50', '¥36,000.20'],
      ['方案报价', '2', '¥200,000.00', '¥120,000.00'],
      ['合同谈判', '1', '¥80,000.00', '¥64,000.00'],
      ['赢单', '2', '¥150,000.00', '¥150,000.00'],
      ['输单', '1', '¥30,000.00', '¥0.00'],
    ]);
    expect(within(table).getByRole('link', { name: '合同谈判' })).toHaveAttribute('href', '/deals?stage=NEGOTIATION&owner=u-li');

    // Headline figures with 环比, the range the API used, lost reasons.
    expect(screen.getByTestId('report-range')).toHaveTextContent('统计区间 2026-11-01 至 2026-11-23，环比对比 2026-10-09 至 2026-10-31');
    expect(screen.getByText('66.67%')).toBeInTheDocument();
    expect(within(screen.getByTestId('report-lost-reasons')).getByText('价格过高')).toBeInTheDocument();

    // The chart column is there (recharts itself is loaded on demand and needs a real layout to draw).
    expect(within(card).getByTestId('report-funnel-chart')).toBeInTheDocument();
  });

  it('says what to do when the range has no opportunities', async () => {
    const empty = {
      ...opportunityReport,
      funnel: opportunityReport.funnel.map((f) => ({ ...f, count: 0, amount: '0.00', weightedAmount: '0.00' })),
      lostReasons: [],
    };
    renderWithProviders(<DealSection state={parseReportState(new URLSearchParams())} />, {
      mocks: [{ request: { query: OpportunityReportQuery, variables: { filter: {} } }, result: { data: { opportunityReport: empty } } }],
    });
    const card = await screen.findByTestId('report-funnel');
    expect(within(card).getByText('所选区间内没有数据，换个时间范围或负责人试试')).toBeInTheDocument();
  });
});
