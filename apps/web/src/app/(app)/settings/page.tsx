import { Suspense } from 'react';
import { SettingsView } from '@/features/settings/SettingsView';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('settings');

export default function Page() {
  // SettingsView reads the tab from the URL (useSearchParams needs a Suspense boundary).
  return (
    <Suspense>
      <SettingsView />
    </Suspense>
  );
}
