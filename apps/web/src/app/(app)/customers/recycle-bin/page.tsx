import { RecycleBinView } from '@/features/customers/recycle/RecycleBinView';
import { sectionMetadata } from '../../sectionMetadata';

export const generateMetadata = () => sectionMetadata('customers');

export default function Page() {
  return <RecycleBinView />;
}
