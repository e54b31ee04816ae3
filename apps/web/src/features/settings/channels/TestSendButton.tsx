'use client';

import { useMutation } from '@apollo/client/react';
import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import type { DeliveryChannel, TestNotificationChannelMutation as TestResult } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { useSettingsT } from '../useSettingsT';
import { TestNotificationChannelMutation } from './documents';

type Result = TestResult['testNotificationChannel'];

/**
 * 测试发送: one test message through the channel as saved; the outcome (sent, or why not, with the response
 * code) stays under the button. A failed send is an answer from the API (ok: false), not an error.
 */
export function TestSendButton({ channel }: { channel: DeliveryChannel }) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const [send, { data, loading, error }] = useMutation(TestNotificationChannelMutation);
  const result: Result | undefined = data?.testNotificationChannel;

  return (
    <Flex vertical gap={8} data-testid={`test-send-${channel}`}>
      <Flex align="center" gap={8} wrap>
        <Button icon={<SendOutlined />} loading={loading} onClick={() => void send({ variables: { channel } }).catch(() => undefined)}>
          {t('channels.testSend')}
        </Button>
        <Typography.Text type="secondary">{t('channels.testHint')}</Typography.Text>
      </Flex>
      {error && !loading ? (
        <Alert type="error" showIcon title={t('channels.testFailed')} description={apiErrorText(error, locale)} />
      ) : null}
      {result && !loading && !error ? (
        <Alert
          type={result.ok ? 'success' : 'error'}
          showIcon
          role="status"
          title={
            result.ok
              ? result.recipient
                ? t('channels.testOkMail', { to: result.recipient })
                : t('channels.testOk')
              : t('channels.testFailed')
          }
          description={
            <Flex vertical>
              {result.error ? <span>{result.error}</span> : null}
              <Typography.Text type="secondary">
                {[
                  result.status != null ? t('channels.testStatus', { status: result.status }) : null,
                  t('channels.testAt', { at: formatBusinessTime(result.testedAt) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Flex>
          }
        />
      ) : null}
    </Flex>
  );
}
