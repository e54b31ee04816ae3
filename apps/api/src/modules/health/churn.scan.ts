import type { NotificationCandidate } from '../notifications/notification.service';
import { ReminderKind, SubjectType } from '../notifications/notification.enums';
import type { AppServices } from '../../graphql/context';
import type { ReminderSetting } from '../reminders/reminder-settings';
import { notice } from '@kehu/domain';
import { churnCauses } from './churn';

const SUBJECT: Record<string, SubjectType> = {
  DORMANT: SubjectType.CUSTOMER,
  SATISFACTION_DROP: SubjectType.VISIT,
  OVERDUE: SubjectType.PAYMENT_PLAN,
};

/**
 * 流失预警 scan: one notification per cause (subject + the moment it began) to the owner and the owner's
 * manager — a rerun or another replica adds nothing, a new cause (a new dormancy after a contact, another bad
 * visit) warns again. Warnings whose cause has ended are cleared: marked read, so they leave the unread count.
 */
export async function churnRiskScan({
  services,
  now,
  tz,
}: {
  services: AppServices;
  setting: ReminderSetting;
  now: Date;
  tz: string;
}): Promise<NotificationCandidate[]> {
  const rows = await churnCauses(services.dataSource.manager, now, tz);
  const candidates: NotificationCandidate[] = [];
  for (const r of rows) {
    for (const recipientId of new Set([r.owner_id, r.manager_id].filter((x): x is string => !!x))) {
      candidates.push({
        kind: ReminderKind.CHURN_RISK,
        recipientId,
        content: notice.churnRisk({ customer: r.customer_name, cause: r.cause, detail: r.detail }),
        subjectType: SUBJECT[r.cause],
        subjectId: r.subject_id,
        customerId: r.customer_id,
        dueAt: new Date(r.since),
      });
    }
  }
  const live = rows.map((r) => ({ s: r.subject_id, d: new Date(r.since).toISOString() }));
  await services.dataSource.query(
    `UPDATE notifications n SET read_at = $2
      WHERE n.kind = 'CHURN_RISK' AND n.read_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS x(s uuid, d timestamptz) WHERE x.s = n.subject_id AND x.d = n.due_at)`,
    [JSON.stringify(live), now],
  );
  return candidates;
}
