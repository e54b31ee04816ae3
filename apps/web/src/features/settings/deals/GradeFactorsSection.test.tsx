import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { GradingFactorsQuery, UpdateGradingFactorsMutation } from './documents';
import { GradeFactorsSection } from './GradeFactorsSection';

jest.setTimeout(60_000);

const factors = (tenureMonths: number, minCredit: 'A' | 'B' | 'C') => ({
  __typename: 'GradeFactorsType' as const,
  tenureMonths,
  minCredit,
});

describe('GradeFactorsSection (分级因素)', () => {
  it('shows the factors in force and saves an admin change', async () => {
    const saved = jest.fn(() => ({ data: { updateGradingFactors: factors(24, 'C') } }));
    renderWithProviders(<GradeFactorsSection canManage />, {
      mocks: [
        { request: { query: GradingFactorsQuery }, result: { data: { gradingFactors: factors(0, 'C') } } },
        { request: { query: UpdateGradingFactorsMutation, variables: { input: { tenureMonths: 24, minCredit: 'C' } } }, result: saved },
      ],
    });
    const card = await screen.findByTestId('grade-factors');
    expect(within(card).getByText('C 级（不启用）')).toBeInTheDocument();
    const months = within(card).getByRole('spinbutton');
    expect(months).toHaveValue('0');
    await userEvent.clear(months);
    await userEvent.type(months, '24');
    await userEvent.click(within(card).getByRole('button', { name: '保存分级因素' }));
    expect(await screen.findByText('分级因素已保存')).toBeInTheDocument();
    expect(saved).toHaveBeenCalled();
  });

  it('is read-only for others', async () => {
    renderWithProviders(<GradeFactorsSection canManage={false} />, {
      mocks: [{ request: { query: GradingFactorsQuery }, result: { data: { gradingFactors: factors(12, 'B') } } }],
    });
    const card = await screen.findByTestId('grade-factors');
    expect(within(card).getByRole('spinbutton')).toBeDisabled();
    expect(within(card).queryByRole('button', { name: '保存分级因素' })).toBeNull();
  });
});
