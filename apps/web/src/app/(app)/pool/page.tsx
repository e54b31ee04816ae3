import { Suspense } from 'react';
import { ListSkeleton } from '@/features/deals/common/ui';
import { PoolView } from '@/features/pool/PoolView';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('pool');

export default function Page() {
  return (
    <AntdProviders>
      <Suspense fallback={<ListSkeleton testId="pool-loading" />}>
        <PoolView />
      </Suspense>
    </AntdProviders>
  );
}
