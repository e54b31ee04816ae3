import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { DeleteReceiptButton } from './DeleteReceiptButton';
import { DeleteReceiptMutation } from './queries';

jest.setTimeout(60_000);

const receipt = { id: 'r1', amount: '40000', receivedDate: '2026-12-01' };

describe('DeleteReceiptButton', () => {
  it('deletes only after the confirmation naming the receipt', async () => {
    const user = userEvent.setup({ delay: null });
    const onDeleted = jest.fn();
    const deleted = jest.fn(() => ({ data: { deleteReceipt: true } }));
    renderWithProviders(<DeleteReceiptButton receipt={receipt} contractNumber="HT-2026-0001" onDeleted={onDeleted} />, {
      mocks: [{ request: { query: DeleteReceiptMutation, variables: { id: 'r1' } }, result: deleted }],
    });
    await user.click(screen.getByRole('button', { name: /删\s*除/ }));
    expect(await screen.findByText('删除 2026-12-01 的回款 ¥40,000.00（合同 HT-2026-0001）？')).toBeInTheDocument();
    expect(deleted).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(deleted).toHaveBeenCalled();
  });

  it('shows a refusal and keeps the row', async () => {
    const user = userEvent.setup({ delay: null });
    const onDeleted = jest.fn();
    const refused = { errors: [new GraphQLError('您没有权限删除此回款', { extensions: { code: 'FORBIDDEN' } })] };
    renderWithProviders(<DeleteReceiptButton receipt={receipt} contractNumber="HT-2026-0001" onDeleted={onDeleted} />, {
      mocks: [{ request: { query: DeleteReceiptMutation, variables: { id: 'r1' } }, result: refused }],
    });
    await user.click(screen.getByRole('button', { name: /删\s*除/ }));
    await user.click(await screen.findByRole('button', { name: /确\s*定/ }));
    expect(await screen.findByText('您没有权限删除此回款')).toBeInTheDocument();
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
