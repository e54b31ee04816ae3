'use client';

import { Card, Result } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '@/i18n/I18nProvider';
import type { NavKey } from './navItems';

/** Placeholder for a section that is not built yet: says so, in the current language. No fake data. */
export function ComingSoon({ section, extra }: { section: NavKey; extra?: ReactNode }) {
  const t = useT();
  return (
    <Card>
      <Result
        status="info"
        title={t('comingSoon.title', { section: t(`nav.${section}`) })}
        subTitle={t('comingSoon.subtitle')}
        extra={extra}
      />
    </Card>
  );
}
