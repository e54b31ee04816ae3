import Link from 'next/link';
import { StatusResult } from '@/features/shell/StatusResult';
import { getT } from '@/i18n/server';

/** Rendered on the server: no client code beyond the root layout's. */
export default async function NotFound() {
  const t = await getT();
  return (
    <StatusResult
      status="notFound"
      title={t('errors.notFound')}
      extra={
        <Link href="/" className="kehu-button kehu-button-primary">
          {t('errors.backHome')}
        </Link>
      }
    />
  );
}
