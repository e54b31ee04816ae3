import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { CreateUserModal } from './CreateUserModal';
import { CreateUserMutation, ManagerOptionsQuery } from './documents';

const managers = {
  request: { query: ManagerOptionsQuery },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        edges: [{ __typename: 'UserEdge', node: { __typename: 'User', id: 'm1', name: '王磊', role: 'MANAGER' } }],
      },
    },
  },
};

const input = { name: '孙丽', email: 'sun.li@kehu.demo', phone: null, role: 'SALES', managerId: null, password: 'Kehu@2027!' };
const created = {
  request: { query: CreateUserMutation, variables: { input } },
  result: {
    data: {
      createUser: {
        __typename: 'User',
        id: 'u9',
        name: '孙丽',
        email: 'sun.li@kehu.demo',
        phone: null,
        role: 'SALES',
        active: true,
        canExport: false,
        lockedUntil: null,
        mustChangePassword: true,
        version: 1,
        manager: null,
      },
    },
  },
};

function setup(mocks: unknown[] = [managers]) {
  const onCreated = jest.fn();
  renderWithProviders(<CreateUserModal open onClose={jest.fn()} onCreated={onCreated} />, { mocks: mocks as never });
  return { onCreated, user: userEvent.setup({ delay: null }) };
}

/** One change event per field: what the user typed, without replaying every key. */
function enter(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fill(password: string) {
  enter('姓名', '孙丽');
  enter('登录邮箱', 'sun.li@kehu.demo');
  enter('初始密码', password);
}

const submit = () => screen.getByRole('button', { name: /新\s*建/ });

// antd forms render slowly in jsdom on a busy 2-core machine: jest's 5 s default is too tight (nothing here measures time).
jest.setTimeout(60_000);

describe('CreateUserModal', () => {
  it('asks for the required fields', async () => {
    const { user, onCreated } = setup();
    await user.click(submit());
    expect(await screen.findByText('请输入姓名')).toBeInTheDocument();
    expect(screen.getByText('请输入邮箱')).toBeInTheDocument();
    expect(screen.getByText('请输入初始密码')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it.each([
    ['too short', 'Ab1!'],
    ['no digit', 'Abcdefg!'],
    ['no letter', '1234567!'],
    ['no special character', 'Abcdefg1'],
  ])('refuses an initial password against the policy (%s)', async (_, password) => {
    const { user, onCreated } = setup();
    fill(password);
    await user.click(submit());
    expect(await screen.findByText('密码至少 8 位，且须包含字母、数字和特殊字符')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('refuses a malformed email', async () => {
    const { user } = setup();
    enter('登录邮箱', 'sun.li@');
    await user.click(submit());
    expect(await screen.findByText('邮箱格式不正确')).toBeInTheDocument();
  });

  it('creates the user when everything is valid', async () => {
    const { user, onCreated } = setup([managers, created]);
    fill('Kehu@2027!');
    await user.click(submit());
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('密码至少 8 位，且须包含字母、数字和特殊字符')).not.toBeInTheDocument();
  });
});
