import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { customer360Data } from '../customer360.fixture';
import { DeleteOpportunityMutation, OpportunitiesTab } from './OpportunitiesTab';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 10_000 });

const customer = customer360Data().customer as never;

describe('OpportunitiesTab', () => {
  it('deletes an opportunity only after confirming, and shows the API refusal in words', async () => {
    const user = userEvent.setup({ delay: null });
    const refused = jest.fn(() => ({
      errors: [new GraphQLError('已有合同引用该商机，不能删除', { extensions: { code: 'CONFLICT' } })],
    }));
    renderWithProviders(<OpportunitiesTab customer={customer} canEdit />, {
      mocks: [{ request: { query: DeleteOpportunityMutation, variables: { id: 'o1' } }, result: refused }],
    });
    const row = screen.getByText('二期扩容').closest('tr')!;
    await user.click(within(row as HTMLElement).getByRole('button', { name: /删\s*除/ }));
    // Nothing is sent before the confirmation.
    expect(await screen.findByText('删除商机「二期扩容」？删除后不能恢复。')).toBeInTheDocument();
    expect(refused).not.toHaveBeenCalled();
    const confirm = screen.getAllByRole('button', { name: /确\s*定|OK/ }).at(-1)!;
    await user.click(confirm);
    await waitFor(() => expect(refused).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/已有合同引用该商机，不能删除/)).toBeInTheDocument();
  });

  it('offers no actions to a reader', () => {
    renderWithProviders(<OpportunitiesTab customer={customer} canEdit={false} />);
    expect(screen.queryByRole('button', { name: /删\s*除/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /新建商机/ })).toBeNull();
  });
});
