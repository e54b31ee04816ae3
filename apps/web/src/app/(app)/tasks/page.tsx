import { Suspense } from 'react';
import { TaskList } from '@/features/tasks/TaskList';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('tasks');

export default function Page() {
  // TaskList reads `?id=` (useSearchParams needs a Suspense boundary).
  return (
    <AntdProviders>
      <Suspense>
        <TaskList />
      </Suspense>
    </AntdProviders>
  );
}
