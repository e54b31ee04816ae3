import { RecycleBinView } from '@/app/lazyViews';
import { sectionMetadata } from '../../sectionMetadata';

export const generateMetadata = () => sectionMetadata('customers');

export default function Page() {
  return <RecycleBinView />;
}
