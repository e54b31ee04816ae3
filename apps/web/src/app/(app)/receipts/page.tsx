import { ComingSoon } from '@/features/shell/ComingSoon';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('receipts');

export default function Page() {
  return <ComingSoon section="receipts" />;
}
