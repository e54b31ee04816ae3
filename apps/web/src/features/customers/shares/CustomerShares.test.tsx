import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { CustomerShares } from './CustomerShares';
import { CustomerSharesQuery, UnshareCustomerMutation } from './documents';

jest.setTimeout(60_000);

const user = (id: string, name: string) => ({ __typename: 'User', id, name });
const share = (id: string, name: string, canEdit: boolean, expiresAt: string | null) => ({
  __typename: 'CustomerShare',
  customerId: 'c1',
  canEdit,
  createdAt: '2026-12-01T02:00:00.000Z',
  expiresAt,
  user: user(id, name),
  sharedBy: user('u0', '王强'),
});
const sharesOf = (list: ReturnType<typeof share>[]) => ({
  request: { query: CustomerSharesQuery, variables: { id: 'c1' } },
  result: { data: { customer: { __typename: 'Customer', id: 'c1', name: '北京华信', shares: list } } },
});

describe('CustomerShares', () => {
  it('lists colleagues with their access and end, in Beijing time', async () => {
    renderWithProviders(<CustomerShares customerId="c1" canUnshare />, {
      mocks: [sharesOf([share('u1', '李娜', true, '2026-12-31T15:59:00.000Z'), share('u2', '张伟', false, null)])],
    });
    expect(await screen.findByText('李娜')).toBeInTheDocument();
    expect(screen.getByText('可编辑')).toBeInTheDocument();
    expect(screen.getByText('至 2026-12-31 23:59')).toBeInTheDocument();
    expect(screen.getByText('长期')).toBeInTheDocument();
  });

  it('stops sharing only after the confirmation', async () => {
    const u = userEvent.setup({ delay: null });
    const unshared = jest.fn(() => ({
      data: { unshareCustomer: [{ __typename: 'CustomerShare', customerId: 'c1', user: { __typename: 'User', id: 'u2' } }] },
    }));
    renderWithProviders(<CustomerShares customerId="c1" canUnshare />, {
      mocks: [
        sharesOf([share('u1', '李娜', true, null), share('u2', '张伟', false, null)]),
        { request: { query: UnshareCustomerMutation, variables: { customerId: 'c1', userIds: ['u1'] } }, result: unshared },
        sharesOf([share('u2', '张伟', false, null)]),
      ],
    });
    const item = (await screen.findByText('李娜')).closest('li')!;
    await u.click(within(item).getByRole('button', { name: /取消共享/ }));
    expect(await screen.findByText('取消与 李娜 的共享？对方将不能再查看此客户。')).toBeInTheDocument();
    expect(unshared).not.toHaveBeenCalled();
    await u.click(screen.getByRole('button', { name: /确\s*定/ }));
    expect(await screen.findByText('已取消与 李娜 的共享')).toBeInTheDocument();
    expect(unshared).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByText('李娜')).toBeNull());
  });

  it('hides 取消共享 from who may not share', async () => {
    renderWithProviders(<CustomerShares customerId="c1" canUnshare={false} />, { mocks: [sharesOf([share('u1', '李娜', true, null)])] });
    expect(await screen.findByText('李娜')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /取消共享/ })).toBeNull();
  });
});
