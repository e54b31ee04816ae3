import { addPeriods, businessDate, periodStartOf } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { User } from '../../modules/users/user.entity';

/**
 * Demo sales targets (销售目标) for this month and the next two: each salesperson's, 王磊's team's and the company's,
 * plus 周建国's team for this quarter, so /forecast and the home card show completion and coverage from the start.
 */
export async function seedDemoTargets(em: EntityManager, users: Record<string, User>, now: Date): Promise<void> {
  const month = periodStartOf(businessDate(now), 'MONTH');
  const rows: [string, string | null, string, string, string, string][] = [];
  for (let i = 0; i < 3; i++) {
    const start = addPeriods(month, 'MONTH', i);
    for (const key of ['sales1', 'sales2', 'sales3']) rows.push(['PERSON', users[key].id, 'MONTH', start, '100000.00', users.manager.id]);
    rows.push(['TEAM', users.manager.id, 'MONTH', start, '300000.00', users.director.id]);
    rows.push(['COMPANY', null, 'MONTH', start, '400000.00', users.admin.id]);
  }
  rows.push(['TEAM', users.director.id, 'QUARTER', periodStartOf(month, 'QUARTER'), '1000000.00', users.admin.id]);
  for (const r of rows) {
    await em.query(
      `INSERT INTO sales_targets (subject, user_id, period, period_start, amount, set_by_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [...r, now],
    );
  }
}
