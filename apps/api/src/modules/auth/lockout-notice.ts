import type { AppServices } from '../../graphql/context';
import { logger } from '../../common/logger';
import { createNotifications } from '../notifications/notification.service';
import { ReminderKind, SubjectType } from '../notifications/notification.enums';
import { notice } from '@kehu/domain';

/**
 * Tells the account's owner — and nobody else — that wrong passwords locked it. The sign-in answer itself is
 * the same as for any wrong password, so a stranger cannot learn which emails have accounts; admins see the
 * lock on the user (User.lockedUntil). Filed under 异地登录提醒 (account security) in the inbox.
 */
export async function notifyAccountLocked(services: AppServices, userId: string, at: Date, until: Date, failures: number): Promise<void> {
  await createNotifications(services, [
    {
      kind: ReminderKind.NEW_SIGN_IN_LOCATION,
      recipientId: userId,
      content: notice.accountLocked({ at, until, failures }),
      subjectType: SubjectType.USER,
      subjectId: userId,
      customerId: null,
      dueAt: at,
    },
  ]).catch((err) => logger.error(`account locked notification: ${err}`));
}
