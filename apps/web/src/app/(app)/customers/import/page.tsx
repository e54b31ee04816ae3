import type { Metadata } from 'next';
import { ImportPage } from '@/app/lazyViews';
import { publicApiUrl } from '@/lib/auth/env';

export const metadata: Metadata = { title: '批量导入客户' };

/** /customers/import?id=<import id>: the id keeps an import's progress on screen across reloads and visits. */
export default async function Page({ searchParams }: { searchParams: Promise<{ id?: string }> }) {
  const { id } = await searchParams;
  return <ImportPage apiPublicUrl={publicApiUrl()} initialJobId={id ?? null} />;
}
