import { HomeView } from '@/features/home/HomeView';
import { getAppSession } from '@/lib/auth/session';
import { AntdProviders } from '@/lib/providers/AntdProviders';

export default async function HomePage() {
  // The layout has already required a session; its user id scopes "my" figures on the dashboard.
  const session = await getAppSession();
  return (
    <AntdProviders>
      <HomeView userId={session?.user.id} />
    </AntdProviders>
  );
}
