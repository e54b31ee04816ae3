import { HomeView } from '@/app/lazyViews';
import { getAppSession } from '@/lib/auth/session';

export default async function HomePage() {
  // The layout has already required a session; its user id scopes "my" figures on the dashboard.
  const session = await getAppSession();
  return <HomeView userId={session?.user.id} />;
}
