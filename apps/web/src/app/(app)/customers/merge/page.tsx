import { Suspense } from 'react';
import { MergeView } from '@/features/customers/merge/MergeView';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../../sectionMetadata';

export const generateMetadata = () => sectionMetadata('customers');

export default function Page() {
  return (
    <AntdProviders>
      <Suspense>
        <MergeView />
      </Suspense>
    </AntdProviders>
  );
}
