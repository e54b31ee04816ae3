import { Suspense } from 'react';
import { MergeView } from '@/features/customers/merge/MergeView';
import { sectionMetadata } from '../../sectionMetadata';

export const generateMetadata = () => sectionMetadata('customers');

export default function Page() {
  return (
    <Suspense>
      <MergeView />
    </Suspense>
  );
}
