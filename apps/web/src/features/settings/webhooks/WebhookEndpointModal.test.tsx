import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { CreateWebhookEndpointMutation, UpdateWebhookEndpointMutation } from './documents';
import { webhookUrlProblem } from './events';
import { WebhookEndpointModal } from './WebhookEndpointModal';

// Select dropdowns and validation are slow in jsdom on a busy 2-core machine (nothing here measures time).
jest.setTimeout(120_000);
const slow = { timeout: 45_000 };

const endpoint = {
  __typename: 'WebhookEndpoint',
  id: 'w1',
  url: 'https://erp.example.com/hook',
  description: null,
  events: ['CUSTOMER_CREATED'],
  active: true,
  createdAt: '2026-12-07T08:00:00Z',
  version: 1,
};

const createRequest = {
  query: CreateWebhookEndpointMutation,
  variables: { input: { url: 'https://erp.example.com/hook', events: ['CUSTOMER_CREATED'], description: null } },
};

function setup(mocks: unknown[] = [], edit?: typeof endpoint) {
  const onSaved = jest.fn();
  renderWithProviders(<WebhookEndpointModal open endpoint={(edit ?? null) as never} onClose={jest.fn()} onSaved={onSaved} />, {
    mocks: mocks as never,
  });
  return { onSaved, user: userEvent.setup({ delay: null }) };
}

const enterUrl = (value: string) => fireEvent.change(screen.getByLabelText('接收地址'), { target: { value } });

async function pickEvent(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByLabelText('订阅事件'));
  await user.click(await screen.findByTitle(label, {}, slow));
}

describe('WebhookEndpointModal', () => {
  it('asks for a URL and at least one event', async () => {
    const { user, onSaved } = setup();
    await user.click(screen.getByRole('button', { name: /新\s*建/ }));
    expect(await screen.findByText('请输入接收地址', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('请至少选择一个事件')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses plain http to another machine', async () => {
    const { user, onSaved } = setup();
    enterUrl('http://erp.example.com/hook');
    await pickEvent(user, '新建客户');
    await user.click(screen.getByRole('button', { name: /新\s*建/ }));
    expect(await screen.findByText('地址必须以 https:// 开头', {}, slow)).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('creates the endpoint and hands back its signing secret', async () => {
    const { user, onSaved } = setup([
      {
        request: createRequest,
        result: { data: { createWebhookEndpoint: { __typename: 'CreatedWebhookEndpoint', secret: 'whsec_1', endpoint } } },
      },
    ]);
    enterUrl('https://erp.example.com/hook');
    await pickEvent(user, '新建客户');
    await user.click(screen.getByRole('button', { name: /新\s*建/ }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('whsec_1'), slow);
  });

  it('shows a refused address (e.g. a private network) on the URL field', async () => {
    const { user, onSaved } = setup([
      {
        request: createRequest,
        result: {
          errors: [{ message: '不能推送到内网地址', extensions: { code: 'BAD_USER_INPUT', field: 'input.url' } }],
        },
      },
    ]);
    enterUrl('https://erp.example.com/hook');
    await pickEvent(user, '新建客户');
    await user.click(screen.getByRole('button', { name: /新\s*建/ }));
    expect(await screen.findByText('不能推送到内网地址', {}, slow)).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('edits an endpoint with its version', async () => {
    const { user, onSaved } = setup(
      [
        {
          request: {
            query: UpdateWebhookEndpointMutation,
            variables: {
              id: 'w1',
              version: 1,
              input: { url: 'https://erp.example.com/v2', events: ['CUSTOMER_CREATED'], description: null },
            },
          },
          result: { data: { updateWebhookEndpoint: { ...endpoint, url: 'https://erp.example.com/v2', version: 2 } } },
        },
      ],
      endpoint,
    );
    enterUrl('https://erp.example.com/v2');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(), slow);
  });
});

describe('webhookUrlProblem', () => {
  it('follows the API: https anywhere, http only on this machine', () => {
    expect(webhookUrlProblem('https://erp.example.com/hook')).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9000/hook')).toBeNull();
    expect(webhookUrlProblem('http://erp.example.com/hook')).toBe('https');
    expect(webhookUrlProblem('erp.example.com')).toBe('invalid');
    expect(webhookUrlProblem('https://u:p@erp.example.com')).toBe('credentials');
  });
});
