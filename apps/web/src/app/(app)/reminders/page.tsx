import { ReminderInbox } from '@/app/lazyViews';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('reminders');

export default function Page() {
  return <ReminderInbox />;
}
