import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { MarkNotificationsReadMutation, ReminderInboxQuery, UnreadNotificationCountQuery } from './documents';
import { ReminderInbox } from './ReminderInbox';

const push = jest.fn();
jest.mock('next/navigation', () => ({
  usePathname: () => '/reminders',
  useRouter: () => ({ push, replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
}));

const node = (id: string, title: string, read: boolean, link = `/customers/c-${id}?tab=followUps`) => ({
  __typename: 'Notification',
  id,
  kind: 'FOLLOW_UP_UPCOMING',
  title,
  body: `${title}：请提前准备`,
  link,
  read,
  readAt: read ? '2026-11-23T01:00:00.000Z' : null,
  dueAt: '2026-11-24T02:00:00.000Z',
  createdAt: '2026-11-23T02:00:00.000Z',
});

const inbox = (unreadOnly: boolean, nodes: ReturnType<typeof node>[]) => ({
  request: { query: ReminderInboxQuery, variables: { unreadOnly, first: 20 } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((n) => ({ __typename: 'NotificationEdge', cursor: n.id, node: n })),
      },
    },
  },
});
const count = (n: number) => ({ request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: n } } });
const markAll = {
  request: { query: MarkNotificationsReadMutation, variables: { ids: null, all: true } },
  result: { data: { markNotificationsRead: { __typename: 'MarkNotificationsReadResult', ids: ['a'], unreadCount: 0, updated: 1 } } },
};
const markOne = {
  request: { query: MarkNotificationsReadMutation, variables: { ids: ['a'], all: false } },
  result: { data: { markNotificationsRead: { __typename: 'MarkNotificationsReadResult', ids: ['a'], unreadCount: 0, updated: 1 } } },
};

const items = () => screen.getAllByTestId('notification-item');

describe('ReminderInbox', () => {
  it('lists the notifications, unread ones marked, and marks all read', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReminderInbox />, {
      mocks: [inbox(false, [node('a', '明天跟进北京华信', false), node('b', '回访武汉金桥', true)]), count(1), markAll],
    });
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(items().map((i) => i.getAttribute('data-read'))).toEqual(['false', 'true']);
    expect(screen.getByText('共 2 条')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /全部标为已读/ }));
    await waitFor(() => expect(items()[0]).toHaveAttribute('data-read', 'true'));
    expect(await screen.findByText('已将 1 条提醒标为已读')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /全部标为已读/ })).toBeDisabled();
  });

  it('opens the record of a reminder and marks it read on the way', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReminderInbox />, { mocks: [inbox(false, [node('a', '明天跟进北京华信', false)]), count(1), markOne] });
    await waitFor(() => expect(items()).toHaveLength(1));
    await user.click(within(items()[0]).getByRole('button', { name: /查\s*看/ }));
    expect(push).toHaveBeenCalledWith('/customers/c-a?tab=followUps');
    await waitFor(() => expect(items()[0]).toHaveAttribute('data-read', 'true'));
  });

  it('says what to do when there is nothing', async () => {
    renderWithProviders(<ReminderInbox />, { mocks: [inbox(false, []), count(0)] });
    expect(await screen.findByText('暂无提醒')).toBeInTheDocument();
    expect(screen.getByText(/下次跟进时间/)).toBeInTheDocument();
  });
});
