import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { SetMyLocaleMutation } from '@/features/shell/savedLocale';
import { AccountSection, SignOutEverywhereMutation } from './AccountSection';

jest.setTimeout(60_000);

describe('AccountSection 退出所有设备', () => {
  it('asks first, then ends every session and signs this one out', async () => {
    const user = userEvent.setup({ delay: null });
    const onSignedOut = jest.fn();
    const called = jest.fn(() => ({ data: { signOutEverywhere: true } }));
    renderWithProviders(<AccountSection onSignedOut={onSignedOut} />, {
      mocks: [{ request: { query: SignOutEverywhereMutation }, result: called }],
    });
    await user.click(screen.getByRole('button', { name: /退出所有设备/ }));
    expect(await screen.findByText('退出所有设备上的登录？')).toBeInTheDocument();
    expect(called).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /全部退出/ }));
    await waitFor(() => expect(onSignedOut).toHaveBeenCalled());
    expect(called).toHaveBeenCalled();
  });

  it('shows a failure and stays signed in', async () => {
    const user = userEvent.setup({ delay: null });
    const onSignedOut = jest.fn();
    const failed = { errors: [new GraphQLError('登录已过期', { extensions: { code: 'UNAUTHENTICATED' } })] };
    renderWithProviders(<AccountSection onSignedOut={onSignedOut} />, {
      mocks: [{ request: { query: SignOutEverywhereMutation }, result: failed }],
    });
    await user.click(screen.getByRole('button', { name: /退出所有设备/ }));
    await user.click(await screen.findByRole('button', { name: /全部退出/ }));
    expect(await screen.findByText('登录已过期，请重新登录')).toBeInTheDocument();
    expect(onSignedOut).not.toHaveBeenCalled();
  });
});

describe('AccountSection 界面语言', () => {
  it('switching to English saves the language, so notifications and email reach the user in English', async () => {
    const user = userEvent.setup({ delay: null });
    const saved = jest.fn(() => ({ data: { setMyLocale: { __typename: 'User' as const, id: 'u1', locale: 'en' } } }));
    renderWithProviders(<AccountSection />, {
      mocks: [{ request: { query: SetMyLocaleMutation, variables: { locale: 'en' } }, result: saved }],
    });
    expect(screen.getByText('通知（站内、弹窗、邮件、钉钉、企业微信）也以此语言发送给您。')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(await screen.findByText('Language')).toBeInTheDocument();
    expect(document.cookie).toContain('kehu-locale=en');
  });
});
