import { ForecastView } from '@/app/lazyViews';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('forecast');

export default function Page() {
  // The view reads the URL (useSearchParams): lazyAntd's Suspense boundary is the one it needs.
  return <ForecastView />;
}
