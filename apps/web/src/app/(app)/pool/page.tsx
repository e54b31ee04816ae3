import { PoolView } from '@/app/lazyViews';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('pool');

export default function Page() {
  return <PoolView />;
}
