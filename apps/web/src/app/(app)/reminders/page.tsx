import { ReminderInbox } from '@/features/reminders/ReminderInbox';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('reminders');

export default function Page() {
  return <ReminderInbox />;
}
