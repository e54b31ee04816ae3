import { VisitsView } from '@/features/visits/VisitsView';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('visits');

export default function Page() {
  return (
    <AntdProviders>
      <VisitsView />
    </AntdProviders>
  );
}
