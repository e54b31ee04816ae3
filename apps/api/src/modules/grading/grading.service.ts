import type { DataSource, EntityManager } from 'typeorm';
import {
  businessDate,
  type CustomerGrade,
  DEFAULT_BUSINESS_TZ,
  formatMoney,
  creditRating,
  gradeFor,
  type GradeThresholds,
  moneyToFen,
  parseMoney,
  SIGNED_CONTRACT_STATUSES,
} from '@kehu/domain';
import type { Clock } from '../../common/clock';
import type { Context } from '../../graphql/context';
import { badInput, staleVersion, msg, P } from '../../graphql/errors';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { setCustomerGrades } from '../customers/customer.system-writes';
import { contractPatternProblem } from '../contracts/contract-number';
import { money } from '../contracts/deal-common';
import { DealSettings, type DealSettingsInput } from './deal-settings.entity';
import { loadGradeFactors } from './grading.factors';

const GRADE_FIELD = {
  contractNumberPattern: ['合同编号规则', 'Contract number pattern'],
  customerNumberPattern: ['客户编号规则', 'Customer number pattern'],
  gradeVip: ['VIP 阈值', 'VIP threshold'],
  gradeImportant: ['重要客户阈值', 'Important threshold'],
  gradeNormal: ['普通客户阈值', 'Normal threshold'],
} as const;

/** Grading looks at contracts signed in this many months before today. */
const GRADING_WINDOW_MONTHS = 12;

export const getDealSettings = (ds: DataSource) => ds.getRepository(DealSettings).findOneByOrFail({ id: true });

export async function updateDealSettings(ctx: Context, version: number, input: DealSettingsInput): Promise<DealSettings> {
  const user = requireUser(ctx);
  assertCan(user, 'settings.manage');
  for (const key of ['contractNumberPattern', 'customerNumberPattern', 'gradeVip', 'gradeImportant', 'gradeNormal'] as const) {
    if (input[key] === null)
      throw badInput(`input.${key}`, msg('grading.required', { label: P.text(GRADE_FIELD[key][0], GRADE_FIELD[key][1]) }));
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
  if (vip <= important)
    throw badInput(
      input.gradeImportant !== undefined && input.gradeVip === undefined ? 'input.gradeImportant' : 'input.gradeVip',
      msg('grading.gradevipExceedGradeimportant'),
    );
  if (important <= normal)
    throw badInput(
      input.gradeNormal !== undefined && input.gradeImportant === undefined ? 'input.gradeNormal' : 'input.gradeImportant',
      msg('grading.gradeimportantExceedGradenormal'),
    );
  const [rows] = await ctx.dataSource.query(
    `UPDATE deal_settings SET contract_number_pattern = $2, grade_vip = $3, grade_important = $4, grade_normal = $5, updated_at = $6, updated_by_id = $7, customer_number_pattern = $8, version = version + 1
      WHERE id AND version = $1 RETURNING version`,
    [
      version,
      next.contractNumberPattern,
      next.gradeVip,
      next.gradeImportant,
      next.gradeNormal,
      ctx.clock.now(),
      user.id,
      next.customerNumberPattern,
    ],
  );
  if (!rows.length) throw staleVersion('设置', current.version);
  return getDealSettings(ctx.dataSource);
}

/**
 * 自动分级: the grade each live, unpinned customer earns from its signed (signed or completed) contract amount
 * of the last 12 months, by the admin thresholds (`gradeForAmount`, the one rule). The totals are summed in
 * SQL; the customers module writes the changes (change log and `customer.updated` included). Pass
 * `customerIds` to regrade only those (signing a contract regrades its customer at once).
 */
export async function regradeCustomers(
  em: EntityManager,
  opts: { today: string; at: Date; actorId: string | null; customerIds?: string[] },
): Promise<number> {
  const [s] = await em.query(
    `SELECT grade_vip::text AS vip, grade_important::text AS important, grade_normal::text AS normal FROM deal_settings`,
  );
  const thresholds: GradeThresholds = { vip: s.vip, important: s.important, normal: s.normal };
  const factors = await loadGradeFactors(em);
  const totals: { id: string; grade: CustomerGrade; total: string; first: string | null; overdue: number }[] = await em.query(
    `SELECT c.id, c.grade,
            COALESCE((SELECT sum(k.amount) FROM contracts k
                       WHERE k.customer_id = c.id AND k.status = ANY($3::text[])
                         AND k.signed_at > ($1::date - make_interval(months => $2))), 0)::text AS total,
            (SELECT min(k.signed_at)::text FROM contracts k WHERE k.customer_id = c.id AND k.status = ANY($3::text[])) AS first,
            COALESCE((SELECT max($1::date - p.due_date) FROM payment_plans p JOIN contracts k ON k.id = p.contract_id
                       WHERE k.customer_id = c.id AND k.status = ANY($3::text[]) AND p.due_date < $1::date
                         AND (SELECT COALESCE(sum(r.amount), 0) FROM receipts r WHERE r.plan_id = p.id) < p.amount), 0)::int AS overdue
       FROM customers c
      WHERE NOT c.grade_pinned AND c.deleted_at IS NULL AND ($4::uuid[] IS NULL OR c.id = ANY($4::uuid[]))`,
    [opts.today, GRADING_WINDOW_MONTHS, [...SIGNED_CONTRACT_STATUSES], opts.customerIds ?? null],
  );
  const changes = totals
    .map((t) => {
      const d = gradeFor(
        { amount12m: t.total, firstOrderDate: t.first, credit: creditRating(t.overdue), today: opts.today },
        thresholds,
        factors,
      );
      const notes = [`近 ${GRADING_WINDOW_MONTHS} 个月签约金额 ${formatMoney(parseMoney(t.total))}`];
      if (d.tenureUp) notes.push(`合作满 ${factors.tenureMonths} 个月, 升一级`);
      if (d.creditDown) notes.push(`信用 ${creditRating(t.overdue)} 级, 降一级`);
      return { id: t.id, from: t.grade, to: d.grade, reason: notes.join('; ') };
    })
    .filter((c) => c.from !== c.to);
  return (await setCustomerGrades(em, changes, { actorId: opts.actorId, at: opts.at })).length;
}

/** Regrades every customer (nightly, or when an admin presses 按新阈值重新分级). Returns how many changed. */
export async function recomputeGrades(
  dataSource: DataSource,
  clock: Clock,
  timeZone = DEFAULT_BUSINESS_TZ,
  actorId: string | null = null,
): Promise<number> {
  const at = clock.now();
  return dataSource.transaction((em) => regradeCustomers(em, { today: businessDate(at, timeZone), at, actorId }));
}
