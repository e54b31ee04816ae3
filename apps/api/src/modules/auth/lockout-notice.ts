import type { AppServices } from '../../graphql/context';
import { logger } from '../../common/logger';
import { createNotifications } from '../notifications/notification.service';
import { ReminderKind, SubjectType } from '../notifications/notification.enums';
import { formatBusinessTime } from '../reminders/business-format';

/**
 * Tells the account's owner — and nobody else — that wrong passwords locked it. The sign-in answer itself is
 * the same as for any wrong password, so a stranger cannot learn which emails have accounts; admins see the
 * lock on the user (User.lockedUntil). Filed under 异地登录提醒 (account security) in the inbox.
 */
export async function notifyAccountLocked(services: AppServices, userId: string, at: Date, until: Date, failures: number): Promise<void> {
  const tz = services.config.businessTimeZone;
  await createNotifications(services, [
    {
      kind: ReminderKind.NEW_SIGN_IN_LOCATION,
      recipientId: userId,
      title: '账号已临时锁定：密码连续输错',
      body: `你的账号在 ${formatBusinessTime(at, tz)} 前后连续 ${failures} 次密码错误，已锁定至 ${formatBusinessTime(until, tz)}。如非本人操作，请在解锁后立即修改密码，或联系管理员解锁。`,
      subjectType: SubjectType.USER,
      subjectId: userId,
      customerId: null,
      dueAt: at,
    },
  ]).catch((err) => logger.error(`account locked notification: ${err}`));
}
