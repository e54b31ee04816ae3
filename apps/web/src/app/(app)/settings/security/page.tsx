import { redirect } from 'next/navigation';

/** The API links 异地登录提醒 here (Notification.link for USER subjects): the sign-ins tab of 设置. */
export default function Page() {
  redirect('/settings?tab=security');
}
