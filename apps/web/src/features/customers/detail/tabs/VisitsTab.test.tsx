import { configure, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { customer360Data } from '../customer360.fixture';
import { VisitsTab } from './VisitsTab';

jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 10_000 });

describe('VisitsTab', () => {
  it("shows the customer's average satisfaction, overall and per dimension, and each visit's score in words", () => {
    renderWithProviders(<VisitsTab customer={customer360Data().customer as never} canPlan={false} />);
    const averages = within(screen.getByTestId('visit-averages'));
    expect(averages.getByText('客户平均满意度')).toBeInTheDocument();
    expect(averages.getByText('总体满意度')).toBeInTheDocument();
    expect(averages.getByText('产品质量')).toBeInTheDocument();
    expect(averages.getByText('服务态度')).toBeInTheDocument();
    expect(screen.getByTestId('visit-averages')).toHaveTextContent(/总体满意度4\.00\s*\/ 5/);
    expect(screen.getByTestId('visit-averages')).toHaveTextContent(/产品质量5\.00\s*\/ 5/);
    expect(screen.getByTestId('visit-averages')).toHaveTextContent(/服务态度3\.00\s*\/ 5/);
    expect(averages.getByText('基于 1 次已完成回访')).toBeInTheDocument();
    expect(screen.getByTestId('visit-score')).toHaveTextContent('4 分 · 满意');
  });

  it('says so when nothing is scored yet, in English too', () => {
    const data = customer360Data().customer;
    const customer = {
      ...data,
      visits: [data.visits[0]],
      visitSatisfaction: { ...data.visitSatisfaction, total: 0, averageScore: null, dimensions: [] },
    };
    renderWithProviders(<VisitsTab customer={customer as never} canPlan={false} />, { locale: 'en' });
    expect(within(screen.getByTestId('visit-averages')).getByText('No scores yet')).toBeInTheDocument();
    expect(screen.queryByTestId('visit-score')).toBeNull();
  });
});
