'use client';

import { KeyOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import Link from 'next/link';
import { useT } from '@/i18n/I18nProvider';
import { CHANGE_PASSWORD_PATH } from '@/lib/auth/routes';
import { ComingSoon } from './ComingSoon';

export function SettingsView() {
  const t = useT();
  return (
    <ComingSoon
      section="settings"
      extra={
        <Link href={CHANGE_PASSWORD_PATH}>
          <Button icon={<KeyOutlined />}>{t('settings.changePassword')}</Button>
        </Link>
      }
    />
  );
}
