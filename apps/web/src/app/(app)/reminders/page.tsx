import { ReminderInbox } from '@/features/reminders/ReminderInbox';
import { AntdProviders } from '@/lib/providers/AntdProviders';
import { sectionMetadata } from '../sectionMetadata';

export const generateMetadata = () => sectionMetadata('reminders');

export default function Page() {
  return (
    <AntdProviders>
      <ReminderInbox />
    </AntdProviders>
  );
}
