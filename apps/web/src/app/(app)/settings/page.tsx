import { Suspense } from 'react';
import { SettingsView } from '@/features/settings/SettingsView';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('settings');

export default function Page() {
  // SettingsView reads the tab from the URL (useSearchParams needs a Suspense boundary).
  return (
    <AntdProviders>
      <Suspense>
        <SettingsView />
      </Suspense>
    </AntdProviders>
  );
}
