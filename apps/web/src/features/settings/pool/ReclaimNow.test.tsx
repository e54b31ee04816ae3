import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PoolReclaimPreviewQuery } from '@/features/pool/ReclaimPreview';
import { renderWithProviders } from '@/test/render';
import { RunPoolReclaimMutation } from './documents';
import { ReclaimNow } from './ReclaimNow';

// antd's confirm dialog loads on first use; slow in jsdom on a busy 2-core machine (nothing here measures time).
jest.setTimeout(120_000);
const slow = { timeout: 45_000 };

const item = {
  __typename: 'PoolReclaimItem',
  customerId: 'c1',
  rule: 'NO_FOLLOW_UP',
  reason: '超过 30 天未跟进',
  customer: { __typename: 'Customer', id: 'c1', name: '北京华信科技有限公司' },
  owner: { __typename: 'User', id: 'u1', name: '李娜' },
};

describe('ReclaimNow', () => {
  it('shows what would go back to the pool, and runs only after a confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    const run = jest.fn(() => ({ data: { runPoolReclaim: [item] } }));
    renderWithProviders(<ReclaimNow />, {
      mocks: [
        {
          request: { query: PoolReclaimPreviewQuery, variables: { days: 0 } },
          result: { data: { poolReclaimPreview: [{ ...item, dueAt: '2026-12-01T02:00:00Z' }] } },
        },
        { request: { query: RunPoolReclaimMutation }, result: run },
      ],
    });
    expect(screen.queryByRole('button', { name: /立即执行/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /预览现在会回收的客户/ }));
    expect(await screen.findByText('现在执行将把 1 个客户退回公海：', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('北京华信科技有限公司')).toBeInTheDocument();
    expect(run).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: /立即执行/ }));
    const [confirm] = await screen.findAllByText('立即执行公海回收？', {}, slow);
    expect(run).not.toHaveBeenCalled();
    await user.click(within(confirm.closest('.ant-modal') as HTMLElement).getByRole('button', { name: /立即执行/ }));
    await waitFor(() => expect(run).toHaveBeenCalledTimes(1), slow);
    expect((await screen.findAllByText('回收完成：1 个客户已退回公海', {}, slow)).length).toBeGreaterThan(0);
  });

  it('offers nothing to run when nothing is due', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReclaimNow />, {
      mocks: [{ request: { query: PoolReclaimPreviewQuery, variables: { days: 0 } }, result: { data: { poolReclaimPreview: [] } } }],
    });
    await user.click(screen.getByRole('button', { name: /预览现在会回收的客户/ }));
    expect(await screen.findByText('现在执行将把 0 个客户退回公海：', {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /立即执行/ })).toBeDisabled();
  });
});
