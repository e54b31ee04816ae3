import { Suspense } from 'react';
import { CustomerListView } from '@/features/customers/list/CustomerListView';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('customers');

export default function Page() {
  return (
    <Suspense>
      <CustomerListView />
    </Suspense>
  );
}
