import { Suspense } from 'react';
import { ReportsView } from '@/features/reports/ReportsView';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('reports');

export default function Page() {
  // useSearchParams needs a Suspense boundary in a statically optimised page.
  return (
    <AntdProviders>
      <Suspense>
        <ReportsView />
      </Suspense>
    </AntdProviders>
  );
}
