import { ContractDetailView } from '@/features/contracts/ContractDetailView';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../../sectionMetadata';

export const generateMetadata = () => sectionMetadata('contracts');

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <AntdProviders>
      <ContractDetailView id={id} />
    </AntdProviders>
  );
}
