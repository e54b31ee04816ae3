import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { parseReportState } from '../reportState';
import { ValueReportQuery, ValueSection } from './ValueSection';

jest.mock('next/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn() }),
  usePathname: () => '/reports',
  useSearchParams: () => new URLSearchParams(),
}));

const bucket = (key: string | null, label: string, customers: number, orders: number, revenue: string, percent: number) => ({
  __typename: 'ValueBucket' as const,
  key,
  label,
  customers,
  orders,
  revenue,
  percent,
});
const valueReport = {
  __typename: 'ValueReport' as const,
  asOf: '2026-06-15',
  windowFrom: '2025-06-16',
  customers: 3,
  orders: 4,
  revenue: '560000.50',
  byGrade: [
    bucket('VIP', 'VIP', 1, 2, '400000.00', 71.43),
    bucket('IMPORTANT', '重要', 1, 1, '120000.50', 21.43),
    bucket('NORMAL', '普通', 1, 1, '40000.00', 7.14),
    bucket('POTENTIAL', '潜在', 0, 0, '0.00', 0),
  ],
  byRegion: [bucket('广东省', '广东省', 1, 2, '400000.00', 71.43), bucket(null, '未填写', 2, 2, '160000.50', 28.57)],
  top: [
    {
      __typename: 'ValueCustomer' as const,
      customerId: 'c1',
      name: '深圳华信电子科技股份有限公司',
      grade: 'VIP',
      ownerName: '李娜',
      lastOrderDate: '2026-05-01',
      recencyDays: 45,
      frequency: 2,
      revenue: '400000.00',
      percent: 71.43,
      cumulativePercent: 71.43,
    },
    {
      __typename: 'ValueCustomer' as const,
      customerId: 'c2',
      name: '北京恒通机械制造有限公司',
      grade: 'IMPORTANT',
      ownerName: null,
      lastOrderDate: '2026-01-10',
      recencyDays: 156,
      frequency: 1,
      revenue: '120000.50',
      percent: 21.43,
      cumulativePercent: 92.86,
    },
  ],
};

describe('ValueSection (客户价值 / 价值贡献)', () => {
  it('shows the window, the totals, the contribution by grade and region, and the top customers with R, F and M', async () => {
    const state = parseReportState(new URLSearchParams('owner=u-li&to=2026-06-15'));
    renderWithProviders(<ValueSection state={state} />, {
      mocks: [
        {
          request: { query: ValueReportQuery, variables: { filter: { to: '2026-06-15', ownerIds: ['u-li'] } } },
          result: { data: { valueReport } },
        },
      ],
    });
    expect(screen.getByTestId('report-value-loading')).toBeInTheDocument();
    expect(await screen.findByTestId('report-value-window')).toHaveTextContent('截至 2026-06-15，近 12 个月（2025-06-16 起）已签约合同');
    expect(screen.getByTestId('figure-value-revenue')).toHaveTextContent('¥560,000.50');
    expect(screen.getByTestId('figure-value-orders')).toHaveTextContent('4');

    const rows = (id: string) =>
      within(within(screen.getByTestId(id)).getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent));
    expect(rows('report-value-grade')).toEqual([
      ['VIP', '1', '¥400,000.00', '71.43%'],
      ['重要', '1', '¥120,000.50', '21.43%'],
      ['普通', '1', '¥40,000.00', '7.14%'],
      ['潜在', '0', '¥0.00', '0%'],
    ]);
    expect(within(screen.getByTestId('report-value-grade')).getByRole('link', { name: '重要' })).toHaveAttribute(
      'href',
      expect.stringContaining('grade=IMPORTANT'),
    );
    expect(rows('report-value-region').map((r) => r[0])).toEqual(['广东省', '未填写']);
    expect(rows('report-value-top')).toEqual([
      ['1', '深圳华信电子科技股份有限公司', 'VIP', '李娜', '2026-05-01 · 45 天前', '2', '¥400,000.00', '71.43%', '71.43%'],
      ['2', '北京恒通机械制造有限公司', '重要', '公海', '2026-01-10 · 156 天前', '1', '¥120,000.50', '21.43%', '92.86%'],
    ]);
    expect(within(screen.getByTestId('report-value-top')).getByRole('link', { name: '深圳华信电子科技股份有限公司' })).toHaveAttribute(
      'href',
      '/customers/c1',
    );
  });
});
