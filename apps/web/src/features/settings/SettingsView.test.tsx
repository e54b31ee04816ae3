import { screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { PoolRulesSettingsQuery } from './pool/documents';
import { SettingsMeQuery, SettingsView, settingsTabsFor } from './SettingsView';

jest.mock('next/navigation', () => ({
  usePathname: () => '/settings',
  useSearchParams: () => new URLSearchParams(''),
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
}));

// antd tabs and forms render slowly in jsdom on a busy 2-core machine: jest's 5 s default is too tight (nothing here measures time).
jest.setTimeout(60_000);

const me = (role: string) => ({ request: { query: SettingsMeQuery }, result: { data: { me: { __typename: 'User', id: 'u1', role } } } });
const poolRules = {
  request: { query: PoolRulesSettingsQuery },
  result: {
    data: {
      poolRules: {
        __typename: 'PoolRules',
        noFollowUpDays: 30,
        notWonWithinDays: null,
        maxCustomersPerUser: 200,
        claimCooldownDays: 7,
        grades: [{ __typename: 'PoolGradeRule', grade: 'VIP', noFollowUpDays: 60, notWonWithinDays: null }],
      },
    },
  },
};

describe('settings tabs by role', () => {
  it('gives admins every section and others only what they may see', () => {
    expect(settingsTabsFor('ADMIN')).toEqual([
      'users',
      'pool',
      'reminders',
      'deals',
      'satisfaction',
      'customFields',
      'products',
      'apiKeys',
      'webhooks',
      'channels',
      'tags',
      'account',
      'security',
    ]);
    expect(settingsTabsFor('MANAGER')).toEqual(['users', 'pool', 'deals', 'tags', 'account', 'security']);
    expect(settingsTabsFor('SALES')).toEqual(['pool', 'tags', 'account', 'security']);
    expect(settingsTabsFor('SERVICE')).toEqual(['pool', 'account', 'security']);
  });

  it('shows a salesperson the pool rules read-only', async () => {
    renderWithProviders(<SettingsView />, { mocks: [me('SALES'), poolRules] });
    await waitFor(() => expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['公海规则', '标签', '我的账号', '登录记录']));
    expect(await screen.findByText('仅管理员可以修改，您可以查看当前设置。')).toBeInTheDocument();
    const days = screen.getByLabelText('超过多少天未跟进退回公海');
    expect(days).toHaveValue('30');
    expect(days).toBeDisabled();
    expect(screen.queryByRole('button', { name: /保\s*存/ })).not.toBeInTheDocument();
  });
});
