import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { NotificationAddedSubscription, UnreadNotificationCountQuery } from './documents';
import { NotificationBell } from './NotificationBell';

const push = jest.fn();
jest.mock('next/navigation', () => ({
  usePathname: () => '/',
  useRouter: () => ({ push, replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
}));

const count = (n: number) => ({
  request: { query: UnreadNotificationCountQuery },
  delay: 0,
  result: { data: { unreadNotificationCount: n } },
});

const added = {
  request: { query: NotificationAddedSubscription },
  // After the count has loaded, as in the app (a notification comes long after the page opened).
  delay: 100,
  result: {
    data: {
      notificationAdded: {
        __typename: 'Notification',
        id: 'n-1',
        kind: 'TASK_DUE',
        title: '回电北京华信',
        body: '任务即将到期（11-24 10:00）：回电北京华信',
        link: '/tasks?id=t-1',
        read: false,
        readAt: null,
        dueAt: '2026-11-24T02:00:00.000Z',
        createdAt: '2026-11-24T01:00:00.000Z',
      },
    },
  },
};

/** Never answers: the subscription stays open without an event. */
const silent = { request: { query: NotificationAddedSubscription }, delay: Infinity, result: { data: null } };

function bell() {
  return screen.getByTestId('notification-bell');
}

describe('NotificationBell', () => {
  it('shows the unread count as a badge on the bell', async () => {
    renderWithProviders(<NotificationBell />, { mocks: [count(3), silent] });
    await waitFor(() => expect(bell()).toHaveAttribute('data-count', '3'));
    expect(bell()).toHaveAttribute('aria-label', '3 条未读提醒');
    expect(bell()).toHaveAttribute('href', '/reminders');
    expect(screen.getByTestId('notification-bell-count')).toHaveTextContent('3');
  });

  it('shows no number when everything is read', async () => {
    renderWithProviders(<NotificationBell />, { mocks: [count(0), silent] });
    await waitFor(() => expect(bell()).toHaveAttribute('aria-label', '提醒'));
    expect(screen.queryByTestId('notification-bell-count')).toBeNull();
  });

  it('toasts a notification that arrives live and raises the count', async () => {
    renderWithProviders(<NotificationBell />, { mocks: [count(2), added] });
    await waitFor(() => expect(bell()).toHaveAttribute('data-count', '2'));
    // The toast's code and antd's notification load with the first notification.
    const toast = await screen.findByTestId('notification-toast', {}, { timeout: 10_000 });
    expect(toast).toHaveTextContent('回电北京华信');
    expect(toast).toHaveTextContent('任务到期');
    expect(toast).toHaveTextContent('任务即将到期（11-24 10:00）');
    await waitFor(() => expect(bell()).toHaveAttribute('data-count', '3'));
    await userEvent.setup().click(screen.getByRole('button', { name: /查\s*看/ }));
    expect(push).toHaveBeenCalledWith('/tasks?id=t-1');
  });
});
