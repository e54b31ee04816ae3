import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

const ZH = ['首页', '客户', '公海', '商机', '销售预测', '合同', '回款', '提醒', '任务', '回访', '报表', '设置'];
const EN = [
  'Home',
  'Customers',
  'Pool',
  'Deals',
  'Forecast',
  'Contracts',
  'Receipts',
  'Reminders',
  'Tasks',
  'Return visits',
  'Reports',
  'Settings',
];

/** Let the queries and the media-query effect settle inside act(). */
async function settle() {
  await act(() => Promise.resolve());
}

function navLabels(name = '菜单') {
  return within(screen.getByRole('navigation', { name }))
    .getAllByRole('link')
    .map((item) => item.textContent);
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
    expect(navLabels('Menu')).toEqual(EN);
    expect(screen.getByText('Sales')).toBeInTheDocument();
  });

  it('shows the forecast only to the roles the permission matrix allows it', async () => {
    renderWithProviders(<AppShell user={{ name: '赵敏', role: 'SERVICE' }}>x</AppShell>, { mocks });
    await settle();
    expect(navLabels()).toEqual(ZH.filter((label) => label !== '销售预测'));
  });

  it('marks the current section as selected', async () => {
    renderWithProviders(<AppShell user={{ name: 'A', role: 'SALES' }}>x</AppShell>, { mocks });
    await settle();
    const nav = screen.getByRole('navigation', { name: '菜单' });
    expect(within(nav).getByRole('link', { current: 'page' })).toHaveTextContent('客户');
    expect(within(nav).getByRole('link', { name: '客户' })).toHaveAttribute('href', '/customers');
    expect(within(nav).getByRole('link', { name: '公海' })).not.toHaveAttribute('aria-current');
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
    expect(within(bell).getByTestId('notification-bell-count')).toHaveTextContent('4');
  });

  it('folds the side bar to icons and back, keeping the labels for screen readers', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppShell user={{ name: 'A', role: 'SALES' }}>x</AppShell>, { mocks });
    await settle();
    await user.click(screen.getByRole('button', { name: '收起菜单' }));
    const nav = screen.getByRole('navigation', { name: '菜单' });
    expect(within(nav).getByRole('link', { name: '客户' })).toHaveAttribute('title', '客户');
    expect(navLabels()).toEqual(ZH);
    await user.click(screen.getByRole('button', { name: '展开菜单' }));
    expect(within(nav).getByRole('link', { name: '客户' })).not.toHaveAttribute('title');
  });

  it('opens the phone menu as a dialog that closes on a link, on Escape and on the mask', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppShell user={{ name: 'A', role: 'SALES' }}>x</AppShell>, { mocks });
    await settle();
    const menuButton = screen.getByRole('button', { name: '菜单' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');

    await user.click(menuButton);
    const drawer = screen.getByRole('dialog', { name: '菜单' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(drawer)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['客户 Kehu CRM', ...ZH]);
    // The focus moves into the drawer, to the current section.
    expect(within(drawer).getByRole('link', { name: '客户' })).toHaveFocus();
    // Outside Next's router a link would make jsdom navigate, which it cannot: keep the click on the page.
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    await user.click(within(drawer).getByRole('link', { name: '合同' }));
    document.removeEventListener('click', stay);
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(menuButton);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(menuButton).toHaveFocus();

    await user.click(menuButton);
    await user.click(screen.getByTestId('shell-drawer').previousElementSibling as HTMLElement);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('switches the language from the header', async () => {
    renderWithProviders(<AppShell user={{ name: 'A', role: 'SALES' }}>x</AppShell>, { mocks });
    await settle();
    const switcher = screen.getByRole('radiogroup', { name: '语言' });
    expect(within(switcher).getByRole('radio', { name: '中文' })).toBeChecked();
    await userEvent.setup().click(within(switcher).getByRole('radio', { name: 'English' }));
    expect(navLabels('Menu')).toEqual(EN);
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
  });
});
