'use client';

import { Button, Card, Result } from 'antd';
import { useT } from '@/i18n/I18nProvider';

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  return (
    <Card>
      <Result
        status="error"
        title={t('errors.generic')}
        subTitle={error.digest ? `#${error.digest}` : undefined}
        extra={<Button onClick={reset}>{t('home.retry')}</Button>}
      />
    </Card>
  );
}
