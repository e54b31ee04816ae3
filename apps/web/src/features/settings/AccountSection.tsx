'use client';

import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Flex, Popconfirm, Typography } from 'antd';
import Link from 'next/link';
import { graphql } from '@/gql';
import { useApiErrorText } from '@/lib/apollo/errorText';
import { CHANGE_PASSWORD_PATH } from '@/lib/auth/routes';
import { signOutAndGo } from '@/lib/auth/signOut';
import { useFeedback } from '@/lib/feedback/Feedback';
import { LocaleSwitch } from '@/features/shell/LocaleSwitch';
import { useSavedLocale } from '@/features/shell/savedLocale';
import { useSettingsT } from './useSettingsT';

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export interface AccountSectionProps {
  /** After every session was ended on the server, end this one too (the sign-out helper; tests pass a spy). */
  onSignedOut?: () => Promise<void> | void;
}

/** 我的账号: what every user may change about themselves, and 退出所有设备. */
export function AccountSection({ onSignedOut = () => signOutAndGo() }: AccountSectionProps) {
  const t = useSettingsT();
  const errorText = useApiErrorText();
  const { message } = useFeedback();
  const [signOutEverywhere, { loading }] = useMutation(SignOutEverywhereMutation);
  const [, saveLocale] = useSavedLocale();

  const confirm = async () => {
    try {
      await signOutEverywhere();
    } catch (err) {
      message.error(errorText(err));
      return;
    }
    message.success(t('account.signedOutEverywhere'));
    await onSignedOut();
  };

  return (
    <Flex vertical gap={12} align="start">
      <Flex vertical gap={4} align="start" role="group" aria-label={t('account.language')}>
        <Typography.Text strong>{t('account.language')}</Typography.Text>
        <LocaleSwitch onChange={saveLocale} />
        <Typography.Text type="secondary">{t('account.languageHint')}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary">{t('account.hint')}</Typography.Text>
      <Link href={CHANGE_PASSWORD_PATH}>
        <Button icon={<KeyOutlined />} tabIndex={-1}>
          {t('account.changePassword')}
        </Button>
      </Link>
      <Popconfirm
        title={t('account.signOutEverywhereConfirm')}
        description={t('account.signOutEverywhereHint')}
        okText={t('account.signOutEverywhereOk')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: true, loading }}
        onConfirm={confirm}
      >
        <Button danger icon={<LogoutOutlined />}>
          {t('account.signOutEverywhere')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
