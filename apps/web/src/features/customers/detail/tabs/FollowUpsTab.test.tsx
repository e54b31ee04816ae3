import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { customer360Data } from '../customer360.fixture';
import { DeleteFollowUpMutationForTest, FollowUpsTab } from './FollowUpsTab';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 10_000 });

const customer = customer360Data().customer as never;

describe('FollowUpsTab', () => {
  it('deletes a follow-up only after confirming, with the version it read; a stale version shows the conflict', async () => {
    const user = userEvent.setup({ delay: null });
    const stale = jest.fn(() => ({
      errors: [new GraphQLError('跟进记录已被他人修改', { extensions: { code: 'CONFLICT', currentVersion: 2 } })],
    }));
    renderWithProviders(<FollowUpsTab customer={customer} canCreate />, {
      mocks: [{ request: { query: DeleteFollowUpMutationForTest, variables: { id: 'f1', version: 1 } }, result: stale }],
    });
    await user.click(screen.getByRole('button', { name: /删\s*除/ }));
    expect(await screen.findByText(/删除这条跟进记录？/)).toBeInTheDocument();
    expect(stale).not.toHaveBeenCalled();
    const confirm = screen.getAllByRole('button', { name: /删\s*除/ }).find((b) => b.closest('.ant-popconfirm'))!;
    await user.click(confirm);
    await waitFor(() => expect(stale).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/该记录已被他人修改：跟进记录已被他人修改/)).toBeInTheDocument();
  });

  it('offers no edit or delete without the right to write', () => {
    renderWithProviders(<FollowUpsTab customer={customer} canCreate={false} />);
    expect(screen.queryByRole('button', { name: /删\s*除/ })).toBeNull();
  });
});
