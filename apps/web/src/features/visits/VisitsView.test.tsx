import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { DealsViewerQuery } from '@/features/deals/common/useViewer';
import { VisitsPageQuery } from './documents';
import { VisitsView } from './VisitsView';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 10_000 });

const viewer = {
  request: { query: DealsViewerQuery },
  result: { data: { me: { __typename: 'User', id: 'u1', name: '李娜', role: 'SALES' } } },
};
const page = (topic: string, recorded: boolean) => ({
  data: {
    visits: {
      __typename: 'VisitConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
      edges: [
        {
          __typename: 'VisitEdge',
          node: {
            __typename: 'Visit',
            id: topic,
            topic,
            type: 'REGULAR',
            plannedAt: '2026-01-05T02:00:00.000Z',
            actualAt: recorded ? '2026-01-05T03:00:00.000Z' : null,
            recorded,
            overallScore: recorded ? 4 : null,
            content: null,
            version: 1,
            owner: { __typename: 'User', id: 'u1', name: '李娜' },
            customer: { __typename: 'Customer', id: 'c1', name: '华信科技' },
          },
        },
      ],
    },
  },
});

describe('VisitsView', () => {
  it('asks the API for my visits, and for the status chosen', async () => {
    const user = userEvent.setup({ delay: null });
    const mine = jest.fn(() => page('季度回访', false));
    const overdue = jest.fn(() => page('逾期回访', false));
    renderWithProviders(<VisitsView />, {
      mocks: [
        viewer,
        { request: { query: VisitsPageQuery, variables: { filter: { ownerId: 'u1', status: null }, first: 50 } }, result: mine },
        { request: { query: VisitsPageQuery, variables: { filter: { ownerId: 'u1', status: ['OVERDUE'] }, first: 50 } }, result: overdue },
      ],
    });
    expect(await screen.findByText('季度回访')).toBeInTheDocument();
    expect(screen.getByText('华信科技')).toBeInTheDocument();
    await user.click(screen.getByTitle('已逾期'));
    expect(await screen.findByText('逾期回访')).toBeInTheDocument();
    await waitFor(() => expect(overdue).toHaveBeenCalledTimes(1));
  });
});
