import { Suspense } from 'react';
import { ListSkeleton } from '@/features/deals/common/ui';
import { ReceiptsView } from '@/features/receipts/ReceiptsView';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('receipts');

export default function Page() {
  return (
    <AntdProviders>
      <Suspense fallback={<ListSkeleton testId="receipts-loading" />}>
        <ReceiptsView />
      </Suspense>
    </AntdProviders>
  );
}
