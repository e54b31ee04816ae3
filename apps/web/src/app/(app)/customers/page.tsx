import { ComingSoon } from '@/features/shell/ComingSoon';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('customers');

export default function Page() {
  return <ComingSoon section="customers" />;
}
