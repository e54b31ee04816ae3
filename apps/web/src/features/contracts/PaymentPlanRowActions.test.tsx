import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { PaymentPlanRowActions, type PlanRow } from './PaymentPlanRowActions';
import { DeletePaymentPlanMutation, UpdatePaymentPlanMutation } from './rowActionQueries';

// antd forms render slowly on a busy machine; the timeout is not about behaviour.
jest.setTimeout(60_000);

const plan: PlanRow = { id: 'p1', dueDate: '2026-12-31', amount: '40000.00', receivedAmount: '0.00', remark: null, version: 2 };
const saveButton = () => screen.getAllByRole('button', { name: /保\s*存/ }).find((b) => b.closest('.ant-modal-footer'))!;

describe('PaymentPlanRowActions', () => {
  it('edits the plan: checks the amount, saves with the version read', async () => {
    const user = userEvent.setup({ delay: null });
    const onChanged = jest.fn();
    const saved = jest.fn(() => ({
      data: {
        updatePaymentPlan: { __typename: 'PaymentPlan', id: 'p1', dueDate: '2026-12-31', amount: '35000.00', remark: null, version: 3 },
      },
    }));
    renderWithProviders(<PaymentPlanRowActions plan={plan} onChanged={onChanged} />, {
      mocks: [
        {
          request: {
            query: UpdatePaymentPlanMutation,
            variables: { id: 'p1', version: 2, input: { amount: '35000.00', dueDate: '2026-12-31', remark: null } },
          },
          result: saved,
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: /编\s*辑/ }));
    expect(await screen.findByText('编辑收款计划')).toBeInTheDocument();
    const amount = screen.getByLabelText('计划金额') as HTMLInputElement;
    await waitFor(() => expect(amount.value).toBe('40000.00'));
    fireEvent.change(amount, { target: { value: '-5' } });
    await user.click(saveButton());
    expect(await screen.findByText('请输入大于 0 的金额，最多两位小数')).toBeInTheDocument();
    expect(saved).not.toHaveBeenCalled();
    fireEvent.change(amount, { target: { value: '35000.00' } });
    await user.click(saveButton());
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(saved).toHaveBeenCalled();
  });

  it('shows the API refusal on the amount field', async () => {
    const user = userEvent.setup({ delay: null });
    const onChanged = jest.fn();
    const refused = {
      errors: [
        new GraphQLError('收款计划合计不能超过合同金额', {
          extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' },
        }),
      ],
    };
    renderWithProviders(<PaymentPlanRowActions plan={plan} onChanged={onChanged} />, {
      mocks: [
        {
          request: {
            query: UpdatePaymentPlanMutation,
            variables: { id: 'p1', version: 2, input: { amount: '90000', dueDate: '2026-12-31', remark: null } },
          },
          result: refused,
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: /编\s*辑/ }));
    const amount = screen.getByLabelText('计划金额') as HTMLInputElement;
    await waitFor(() => expect(amount.value).toBe('40000.00'));
    fireEvent.change(amount, { target: { value: '90000' } });
    await user.click(saveButton());
    expect(await screen.findByText('收款计划合计不能超过合同金额')).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('a stale version is a conflict: says so and reloads', async () => {
    const user = userEvent.setup({ delay: null });
    const onChanged = jest.fn();
    const stale = { errors: [new GraphQLError('收款计划已被他人修改', { extensions: { code: 'CONFLICT' } })] };
    renderWithProviders(<PaymentPlanRowActions plan={plan} onChanged={onChanged} />, {
      mocks: [
        {
          request: {
            query: UpdatePaymentPlanMutation,
            variables: { id: 'p1', version: 2, input: { amount: '40000.00', dueDate: '2026-12-31', remark: null } },
          },
          result: stale,
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: /编\s*辑/ }));
    await waitFor(() => expect((screen.getByLabelText('计划金额') as HTMLInputElement).value).toBe('40000.00'));
    await user.click(saveButton());
    expect(await screen.findByText('数据已被他人修改，已为您刷新，请重新操作')).toBeInTheDocument();
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });

  it('deletes only after the confirmation naming the date and amount', async () => {
    const user = userEvent.setup({ delay: null });
    const onChanged = jest.fn();
    const deleted = jest.fn(() => ({ data: { deletePaymentPlan: true } }));
    renderWithProviders(<PaymentPlanRowActions plan={plan} onChanged={onChanged} />, {
      mocks: [{ request: { query: DeletePaymentPlanMutation, variables: { id: 'p1' } }, result: deleted }],
    });
    await user.click(screen.getByRole('button', { name: /删\s*除/ }));
    expect(await screen.findByText('删除 2026-12-31 的收款计划 ¥40,000.00？')).toBeInTheDocument();
    expect(deleted).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(deleted).toHaveBeenCalled();
  });

  it('does not offer delete once money was received against the plan', () => {
    renderWithProviders(<PaymentPlanRowActions plan={{ ...plan, receivedAmount: '100.00' }} onChanged={jest.fn()} />);
    expect(screen.getByRole('button', { name: /删\s*除/ })).toBeDisabled();
  });
});
