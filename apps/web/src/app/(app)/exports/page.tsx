import type { Metadata } from 'next';
import { BulkExportsPanel } from '@/features/exports/BulkExportsPanel';
import { ExportAuditView } from '@/features/exports/ExportAuditView';
import { exportMessages } from '@/features/exports/messages';
import { getLocale } from '@/i18n/server';
import { AntdProviders } from '@/lib/providers/AntdProviders';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  return { title: (exportMessages[locale] ?? exportMessages['zh-CN']).audit.title };
}

/** /exports — bulk exports (start, progress, download) and the export audit log (admins; others are told it is admins' only). */
export default function Page() {
  return (
    <AntdProviders>
      <BulkExportsPanel />
      <ExportAuditView />
    </AntdProviders>
  );
}
