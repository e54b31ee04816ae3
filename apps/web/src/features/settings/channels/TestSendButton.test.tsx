import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { TestNotificationChannelMutation } from './documents';
import { TestSendButton } from './TestSendButton';

jest.setTimeout(120_000);
const slow = { timeout: 45_000 };

const outcome = (over: Record<string, unknown>) => ({
  data: {
    testNotificationChannel: {
      __typename: 'NotificationChannelTestResult',
      channel: 'EMAIL',
      ok: true,
      status: 250,
      error: null,
      recipient: null,
      testedAt: '2026-12-07T08:02:00.000Z',
      ...over,
    },
  },
});

describe('TestSendButton (测试发送)', () => {
  it('shows where the test mail went, with the reply code and the business time', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TestSendButton channel="EMAIL" />, {
      mocks: [
        {
          request: { query: TestNotificationChannelMutation, variables: { channel: 'EMAIL' } },
          result: outcome({ recipient: 'admin@kehu.test' }),
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: /测试发送/ }));
    expect(await screen.findByText('测试邮件已发送到 admin@kehu.test', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('响应码 250 · 测试时间 2026-12-07 16:02')).toBeInTheDocument();
  });

  it('shows a refused test send with its reason and status, not as a crash', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TestSendButton channel="WECOM" />, {
      mocks: [
        {
          request: { query: TestNotificationChannelMutation, variables: { channel: 'WECOM' } },
          result: outcome({ channel: 'WECOM', ok: false, status: 500, error: '对方返回 HTTP 500' }),
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: /测试发送/ }));
    expect(await screen.findByText('测试发送失败', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('对方返回 HTTP 500')).toBeInTheDocument();
    expect(screen.getByText(/^响应码 500/)).toBeInTheDocument();
  });

  it('shows an API error (e.g. signed out, forbidden) as a message', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TestSendButton channel="DINGTALK" />, {
      mocks: [
        {
          request: { query: TestNotificationChannelMutation, variables: { channel: 'DINGTALK' } },
          result: { errors: [{ message: '没有权限', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: /测试发送/ }));
    expect(await screen.findByText('测试发送失败', {}, slow)).toBeInTheDocument();
  });
});
