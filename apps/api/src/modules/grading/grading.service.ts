import type { DataSource } from 'typeorm';
import { businessDate, DEFAULT_BUSINESS_TZ, moneyToFen } from '@kehu/domain';
import type { Clock } from '../../common/clock';
import type { Context } from '../../graphql/context';
import { badInput, staleVersion } from '../../graphql/errors';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { writeChangeLog } from '../audit/change-log.service';
import { contractPatternProblem } from '../contracts/contract-number';
import { money } from '../contracts/deal-common';
import { DealSettings, type DealSettingsInput } from './deal-settings.entity';

/** Grading looks at contracts signed in this many months before today. */
const GRADING_WINDOW_MONTHS = 12;

export const getDealSettings = (ds: DataSource) => ds.getRepository(DealSettings).findOneByOrFail({ id: true });

export async function updateDealSettings(ctx: Context, version: number, input: DealSettingsInput): Promise<DealSettings> {
  const user = requireUser(ctx);
  assertCan(user, 'settings.manage');
  for (const key of ['contractNumberPattern', 'customerNumberPattern', 'gradeVip', 'gradeImportant', 'gradeNormal'] as const) {
    if (input[key] === null) throw badInput(`input.${key}`, `${key} 不能为空 (${key} is required)`);
  }
  const current = await getDealSettings(ctx.dataSource);
  const next = {
    contractNumberPattern: input.contractNumberPattern?.trim() ?? current.contractNumberPattern,
    customerNumberPattern: input.customerNumberPattern?.trim() ?? current.customerNumberPattern,
    gradeVip: money('input.gradeVip', input.gradeVip, 'VIP 阈值') ?? current.gradeVip,
    gradeImportant: money('input.gradeImportant', input.gradeImportant, '重要客户阈值') ?? current.gradeImportant,
    gradeNormal: money('input.gradeNormal', input.gradeNormal, '普通客户阈值') ?? current.gradeNormal,
  };
  const patternProblem = contractPatternProblem(next.contractNumberPattern);
  if (patternProblem) throw badInput('input.contractNumberPattern', patternProblem);
  const customerProblem = contractPatternProblem(next.customerNumberPattern);
  if (customerProblem) throw badInput('input.customerNumberPattern', customerProblem.replaceAll('合同编号规则', '客户编号规则'));
  // Each amount is already a valid positive money value; they must descend (exact fen comparison).
  const [vip, important, normal] = [next.gradeVip, next.gradeImportant, next.gradeNormal].map((v) => moneyToFen(v)!);
  if (vip <= important) throw badInput(input.gradeImportant !== undefined && input.gradeVip === undefined ? 'input.gradeImportant' : 'input.gradeVip', 'VIP 阈值必须高于重要客户阈值 (gradeVip must exceed gradeImportant)');
  if (important <= normal) throw badInput(input.gradeNormal !== undefined && input.gradeImportant === undefined ? 'input.gradeNormal' : 'input.gradeImportant', '重要客户阈值必须高于普通客户阈值 (gradeImportant must exceed gradeNormal)');
  const [rows] = await ctx.dataSource.query(
    `UPDATE deal_settings SET contract_number_pattern = $2, grade_vip = $3, grade_important = $4, grade_normal = $5, updated_at = $6, updated_by_id = $7, customer_number_pattern = $8, version = version + 1
      WHERE id AND version = $1 RETURNING version`,
    [version, next.contractNumberPattern, next.gradeVip, next.gradeImportant, next.gradeNormal, ctx.clock.now(), user.id, next.customerNumberPattern],
  );
  if (!rows.length) throw staleVersion('设置', current.version);
  return getDealSettings(ctx.dataSource);
}

/**
 * 自动分级: sets the grade of every live customer whose grade is not pinned by hand from its signed
 * (signed or completed) contract amount of the last 12 months, by the admin thresholds — one UPDATE, in SQL.
 * Returns how many customers changed grade. Scheduled nightly by the jobs runner; admins can run it now.
 */
export async function recomputeGrades(dataSource: DataSource, clock: Clock, timeZone = DEFAULT_BUSINESS_TZ, actorId: string | null = null): Promise<number> {
  const today = businessDate(clock.now(), timeZone);
  const now = clock.now();
  return dataSource.transaction(async (em) => {
    const [changed] = await em.query(
      `WITH s AS (SELECT grade_vip, grade_important, grade_normal FROM deal_settings),
       totals AS (
         SELECT c.id, c.grade,
                COALESCE((SELECT sum(k.amount) FROM contracts k
                           WHERE k.customer_id = c.id AND k.status IN ('SIGNED', 'COMPLETED')
                             AND k.signed_at > ($1::date - make_interval(months => $3))), 0) AS total
           FROM customers c WHERE NOT c.grade_pinned AND c.deleted_at IS NULL
       ), graded AS (
         SELECT t.id, t.grade AS old_grade, t.total,
                CASE WHEN t.total > s.grade_vip THEN 'VIP' WHEN t.total >= s.grade_important THEN 'IMPORTANT'
                     WHEN t.total >= s.grade_normal THEN 'NORMAL' ELSE 'POTENTIAL' END AS new_grade
           FROM totals t CROSS JOIN s
       )
       UPDATE customers c SET grade = g.new_grade, version = c.version + 1, updated_at = $2
         FROM graded g WHERE c.id = g.id AND g.old_grade <> g.new_grade
       RETURNING c.id, g.old_grade, g.new_grade, g.total::text AS total`,
      [today, now, GRADING_WINDOW_MONTHS],
    );
    const rows = changed as { id: string; old_grade: string; new_grade: string; total: string }[];
    for (let i = 0; i < rows.length; i += 500) {
      await writeChangeLog(
        em,
        ...rows.slice(i, i + 500).map((r) => ({
          customerId: r.id, entityType: 'Customer', entityId: r.id, action: 'REGRADE', actorId, at: now,
          changes: [{ field: 'grade', before: { value: r.old_grade }, after: { value: r.new_grade } }],
          note: `近 ${GRADING_WINDOW_MONTHS} 个月签约金额 ${r.total}`,
        })),
      );
    }
    return rows.length;
  });
}
