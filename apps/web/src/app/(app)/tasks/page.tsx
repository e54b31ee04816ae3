import { Suspense } from 'react';
import { TaskList } from '@/features/tasks/TaskList';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('tasks');

export default function Page() {
  // TaskList reads `?id=` (useSearchParams needs a Suspense boundary).
  return (
    <Suspense>
      <TaskList />
    </Suspense>
  );
}
