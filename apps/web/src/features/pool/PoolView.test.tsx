import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { DealsViewerQuery } from '@/features/deals/common/useViewer';
import { ClaimCustomerMutation, PoolCustomersQuery, PoolView } from './PoolView';
import { PoolReclaimPreviewQuery } from './ReclaimPreview';

// The list keeps its filters in the URL; here the URL is empty and stays so.
jest.mock('next/navigation', () => ({
  useSearchParams: () => new URLSearchParams(),
  useRouter: () => ({ replace: jest.fn() }),
  usePathname: () => '/pool',
}));

const customer = {
  __typename: 'Customer',
  id: 'c1',
  name: '杭州云帆贸易有限公司',
  type: 'PROSPECT',
  grade: 'NORMAL',
  industry: '零售业',
  source: '展会',
  province: '浙江',
  city: '杭州',
  lastFollowUpAt: null,
  createdAt: '2026-03-01T00:00:00Z',
  tags: [],
  primaryContact: { __typename: 'Contact', id: 'k1', name: '周经理' },
};
const list = (nodes: (typeof customer)[]) => ({
  request: {
    query: PoolCustomersQuery,
    variables: { filter: {}, first: 20, after: null, orderBy: { field: 'CREATED_AT', direction: 'DESC' } },
  },
  result: {
    data: {
      poolCustomers: {
        __typename: 'CustomerConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'CustomerEdge', node })),
      },
    },
  },
});
const preview = {
  request: { query: PoolReclaimPreviewQuery, variables: { days: 7 } },
  result: { data: { poolReclaimPreview: [] } },
};
const viewer = {
  request: { query: DealsViewerQuery },
  result: { data: { me: { __typename: 'User', id: 'u1', name: '李娜', role: 'SALES' } } },
};

// A full table on a busy CI machine renders slowly; the default 5 s is not about behaviour.
jest.setTimeout(30_000);

describe('PoolView', () => {
  it('says who was faster when a claim loses the race, and refreshes the list', async () => {
    const user = userEvent.setup();
    const lost = {
      request: { query: ClaimCustomerMutation, variables: { id: 'c1' } },
      result: {
        errors: [
          new GraphQLError('该客户已被他人领取或不在公海中', {
            extensions: { code: 'CONFLICT', reason: 'ALREADY_CLAIMED', claimedBy: '张伟', messageKey: 'pool.alreadyClaimedNotPool' },
          }),
        ],
      },
    };
    renderWithProviders(<PoolView />, { mocks: [viewer, list([customer]), preview, lost, list([])] });

    await user.click(await screen.findByTestId('claim-c1'));
    expect(await screen.findByText('已被 张伟 抢先领取')).toBeInTheDocument();
    expect(screen.getByText('「杭州云帆贸易有限公司」刚被其他同事领取，列表已刷新')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('pool-total')).toHaveTextContent('共 0 个公海客户'));
    expect(screen.getByText('公海里暂时没有客户')).toBeInTheDocument();
    // The reclaim preview says that nothing of the viewer's is about to be taken back.
    expect(await screen.findByText('未来 7 天内没有客户会被收回公海')).toBeInTheDocument();
  });

  it('confirms a won claim', async () => {
    const user = userEvent.setup();
    const won = {
      request: { query: ClaimCustomerMutation, variables: { id: 'c1' } },
      result: {
        data: {
          claimCustomer: {
            __typename: 'Customer',
            id: 'c1',
            inPool: false,
            version: 2,
            type: 'ASSIGNED',
            owner: { __typename: 'User', id: 'u1', name: '李娜' },
          },
        },
      },
    };
    renderWithProviders(<PoolView />, { mocks: [viewer, list([customer]), preview, won, list([])] });
    await user.click(await screen.findByTestId('claim-c1'));
    expect(await screen.findByText('已领取「杭州云帆贸易有限公司」，已转入您的客户')).toBeInTheDocument();
  });
});
