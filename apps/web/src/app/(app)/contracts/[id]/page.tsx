import { ContractDetailView } from '@/app/lazyViews';
import { sectionMetadata } from '../../sectionMetadata';

export const generateMetadata = () => sectionMetadata('contracts');

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ContractDetailView id={id} />;
}
