'use client';

import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '@/i18n/I18nProvider';
import type { MessageKey } from '@/i18n';
import { LocaleSwitch } from '@/features/shell/LocaleSwitch';

/** Centered card for the login and change-password pages, with the language switch. */
export function AuthFrame({ titleKey, children }: { titleKey: MessageKey; children: ReactNode }) {
  const t = useT();
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: '24px 16px' }}>
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <LocaleSwitch size="small" />
      </div>
      <div style={{ width: '100%', maxWidth: 400 }}>
        <Flex vertical align="center" style={{ marginBottom: 24 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('app.fullName')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </Flex>
        <Card title={t(titleKey)}>{children}</Card>
      </div>
    </Flex>
  );
}
