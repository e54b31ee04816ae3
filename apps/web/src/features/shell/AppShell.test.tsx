import { act, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { AppShell } from './AppShell';
import { LiveHeartbeatSubscription } from './LiveIndicator';

const heartbeat = {
  request: { query: LiveHeartbeatSubscription, variables: { intervalSeconds: 30 } },
  result: { data: { heartbeat: '2026-01-01T00:00:00.000Z' } },
};

jest.mock('next/navigation', () => ({
  usePathname: () => '/customers',
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
}));
jest.mock('next-auth/react', () => ({ signOut: jest.fn(() => Promise.resolve()) }));

const ZH = ['首页', '客户', '公海', '商机', '合同', '回款', '提醒', '报表', '设置'];
const EN = ['Home', 'Customers', 'Pool', 'Deals', 'Contracts', 'Receipts', 'Reminders', 'Reports', 'Settings'];

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
      { mocks: [heartbeat] },
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
      { locale: 'en', mocks: [heartbeat] },
    );
    await settle();
    expect(navLabels()).toEqual(EN);
    expect(screen.getByText('Sales')).toBeInTheDocument();
  });

  it('marks the current section as selected', async () => {
    renderWithProviders(<AppShell user={{ name: 'A', role: 'SALES' }}>x</AppShell>, { mocks: [heartbeat] });
    await settle();
    const selected = document.querySelector('.ant-menu-item-selected');
    expect(selected?.textContent).toBe('客户');
  });

  it('shows that the live connection works once a heartbeat arrives', async () => {
    renderWithProviders(<AppShell user={{ name: 'A', role: 'SALES' }}>x</AppShell>, { mocks: [heartbeat] });
    await waitFor(() => expect(screen.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live'));
    expect(screen.getByText('实时')).toBeInTheDocument();
  });
});
