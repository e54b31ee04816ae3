import { ContractsView } from '@/app/lazyViews';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('contracts');

export default function Page() {
  return <ContractsView />;
}
