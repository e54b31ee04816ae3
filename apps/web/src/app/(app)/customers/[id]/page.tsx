import { Suspense } from 'react';
import { Customer360View } from '@/features/customers/detail/Customer360View';
import { sectionMetadata } from '../../sectionMetadata';

export const generateMetadata = () => sectionMetadata('customers');

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense>
      <Customer360View id={id} />
    </Suspense>
  );
}
