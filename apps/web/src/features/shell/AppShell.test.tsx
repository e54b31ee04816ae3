import { act, screen, waitFor } from '@testing-library/react';
import { NotificationAddedSubscription, UnreadNotificationCountQuery } from '@/features/reminders/documents';
import { renderWithProviders } from '@/test/render';
import { AppShell } from './AppShell';
import { LiveHeartbeatSubscription } from './LiveIndicator';

const heartbeat = {
  request: { query: LiveHeartbeatSubscription, variables: { intervalSeconds: 30 } },
  result: { data: { heartbeat: '2026-01-01T00:00:00.000Z' } },
};
const unread = { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 4 } } };
/** The notification subscription stays open without an event. */
const noNotification = { request: { query: NotificationAddedSubscription }, delay: Infinity, result: { data: null } };
const mocks = [heartbeat, unread, noNotification];

jest.mock('next/navigation', () => ({
  usePathname: () => '/customers',
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
}));
jest.mock('next-auth/react', () => ({ signOut: jest.fn(() => Promise.resolve()) }));

const ZH = ['首页', '客户', '公海', '商机', '合同', '回款', '提醒', '任务', '报表', '设置'];
const EN = ['Home', 'Customers', 'Pool', 'Deals', 'Contracts', 'Receipts', 'Reminders', 'Tasks', 'Reports', 'Settings'];

/** rc-menu records its keys in a microtask after mounting; let it settle inside act(). */
async function settle() {
  await act(() => Promise.resolve());
}

function navLabels() {
  return screen.getAllByRole('menuitem').map((item) => item.textContent);
}

describe('AppShell', () => {
  it('renders the Chinese navigation by default, with the user and role', async () => {
    renderWithProviders(
      <AppShell user={{ name: '王管理', role: 'ADMIN' }}>
        <p>内容</p>
      </AppShell>,
      { mocks },
    );
    await settle();
    expect(navLabels()).toEqual(ZH);
    expect(screen.getByText('王管理')).toBeInTheDocument();
    expect(screen.getByText('管理员')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /退出登录/ })).toBeInTheDocument();
    expect(screen.getByText('内容')).toBeInTheDocument();
  });

  it('renders the English navigation with locale en', async () => {
    renderWithProviders(
      <AppShell user={{ name: 'Ann', role: 'SALES' }}>
        <p>content</p>
      </AppShell>,
      { locale: 'en', mocks },
    );
    await settle();
    expect(navLabels()).toEqual(EN);
    expect(screen.getByText('Sales')).toBeInTheDocument();
  });

  it('marks the current section as selected', async () => {
    renderWithProviders(<AppShell user={{ name: 'A', role: 'SALES' }}>x</AppShell>, { mocks });
    await settle();
    const selected = document.querySelector('.ant-menu-item-selected');
    expect(selected?.textContent).toBe('客户');
  });

  it('shows that the live connection works once a heartbeat arrives', async () => {
    renderWithProviders(<AppShell user={{ name: 'A', role: 'SALES' }}>x</AppShell>, { mocks });
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live'));
    expect(screen.getByText('实时')).toBeInTheDocument();
  });

  it('shows the unread reminders as a badge on the header bell, linking to the inbox', async () => {
    renderWithProviders(<AppShell user={{ name: 'A', role: 'SALES' }}>x</AppShell>, { mocks });
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(bell).toHaveAttribute('data-count', '4'));
    expect(bell).toHaveAttribute('href', '/reminders');
    expect(bell).toHaveAccessibleName('4 条未读提醒');
    expect(bell.querySelector('.ant-badge-count')?.textContent).toBe('4');
  });
});
