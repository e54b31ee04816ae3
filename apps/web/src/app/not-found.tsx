'use client';

import { Button, Result } from 'antd';
import Link from 'next/link';
import { useT } from '@/i18n/I18nProvider';

export default function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('errors.notFound')}
      extra={
        <Link href="/">
          <Button type="primary">{t('errors.backHome')}</Button>
        </Link>
      }
    />
  );
}
