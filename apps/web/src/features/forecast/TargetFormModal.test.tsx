import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { SetSalesTargetMutation, targetAmountProblem, TargetFormModal } from './TargetFormModal';

// antd forms render slowly in jsdom on a busy 2-core machine (nothing here measures time).
jest.setTimeout(60_000);

const people = [
  { id: 'u-s1', name: '李娜' },
  { id: 'u-s2', name: '张伟' },
];
const teams = [{ id: 'u-m', name: '王经理' }];
const save = () => screen.getByRole('button', { name: /保\s*存/ });
const props = { open: true, people, teams, today: '2026-03-20', period: 'MONTH' as const, onClose: jest.fn() };

async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByLabelText(label));
  const dropdown = document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)') as HTMLElement;
  await user.click(within(dropdown).getByText(option));
}

describe('targetAmountProblem', () => {
  it('wants an amount of 0 or more with at most two decimals', () => {
    expect(targetAmountProblem(undefined)).toBe('required');
    expect(targetAmountProblem('  ')).toBe('required');
    expect(targetAmountProblem('-1')).toBe('invalid');
    expect(targetAmountProblem('12.345')).toBe('invalid');
    expect(targetAmountProblem('abc')).toBe('invalid');
    expect(targetAmountProblem('0')).toBeNull();
    expect(targetAmountProblem('150000.50')).toBeNull();
  });
});

describe('TargetFormModal', () => {
  it('asks for the salesperson and the amount before saving', async () => {
    const user = userEvent.setup({ delay: null });
    const onSaved = jest.fn();
    renderWithProviders(<TargetFormModal {...props} canCompany={false} onSaved={onSaved} />);
    expect(screen.getByRole('dialog')).toHaveTextContent('设定销售目标');
    await user.click(save());
    expect(await screen.findByText('请选择销售或团队')).toBeInTheDocument();
    expect(screen.getByText('请输入目标金额')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses a negative amount and more than two decimals', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TargetFormModal {...props} canCompany={false} />);
    fireEvent.change(screen.getByLabelText('目标金额（元）'), { target: { value: '-1' } });
    await user.click(save());
    expect(await screen.findByText('请输入不小于 0 的金额，最多两位小数')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('目标金额（元）'), { target: { value: '12.345' } });
    await user.click(save());
    expect(await screen.findByText('请输入不小于 0 的金额，最多两位小数')).toBeInTheDocument();
  });

  it('offers the company target to admins only', async () => {
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderWithProviders(<TargetFormModal {...props} canCompany={false} />);
    await user.click(screen.getByLabelText('对象'));
    expect(screen.queryByText('公司')).toBeNull();
    unmount();
    renderWithProviders(<TargetFormModal {...props} canCompany />);
    await choose(user, '对象', '公司');
    // The company target names no one.
    await waitFor(() => expect(screen.queryByLabelText('销售 / 团队负责人')).toBeNull());
  });

  it('sends the target of the chosen person and period as a decimal string', async () => {
    const user = userEvent.setup({ delay: null });
    const onSaved = jest.fn();
    const sent = jest.fn(() => ({
      data: {
        setSalesTarget: {
          __typename: 'SalesTarget' as const,
          id: 't1',
          subject: 'PERSON' as const,
          userId: 'u-s2',
          period: 'MONTH' as const,
          periodStart: '2026-04-01',
          amount: '150000.50',
          version: 1,
        },
      },
    }));
    renderWithProviders(<TargetFormModal {...props} canCompany={false} onSaved={onSaved} />, {
      mocks: [
        {
          request: {
            query: SetSalesTargetMutation,
            variables: { input: { subject: 'PERSON', userId: 'u-s2', period: 'MONTH', periodStart: '2026-04-01', amount: '150000.50' } },
          },
          result: sent,
        },
      ],
    });
    await choose(user, '销售 / 团队负责人', '张伟');
    await choose(user, '期间', '2026-04');
    fireEvent.change(screen.getByLabelText('目标金额（元）'), { target: { value: ' 150000.50 ' } });
    await user.click(save());
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toHaveBeenCalledTimes(1);
  });
});
