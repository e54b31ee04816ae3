import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { DeactivateCustomerMutation, DeleteCustomerMutation } from '../detail/lifecycleDocuments';
import { BulkActions } from './BulkActions';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 10_000 });

jest.mock('next/navigation', () => ({ useRouter: () => ({ replace: jest.fn(), push: jest.fn(), refresh: jest.fn() }) }));

const refusal = new GraphQLError(
  '该客户已有 1 份合同 (customer has contracts)，不能删除，请改为停用 (deactivateCustomer) (customer cannot be deleted)',
  {
    extensions: { code: 'BAD_USER_INPUT', field: 'id' },
  },
);

describe('BulkActions', () => {
  it('deletes what it can and offers 停用 for the customers with contracts', async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = jest.fn();
    const deactivated = jest.fn(() => ({
      data: { deactivateCustomer: { __typename: 'Customer', id: 'c2', version: 3, status: 'DEACTIVATED' } },
    }));
    renderWithProviders(
      <BulkActions
        selected={[
          { id: 'c1', owner: { id: 'u2' } },
          { id: 'c2', owner: { id: 'u2' } },
        ]}
        role="MANAGER"
        userId="u1"
        tags={[]}
        users={[]}
        onDone={onDone}
        onClear={jest.fn()}
      />,
      {
        mocks: [
          {
            request: { query: DeleteCustomerMutation, variables: { id: 'c1' } },
            result: { data: { deleteCustomer: { __typename: 'Customer', id: 'c1' } } },
          },
          { request: { query: DeleteCustomerMutation, variables: { id: 'c2' } }, result: { errors: [refusal] } },
          { request: { query: DeactivateCustomerMutation, variables: { id: 'c2', reason: null } }, result: deactivated },
        ],
      },
    );
    const bar = screen.getByTestId('bulk-actions');
    expect(within(bar).getByRole('button', { name: /停\s*用/ })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: /启\s*用/ })).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: /删\s*除/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /确\s*定/ }));
    // One deleted, one refused: the offer names exactly the refused one.
    const offer = (await screen.findAllByText('1 个客户有合同，不能删除'))[0];
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    const confirm = offer.closest('.ant-modal') as HTMLElement;
    expect(confirm).toHaveTextContent('有合同的客户不能删除，可以改为停用。');
    await user.click(within(confirm).getByRole('button', { name: '停用这 1 个' }));
    await waitFor(() => expect(deactivated).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(2));
  });

  it('offers no 停用/删除 to a service agent', () => {
    renderWithProviders(
      <BulkActions
        selected={[{ id: 'c1', owner: null }]}
        role="SERVICE"
        userId="u9"
        tags={[]}
        users={[]}
        onDone={jest.fn()}
        onClear={jest.fn()}
      />,
    );
    expect(screen.queryByRole('button', { name: /删\s*除/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /停\s*用/ })).toBeNull();
  });
});
