import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { LoginForm } from './LoginForm';

describe('LoginForm', () => {
  it('shows field errors for a bad email and an empty password, and does not submit', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<LoginForm onSubmit={onSubmit} />);

    await user.type(screen.getByLabelText('邮箱'), 'not-an-email');
    expect(await screen.findByText('邮箱格式不正确')).toBeInTheDocument(); // as you type

    await user.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入密码')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('calls the submit handler with the values when they are valid', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<LoginForm onSubmit={onSubmit} />);

    await user.type(screen.getByLabelText('邮箱'), ' admin@kehu.demo ');
    await user.type(screen.getByLabelText('密码'), 'Kehu@2026!');
    await user.click(screen.getByRole('button', { name: /登\s*录/ }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ email: 'admin@kehu.demo', password: 'Kehu@2026!' }));
    expect(screen.queryByText('邮箱格式不正确')).not.toBeInTheDocument();
  });

  it('shows the error it is given, in English too', () => {
    renderWithProviders(<LoginForm onSubmit={jest.fn()} error="Wrong email or password" />, { locale: 'en' });
    expect(screen.getByText('Wrong email or password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });
});
