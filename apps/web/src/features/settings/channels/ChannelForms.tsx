'use client';

import { useMutation } from '@apollo/client/react';
import { Button, Card, Checkbox, Divider, Flex, Form, Input, InputNumber, Switch, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { NotificationChannelsFormFragment, NotificationChannelsInput } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { UpdateNotificationChannelsMutation } from './documents';
import { TestSendButton } from './TestSendButton';

type Channels = NotificationChannelsFormFragment;
type T = ReturnType<typeof useSettingsT>;

/** A robot webhook: an http(s) address (the API refuses private addresses and names the field). */
export function isHttpUrl(raw: string): boolean {
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Required only while the channel is switched on: an admin may keep a half-filled channel switched off. */
function requiredWhenOn(form: FormInstance, channel: string, message: string): Rule {
  return {
    validator: (_, v: unknown) =>
      !form.getFieldValue([channel, 'enabled']) || (typeof v === 'string' ? v.trim() : v != null)
        ? Promise.resolve()
        : Promise.reject(new Error(message)),
  };
}

function urlRule(t: T): Rule {
  return {
    validator: (_, v: string | undefined) =>
      !v?.trim() || isHttpUrl(v) ? Promise.resolve() : Promise.reject(new Error(t('channels.urlInvalid'))),
  };
}

/** Save one channel; a BAD_USER_INPUT naming `input.email.host` lands on that field of this form. */
function useSaveChannel(form: FormInstance, fields: readonly string[]) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [update, { loading }] = useMutation(UpdateNotificationChannelsMutation);
  async function save(input: NotificationChannelsInput) {
    try {
      await update({ variables: { input } });
      message.success(t('saved'));
    } catch (e) {
      if (showFieldError(form, e, locale, fields)) return;
      message.error(apiErrorText(e, locale));
    }
  }
  return { save, loading };
}

/** '' (a blank write-only field) means "keep the stored secret": send nothing. */
const keepBlank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

interface EmailFields {
  email: { enabled: boolean; host?: string; port?: number | null; secure: boolean; username?: string; password?: string; from?: string };
}

/** 邮件 (SMTP): server, port, TLS, sign-in and sender. The password is write-only. */
export function EmailChannelForm({ channels }: { channels: Channels }) {
  const t = useSettingsT();
  const [form] = Form.useForm<EmailFields>();
  const { save, loading } = useSaveChannel(form, [
    'email.enabled',
    'email.host',
    'email.port',
    'email.secure',
    'email.username',
    'email.password',
    'email.from',
  ]);
  const c = channels.email;

  return (
    <Card size="small" title={t('channels.email')} data-testid="channel-email">
      <Form<EmailFields>
        form={form}
        layout="vertical"
        name="channel-email"
        initialValues={{
          email: {
            enabled: c.enabled,
            host: c.host ?? '',
            port: c.port,
            secure: c.secure,
            username: c.username ?? '',
            password: '',
            from: c.from ?? '',
          },
        }}
        onFinish={(v) =>
          void save({
            email: {
              enabled: v.email.enabled,
              host: v.email.host?.trim() ?? '',
              port: v.email.port ?? null,
              secure: v.email.secure,
              username: v.email.username?.trim() ?? '',
              password: keepBlank(v.email.password),
              from: v.email.from?.trim() ?? '',
            },
          })
        }
      >
        <Form.Item name={['email', 'enabled']} label={t('channels.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name={['email', 'host']}
            label={t('channels.host')}
            rules={[requiredWhenOn(form, 'email', t('channels.hostRequired'))]}
            style={{ flex: '1 1 220px' }}
          >
            <Input placeholder="smtp.exmail.qq.com" maxLength={200} />
          </Form.Item>
          <Form.Item
            name={['email', 'port']}
            label={t('channels.port')}
            rules={[requiredWhenOn(form, 'email', t('channels.portRequired'))]}
          >
            <InputNumber min={1} max={65535} precision={0} style={{ width: 120 }} />
          </Form.Item>
        </Flex>
        <Form.Item name={['email', 'secure']} valuePropName="checked" extra={t('channels.secureHint')}>
          <Checkbox>{t('channels.secure')}</Checkbox>
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name={['email', 'username']} label={t('channels.username')} style={{ flex: '1 1 220px' }}>
            <Input autoComplete="off" maxLength={200} />
          </Form.Item>
          <Form.Item name={['email', 'password']} label={t('channels.password')} style={{ flex: '1 1 220px' }}>
            <Input.Password autoComplete="new-password" placeholder={c.passwordSet ? t('channels.secretKept') : ''} maxLength={200} />
          </Form.Item>
        </Flex>
        <Form.Item
          name={['email', 'from']}
          label={t('channels.from')}
          extra={t('channels.fromHint')}
          rules={[
            requiredWhenOn(form, 'email', t('channels.fromRequired')),
            {
              validator: (_, v: string | undefined) =>
                !v?.trim() || /\S+@\S+\.\S+/.test(v) ? Promise.resolve() : Promise.reject(new Error(t('channels.fromInvalid'))),
            },
          ]}
        >
          <Input placeholder="客户 Kehu <crm@example.com>" maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('save')}
        </Button>
      </Form>
      <Divider style={{ margin: '16px 0 12px' }} />
      <TestSendButton channel="EMAIL" />
    </Card>
  );
}

interface RobotFields {
  enabled: boolean;
  webhookUrl?: string;
  secret?: string;
}

/** 钉钉群机器人 (signed with its SEC… secret) or 企业微信群机器人: the robot's webhook address. */
export function RobotChannelForm({ channels, kind }: { channels: Channels; kind: 'dingTalk' | 'weCom' }) {
  const t = useSettingsT();
  // Fields named as the API names them (input.dingTalk.webhookUrl), so its errors land on them.
  const [form] = Form.useForm<Record<typeof kind, RobotFields>>();
  const { save, loading } = useSaveChannel(form, [`${kind}.enabled`, `${kind}.webhookUrl`, `${kind}.secret`]);
  const c = kind === 'dingTalk' ? channels.dingTalk : channels.weCom;
  const secretSet = kind === 'dingTalk' && channels.dingTalk.secretSet;

  return (
    <Card size="small" title={t(`channels.${kind}`)} data-testid={`channel-${kind}`}>
      <Form<Record<typeof kind, RobotFields>>
        form={form}
        layout="vertical"
        name={`channel-${kind}`}
        initialValues={{ [kind]: { enabled: c.enabled, webhookUrl: c.webhookUrl ?? '', secret: '' } }}
        onFinish={(v) => {
          const robot = { enabled: v[kind].enabled, webhookUrl: v[kind].webhookUrl?.trim() ?? '' };
          void save(kind === 'dingTalk' ? { dingTalk: { ...robot, secret: keepBlank(v[kind].secret) } } : { weCom: robot });
        }}
      >
        <Form.Item name={[kind, 'enabled']} label={t('channels.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name={[kind, 'webhookUrl']}
          label={t('channels.webhookUrl')}
          extra={t(`channels.${kind}UrlHint`)}
          rules={[requiredWhenOn(form, kind, t('channels.urlRequired')), urlRule(t)]}
        >
          <Input maxLength={500} />
        </Form.Item>
        {kind === 'dingTalk' ? (
          <Form.Item name={[kind, 'secret']} label={t('channels.signSecret')} extra={t('channels.signSecretHint')}>
            <Input.Password autoComplete="new-password" placeholder={secretSet ? t('channels.secretKept') : 'SEC…'} maxLength={200} />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('save')}
        </Button>
      </Form>
      <Divider style={{ margin: '16px 0 12px' }} />
      <TestSendButton channel={kind === 'dingTalk' ? 'DINGTALK' : 'WECOM'} />
    </Card>
  );
}
