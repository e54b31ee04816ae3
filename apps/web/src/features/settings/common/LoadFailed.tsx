'use client';

import { Button, Result } from 'antd';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useSettingsT } from '../useSettingsT';

/** A settings list that could not load: the API's reason in the reader's language, and 重试. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useSettingsT();
  const [locale] = useLocale();
  return (
    <Result
      status="error"
      title={t('loadFailed')}
      subTitle={apiErrorText(error, locale)}
      extra={<Button onClick={onRetry}>{t('retry')}</Button>}
    />
  );
}
