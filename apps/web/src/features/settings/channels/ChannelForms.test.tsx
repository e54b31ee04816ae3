import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { EmailChannelForm, isHttpUrl, RobotChannelForm } from './ChannelForms';
import { UpdateNotificationChannelsMutation } from './documents';

// Forms validate slowly in jsdom on a busy 2-core machine (nothing here measures time).
jest.setTimeout(120_000);
const slow = { timeout: 45_000 };

const channels = {
  __typename: 'NotificationChannels',
  email: {
    __typename: 'EmailChannel',
    enabled: false,
    host: null,
    port: null,
    secure: false,
    username: null,
    from: null,
    passwordSet: false,
  },
  dingTalk: { __typename: 'DingTalkChannel', enabled: false, webhookUrl: null, secretSet: true },
  weCom: { __typename: 'WeComChannel', enabled: false, webhookUrl: null },
} as const;

const save = () => screen.getByRole('button', { name: /保\s*存/ });

describe('EmailChannelForm', () => {
  it('needs a server and a sender once switched on', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<EmailChannelForm channels={channels as never} />);
    await user.click(screen.getByRole('switch'));
    await user.click(save());
    expect(await screen.findByText('启用邮件通道需要填写 SMTP 服务器', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('启用邮件通道需要填写发件人')).toBeInTheDocument();
    expect(screen.getByText('请填写端口')).toBeInTheDocument();
  });

  it('saves SMTP settings, keeping a blank password as it is', async () => {
    const user = userEvent.setup({ delay: null });
    const result = jest.fn(() => ({
      data: {
        updateNotificationChannels: {
          ...channels,
          email: { ...channels.email, enabled: true, host: 'smtp.exmail.qq.com', port: 465, from: 'crm@example.com' },
        },
      },
    }));
    renderWithProviders(<EmailChannelForm channels={channels as never} />, {
      mocks: [
        {
          request: {
            query: UpdateNotificationChannelsMutation,
            variables: {
              input: {
                email: {
                  enabled: true,
                  host: 'smtp.exmail.qq.com',
                  port: 465,
                  secure: false,
                  username: '',
                  password: undefined,
                  from: 'crm@example.com',
                },
              },
            },
          },
          result,
        },
      ],
    });
    await user.click(screen.getByRole('switch'));
    fireEvent.change(screen.getByLabelText('SMTP 服务器'), { target: { value: 'smtp.exmail.qq.com' } });
    await user.type(screen.getByLabelText('端口'), '465');
    fireEvent.change(screen.getByLabelText('发件人'), { target: { value: 'crm@example.com' } });
    await user.click(save());
    await waitFor(() => expect(result).toHaveBeenCalled(), slow);
  });
});

describe('RobotChannelForm', () => {
  it('checks the robot address', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<RobotChannelForm channels={channels as never} kind="dingTalk" />);
    expect(screen.getByPlaceholderText('已设置，留空则不修改')).toBeInTheDocument();
    await user.click(screen.getByRole('switch'));
    await user.click(save());
    expect(await screen.findByText('启用后需要填写 Webhook 地址', {}, slow)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Webhook 地址'), { target: { value: 'oapi.dingtalk.com/robot' } });
    await user.click(save());
    expect(await screen.findByText('请输入 http:// 或 https:// 开头的地址', {}, slow)).toBeInTheDocument();
  });

  it('shows the API refusing an address on the URL field', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<RobotChannelForm channels={channels as never} kind="weCom" />, {
      mocks: [
        {
          request: {
            query: UpdateNotificationChannelsMutation,
            variables: { input: { weCom: { enabled: true, webhookUrl: 'http://10.0.0.8/hook' } } },
          },
          result: {
            errors: [{ message: '不能发送到内网地址', extensions: { code: 'BAD_USER_INPUT', field: 'input.weCom.webhookUrl' } }],
          },
        },
      ],
    });
    await user.click(screen.getByRole('switch'));
    fireEvent.change(screen.getByLabelText('Webhook 地址'), { target: { value: 'http://10.0.0.8/hook' } });
    await user.click(save());
    expect(await screen.findByText('不能发送到内网地址', {}, slow)).toBeInTheDocument();
  });
});

describe('isHttpUrl', () => {
  it('takes http and https addresses only', () => {
    expect(isHttpUrl('https://oapi.dingtalk.com/robot/send?access_token=x')).toBe(true);
    expect(isHttpUrl('ftp://x')).toBe(false);
    expect(isHttpUrl('oapi.dingtalk.com')).toBe(false);
  });
});
