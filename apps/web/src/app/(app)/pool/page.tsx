import { Suspense } from 'react';
import { ListSkeleton } from '@/features/deals/common/ui';
import { PoolView } from '@/features/pool/PoolView';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('pool');

export default function Page() {
  return (
    <Suspense fallback={<ListSkeleton testId="pool-loading" />}>
      <PoolView />
    </Suspense>
  );
}
