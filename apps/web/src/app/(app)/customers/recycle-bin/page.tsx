import { RecycleBinView } from '@/features/customers/recycle/RecycleBinView';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../../sectionMetadata';

export const generateMetadata = () => sectionMetadata('customers');

export default function Page() {
  return (
    <AntdProviders>
      <RecycleBinView />
    </AntdProviders>
  );
}
