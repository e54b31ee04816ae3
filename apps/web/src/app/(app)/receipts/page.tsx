import { ReceiptsView } from '@/app/lazyViews';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('receipts');

export default function Page() {
  return <ReceiptsView />;
}
