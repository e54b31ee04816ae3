import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { DEFAULT_REPORT_STATE } from '../reportState';
import { SatisfactionScoresQuery, SatisfactionScoresSection } from './SatisfactionScoresSection';

jest.setTimeout(60_000);

const dim = (key: string, nameZh: string, nameEn: string) => ({ __typename: 'SatisfactionDimension' as const, key, nameZh, nameEn });
const avg = (key: string, average: number | null) => ({
  __typename: 'DimensionAverage' as const,
  dimension: { __typename: 'SatisfactionDimension' as const, key },
  average,
});
const report = {
  __typename: 'SatisfactionReport' as const,
  averageScore: 3.67,
  dimensions: [
    { __typename: 'DimensionAverage' as const, dimension: dim('QUALITY', '产品质量', 'Product quality'), average: 3.33 },
    { __typename: 'DimensionAverage' as const, dimension: dim('SERVICE', '服务态度', 'Service attitude'), average: 3.67 },
  ],
  trend: [
    {
      __typename: 'SatisfactionPeriod' as const,
      period: '2026-02',
      visits: 0,
      averageScore: null,
      dimensions: [avg('QUALITY', null), avg('SERVICE', null)],
    },
    {
      __typename: 'SatisfactionPeriod' as const,
      period: '2026-03',
      visits: 3,
      averageScore: 3.67,
      dimensions: [avg('QUALITY', 3.33), avg('SERVICE', 3.67)],
    },
  ],
  people: [
    {
      __typename: 'SatisfactionPerson' as const,
      userId: 'u1',
      name: '李娜',
      visits: 2,
      averageScore: 4.5,
      dimensions: [avg('QUALITY', 4.5), avg('SERVICE', 4)],
    },
  ],
};

describe('SatisfactionScoresSection', () => {
  it('shows the trend per period and the scores per salesperson, overall and per dimension, by name', async () => {
    renderWithProviders(<SatisfactionScoresSection state={{ ...DEFAULT_REPORT_STATE, tab: 'money' }} />, {
      mocks: [{ request: { query: SatisfactionScoresQuery, variables: { filter: {} } }, result: { data: { satisfactionReport: report } } }],
    });
    const trend = within(await screen.findByTestId('report-satisfaction-trend'));
    expect(trend.getByText('满意度趋势（分维度）')).toBeInTheDocument();
    const march = trend.getByText('2026-03').closest('tr')!;
    expect(
      within(march)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2026-03', '3', '3.67', '3.33', '3.67']);
    const feb = trend.getByText('2026-02').closest('tr')!;
    expect(
      within(feb)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2026-02', '0', '—', '—', '—']);
    expect(trend.getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['期间', '回访次数', '总体', '产品质量', '服务态度']);
    const people = within(screen.getByTestId('report-satisfaction-people'));
    const li = people.getByText('李娜').closest('tr')!;
    expect(
      within(li)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['李娜', '2', '4.50', '4.50', '4.00']);
  });
});
