'use client';

import { StatusResult } from '@/features/shell/StatusResult';
import { useT } from '@/i18n/I18nProvider';

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  return (
    <div className="kehu-panel">
      <StatusResult
        status="error"
        title={t('errors.generic')}
        subTitle={error.digest ? `#${error.digest}` : undefined}
        extra={
          <button type="button" className="kehu-button" onClick={reset}>
            {t('home.retry')}
          </button>
        }
      />
    </div>
  );
}
