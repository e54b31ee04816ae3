import { SettingsView } from '@/features/shell/SettingsView';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('settings');

export default function Page() {
  return <SettingsView />;
}
