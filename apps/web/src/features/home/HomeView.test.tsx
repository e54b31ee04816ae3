import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { HomeQuery, HomeView } from './HomeView';

const me = {
  __typename: 'User' as const,
  id: 'u1',
  name: '陈静',
  email: 'admin@kehu.demo',
  role: 'ADMIN' as const,
  manager: { __typename: 'User' as const, id: 'u0', name: '周建国' },
};

describe('HomeView', () => {
  it('shows a skeleton, then the signed-in user with the role in Chinese and the manager', async () => {
    renderWithProviders(<HomeView />, { mocks: [{ request: { query: HomeQuery }, result: { data: { me } } }] });
    expect(screen.getByTestId('home-loading')).toBeInTheDocument();
    expect(await screen.findByText('欢迎，陈静')).toBeInTheDocument();
    expect(screen.getByText('admin@kehu.demo')).toBeInTheDocument();
    expect(screen.getByText('管理员')).toBeInTheDocument();
    expect(screen.getByText('周建国')).toBeInTheDocument();
  });

  it('says "none" when there is no manager, in English too', async () => {
    renderWithProviders(<HomeView />, {
      locale: 'en',
      mocks: [{ request: { query: HomeQuery }, result: { data: { me: { ...me, role: 'SALES', manager: null } } } }],
    });
    expect(await screen.findByText('Welcome, 陈静')).toBeInTheDocument();
    expect(screen.getByText('Sales')).toBeInTheDocument();
    expect(screen.getByText('None')).toBeInTheDocument();
  });

  it('shows an error state with a retry button', async () => {
    renderWithProviders(<HomeView />, { mocks: [{ request: { query: HomeQuery }, error: new Error('network down') }] });
    expect(await screen.findByText('无法加载您的信息')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeInTheDocument();
  });
});
