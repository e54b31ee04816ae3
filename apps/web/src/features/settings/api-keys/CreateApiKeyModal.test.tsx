import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { renderWithProviders } from '@/test/render';
import { ActiveUserOptionsQuery } from '../users/documents';
import { CreateApiKeyModal, expiryInstant } from './CreateApiKeyModal';
import { CreateApiKeyMutation } from './documents';

// Select dropdowns and validation are slow in jsdom on a busy 2-core machine (nothing here measures time).
jest.setTimeout(120_000);
const slow = { timeout: 45_000 };

const people = {
  request: { query: ActiveUserOptionsQuery },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        edges: [
          { __typename: 'UserEdge', node: { __typename: 'User', id: 'admin', name: '陈静', role: 'ADMIN' } },
          { __typename: 'UserEdge', node: { __typename: 'User', id: 'li', name: '李娜', role: 'SALES' } },
        ],
      },
    },
  },
};

const key = {
  __typename: 'ApiKey',
  id: 'k1',
  name: 'ERP 同步',
  prefix: 'kehu_ab12',
  scopes: ['CUSTOMERS_READ', 'DEALS_WRITE'],
  active: true,
  createdAt: '2026-12-07T08:00:00Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  version: 1,
  owner: { __typename: 'User', id: 'admin', name: '陈静' },
};

const createRequest = {
  query: CreateApiKeyMutation,
  variables: { input: { name: 'ERP 同步', ownerId: 'admin', scopes: ['CUSTOMERS_READ', 'DEALS_WRITE'], expiresAt: null } },
};

function setup(mocks: unknown[] = []) {
  const onCreated = jest.fn();
  renderWithProviders(<CreateApiKeyModal open viewerId="admin" onClose={jest.fn()} onCreated={onCreated} />, {
    mocks: [people, ...mocks] as never,
  });
  return { onCreated, user: userEvent.setup({ delay: null }) };
}

const submit = () => screen.getByRole('button', { name: /新\s*建/ });

async function pickScopes(user: ReturnType<typeof userEvent.setup>, labels: string[]) {
  await user.click(screen.getByLabelText('权限范围'));
  for (const label of labels) await user.click(await screen.findByTitle(label, {}, slow));
}

describe('CreateApiKeyModal', () => {
  it('asks for a name and at least one scope before sending anything', async () => {
    const { user, onCreated } = setup();
    await user.click(submit());
    expect(await screen.findByText('请输入名称', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('请至少选择一项权限')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('offers the scopes by their labels, not their codes', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('权限范围'));
    expect(await screen.findByTitle('读取客户', {}, slow)).toBeInTheDocument();
    expect(screen.getByTitle('修改商机与合同')).toBeInTheDocument();
    expect(screen.queryByText('CUSTOMERS_READ', { selector: '.ant-select-item-option-content' })).not.toBeInTheDocument();
  });

  it('creates a key acting as the admin by default and hands back the secret', async () => {
    const { user, onCreated } = setup([
      { request: createRequest, result: { data: { createApiKey: { __typename: 'CreatedApiKey', secret: 'kehu_secret_1', apiKey: key } } } },
    ]);
    fireEvent.change(screen.getByLabelText('名称'), { target: { value: 'ERP 同步' } });
    await pickScopes(user, ['读取客户', '修改商机与合同']);
    await user.click(submit());
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith('kehu_secret_1'), slow);
  });

  it('shows the API refusal on the field it names', async () => {
    const { user, onCreated } = setup([
      {
        request: { ...createRequest, variables: { input: { ...createRequest.variables.input, scopes: ['CUSTOMERS_READ'] } } },
        result: { errors: [{ message: '名称已被使用', extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } }] },
      },
    ]);
    fireEvent.change(screen.getByLabelText('名称'), { target: { value: 'ERP 同步' } });
    await pickScopes(user, ['读取客户']);
    await user.click(submit());
    expect(await screen.findByText('名称已被使用', {}, slow)).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });
});

describe('expiryInstant', () => {
  it('ends the chosen day at midnight Beijing time', () => {
    expect(expiryInstant(dayjs('2027-01-31'))).toBe('2027-01-31T15:59:59.000Z');
    expect(expiryInstant(null)).toBeNull();
  });
});
