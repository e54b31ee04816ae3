import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ReceiptForm, type ReceiptFormPlan } from './ReceiptForm';

const plans: ReceiptFormPlan[] = [
  { id: 'p1', dueDate: '2026-03-01', amount: '3000.00', outstandingAmount: '1000.00', status: 'PARTLY_PAID' },
  { id: 'p2', dueDate: '2026-04-01', amount: '2000.00', outstandingAmount: '0.00', status: 'PAID' },
];

function setup(onSubmit = jest.fn().mockResolvedValue(undefined)) {
  renderWithProviders(
    <ReceiptForm open contractNumber="HT-2026-0001" outstanding="5000.00" plans={plans} onCancel={jest.fn()} onSubmit={onSubmit} />,
  );
  return { onSubmit, amount: screen.getByLabelText('金额'), save: () => screen.getByRole('button', { name: /保\s*存/ }) };
}

// antd forms render slowly on a busy machine; the default 5 s is not about behaviour.
jest.setTimeout(30_000);

describe('ReceiptForm', () => {
  it('requires an amount and does not submit without one', async () => {
    const user = userEvent.setup();
    const { onSubmit, save } = setup();
    await user.click(save());
    expect(await screen.findByText('请填写回款金额')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses zero, three decimals and text as you type', async () => {
    const user = userEvent.setup();
    const { onSubmit, amount, save } = setup();
    await user.type(amount, '0');
    expect(await screen.findByText('请输入大于 0 的金额，最多两位小数')).toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, '12.345');
    expect(await screen.findByText('请输入大于 0 的金额，最多两位小数')).toBeInTheDocument();
    await user.click(save());
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses more than the contract’s outstanding amount', async () => {
    const user = userEvent.setup();
    const { onSubmit, amount, save } = setup();
    await user.type(amount, '5000.01');
    expect(await screen.findByText('回款金额不能超过未收金额 ¥5,000.00')).toBeInTheDocument();
    await user.click(save());
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the amount as a decimal string with today’s date and the default method', async () => {
    const user = userEvent.setup();
    const { onSubmit, amount, save } = setup();
    await user.type(amount, ' 4999.99 ');
    await user.click(save());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const values = onSubmit.mock.calls[0][0];
    expect(values).toMatchObject({ amount: '4999.99', method: 'BANK_TRANSFER', planId: null, remark: null });
    expect(values.receivedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('offers only plans with money still open', async () => {
    const user = userEvent.setup();
    setup();
    await user.click(screen.getByLabelText('对应收款计划'));
    expect(await screen.findByText('2026-03-01 计划 ¥3,000.00，未收 ¥1,000.00')).toBeInTheDocument();
    expect(screen.queryByText(/2026-04-01/)).not.toBeInTheDocument();
  });
});
