import { VisitsView } from '@/app/lazyViews';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('visits');

export default function Page() {
  return <VisitsView />;
}
