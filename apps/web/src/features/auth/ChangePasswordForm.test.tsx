import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ChangePasswordForm } from './ChangePasswordForm';

const POLICY = '密码至少 8 位，且须包含字母、数字和特殊字符';

function policyErrors() {
  // The policy text is also the field's help line; errors are rendered in the field's error list.
  return document.querySelectorAll('.ant-form-item-explain-error');
}

describe('ChangePasswordForm', () => {
  it('rejects a new password without a special character with the policy message, as you type', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<ChangePasswordForm onSubmit={onSubmit} />);

    await user.type(screen.getByLabelText('当前密码'), 'Kehu@2026!');
    await user.type(screen.getByLabelText('新密码'), 'abcdefgh1');
    await waitFor(() => expect([...policyErrors()].map((e) => e.textContent)).toContain(POLICY));

    await user.type(screen.getByLabelText('确认新密码'), 'abcdefgh1');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));
    await waitFor(() => expect([...policyErrors()].map((e) => e.textContent)).toContain(POLICY));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('rejects a confirmation that does not match', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ChangePasswordForm onSubmit={jest.fn()} />);
    await user.type(screen.getByLabelText('新密码'), 'abcdefg1!');
    await user.type(screen.getByLabelText('确认新密码'), 'abcdefg1?');
    expect(await screen.findByText('两次输入的新密码不一致')).toBeInTheDocument();
  });

  it('submits current and new password when everything is valid', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<ChangePasswordForm onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('当前密码'), 'Kehu@2026!');
    await user.type(screen.getByLabelText('新密码'), 'N3w-secret');
    await user.type(screen.getByLabelText('确认新密码'), 'N3w-secret');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ currentPassword: 'Kehu@2026!', newPassword: 'N3w-secret' }));
  });

  it('shows an error the API attached to a field', async () => {
    renderWithProviders(<ChangePasswordForm onSubmit={jest.fn()} fieldErrors={{ currentPassword: '当前密码不正确' }} />);
    expect(await screen.findByText('当前密码不正确')).toBeInTheDocument();
  });
});
