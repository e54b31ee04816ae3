import { Suspense } from 'react';
import { ReportsView } from '@/features/reports/ReportsView';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('reports');

export default function Page() {
  // useSearchParams needs a Suspense boundary in a statically optimised page.
  return (
    <Suspense>
      <ReportsView />
    </Suspense>
  );
}
