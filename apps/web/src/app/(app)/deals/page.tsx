import { Suspense } from 'react';
import { ListSkeleton } from '@/features/deals/common/ui';
import { DealsView } from '@/features/deals/DealsView';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('deals');

export default function Page() {
  return (
    <Suspense fallback={<ListSkeleton testId="deals-loading" />}>
      <DealsView />
    </Suspense>
  );
}
