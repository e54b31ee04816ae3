import { DealsView } from '@/app/lazyViews';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('deals');

export default function Page() {
  return <DealsView />;
}
