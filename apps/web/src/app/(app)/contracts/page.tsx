import { Suspense } from 'react';
import { ContractsView } from '@/features/contracts/ContractsView';
import { ListSkeleton } from '@/features/deals/common/ui';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('contracts');

export default function Page() {
  return (
    <AntdProviders>
      <Suspense fallback={<ListSkeleton testId="contracts-loading" />}>
        <ContractsView />
      </Suspense>
    </AntdProviders>
  );
}
