import { Suspense } from 'react';
import { ListSkeleton } from '@/features/deals/common/ui';
import { DealsView } from '@/features/deals/DealsView';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('deals');

export default function Page() {
  return (
    <AntdProviders>
      <Suspense fallback={<ListSkeleton testId="deals-loading" />}>
        <DealsView />
      </Suspense>
    </AntdProviders>
  );
}
