import type { Metadata } from 'next';
import { ExportsView } from '@/app/lazyViews';
import { exportMessages } from '@/features/exports/messages';
import { getLocale } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  return { title: (exportMessages[locale] ?? exportMessages['zh-CN']).audit.title };
}

/** /exports — bulk exports (start, progress, download) and the export audit log (admins; others are told it is admins' only). */
export default function Page() {
  return <ExportsView />;
}
