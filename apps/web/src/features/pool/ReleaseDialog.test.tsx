import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { ReleaseCustomerMutation, ReleaseDialog } from './ReleaseDialog';

const customer = { id: 'c1', name: '北京华信科技有限公司' };
const released = {
  request: { query: ReleaseCustomerMutation, variables: { id: 'c1', reason: '客户暂无需求' } },
  result: { data: { releaseCustomer: { __typename: 'Customer', id: 'c1', inPool: true, version: 3, owner: null } } },
};

// antd forms render slowly on a busy machine; the default 5 s is not about behaviour.
jest.setTimeout(30_000);

describe('ReleaseDialog', () => {
  it('requires a reason, then releases with it and reports back', async () => {
    const user = userEvent.setup();
    const onReleased = jest.fn();
    const onClose = jest.fn();
    renderWithProviders(<ReleaseDialog customer={customer} onClose={onClose} onReleased={onReleased} />, { mocks: [released] });

    expect(screen.getByText('将「北京华信科技有限公司」退回公海')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '确认退回' }));
    expect(await screen.findByText('请填写退回原因')).toBeInTheDocument();
    expect(onReleased).not.toHaveBeenCalled();

    await user.click(screen.getByText('客户暂无需求')); // a quick pick fills the reason
    await user.click(screen.getByRole('button', { name: '确认退回' }));
    await waitFor(() => expect(onReleased).toHaveBeenCalledWith('c1'));
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the API’s reason when the customer is already in the pool', async () => {
    const user = userEvent.setup();
    const onReleased = jest.fn();
    const inPool = {
      request: { query: ReleaseCustomerMutation, variables: { id: 'c1', reason: '非目标客户' } },
      result: {
        errors: [
          new GraphQLError('该客户已在公海中', { extensions: { code: 'CONFLICT', reason: 'IN_POOL', messageKey: 'pool.alreadyPool' } }),
        ],
      },
    };
    renderWithProviders(<ReleaseDialog customer={customer} onClose={jest.fn()} onReleased={onReleased} />, { mocks: [inPool] });
    await user.type(screen.getByLabelText('退回原因'), '非目标客户');
    await user.click(screen.getByRole('button', { name: '确认退回' }));
    expect(await screen.findByText('该客户已在公海中')).toBeInTheDocument();
    expect(onReleased).not.toHaveBeenCalled();
  });
});
