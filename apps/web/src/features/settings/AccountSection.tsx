'use client';

import { KeyOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import Link from 'next/link';
import { CHANGE_PASSWORD_PATH } from '@/lib/auth/routes';
import { useSettingsT } from './useSettingsT';

/** 我的账号: what every user may change about themselves. */
export function AccountSection() {
  const t = useSettingsT();
  return (
    <Flex vertical gap={12} align="start">
      <Typography.Text type="secondary">{t('account.hint')}</Typography.Text>
      <Link href={CHANGE_PASSWORD_PATH}>
        <Button icon={<KeyOutlined />} tabIndex={-1}>
          {t('account.changePassword')}
        </Button>
      </Link>
    </Flex>
  );
}
