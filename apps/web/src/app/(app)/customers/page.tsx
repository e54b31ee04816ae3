import { Suspense } from 'react';
import { CustomerListView } from '@/features/customers/list/CustomerListView';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('customers');

export default function Page() {
  return (
    <AntdProviders>
      <Suspense>
        <CustomerListView />
      </Suspense>
    </AntdProviders>
  );
}
