import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { CustomerLifecycleDialog } from './CustomerLifecycleDialog';
import { DeactivateCustomerMutation, DeleteCustomerMutation } from './lifecycleDocuments';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 10_000 });

const push = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ replace: jest.fn(), push, refresh: jest.fn() }) }));

describe('CustomerLifecycleDialog', () => {
  it('a refused delete says why and offers 停用, which then deactivates', async () => {
    const user = userEvent.setup({ delay: null });
    const deactivated = jest.fn(() => ({
      data: { deactivateCustomer: { __typename: 'Customer', id: 'c1', version: 4, status: 'DEACTIVATED' } },
    }));
    const onClose = jest.fn();
    renderWithProviders(<CustomerLifecycleDialog customer={{ id: 'c1', name: '华信科技' }} action="delete" onClose={onClose} />, {
      mocks: [
        {
          request: { query: DeleteCustomerMutation, variables: { id: 'c1' } },
          result: {
            errors: [
              new GraphQLError('该客户已有 1 份合同，不能删除，请改为停用', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'id',
                  messageKey: 'customers.customerCannotDeleted',
                  params: { reason: { t: 'text', zh: '该客户已有 1 份合同', en: 'The customer has 1 contract' } },
                },
              }),
            ],
          },
        },
        { request: { query: DeactivateCustomerMutation, variables: { id: 'c1', reason: null } }, result: deactivated },
      ],
    });
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /删\s*除/ }));
    const refused = await within(dialog).findByTestId('delete-refused');
    expect(refused).toHaveTextContent('该客户已有 1 份合同，不能删除，请改为停用');
    expect(push).not.toHaveBeenCalled();
    await user.click(within(refused).getByRole('button', { name: '改为停用' }));
    expect(dialog).toHaveTextContent('停用客户“华信科技”？');
    await user.click(within(dialog).getByRole('button', { name: /停\s*用/ }));
    await waitFor(() => expect(deactivated).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
