import { ComingSoon } from '@/features/shell/ComingSoon';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('pool');

export default function Page() {
  return <ComingSoon section="pool" />;
}
