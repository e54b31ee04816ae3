import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { activityThresholdProblems, CustomerActivity, DEFAULT_ACTIVITY_THRESHOLDS, type ActivityThresholds } from '@kehu/domain';
import { CustomerGrade } from '../customers/customer.enums';
import { badInput, msg } from '../../graphql/errors';
import type { Context } from '../../graphql/context';

export const CustomerActivityEnum = { ACTIVE: 'ACTIVE', DORMANT: 'DORMANT', CHURNED: 'CHURNED' } as const satisfies Record<
  CustomerActivity,
  CustomerActivity
>;
registerEnumType(CustomerActivityEnum, {
  name: 'CustomerActivity',
  description: '客户活跃度, from the last follow-up, visit, order or receipt against the per-grade thresholds (activitySettings)',
  valuesConfig: {
    ACTIVE: { description: '活跃: contact within the dormant threshold' },
    DORMANT: { description: '沉睡: no contact for the dormant threshold or more' },
    CHURNED: { description: '流失: no contact for the churned threshold or more' },
  },
});

@ObjectType({ description: 'Activity thresholds of one customer grade (活跃度阈值)' })
export class ActivityGradeThreshold {
  @Field(() => CustomerGrade, { description: 'The grade' })
  grade: CustomerGrade;

  @Field(() => Int, { description: '沉睡 after this many days without contact' })
  dormantDays: number;

  @Field(() => Int, { description: '流失 after this many days without contact (more than dormantDays)' })
  churnedDays: number;
}

@InputType({ description: 'Activity thresholds of one customer grade' })
export class ActivityGradeThresholdInput {
  @Field(() => CustomerGrade, { description: 'The grade (each of the four exactly once)' })
  grade: CustomerGrade;

  @Field(() => Int, { description: 'Days without contact before 沉睡 (1–3650)' })
  dormantDays: number;

  @Field(() => Int, { description: 'Days without contact before 流失 (more than dormantDays, ≤ 3650)' })
  churnedDays: number;
}

export const ACTIVITY_SETTING_KEY = 'health.activity';
const GRADES = ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'] as const;

export async function loadActivityThresholds(em: EntityManager): Promise<ActivityThresholds> {
  const rows = await em.query(`SELECT value FROM settings WHERE key = $1`, [ACTIVITY_SETTING_KEY]);
  const stored = (rows[0]?.value ?? {}) as Partial<ActivityThresholds>;
  return Object.fromEntries(GRADES.map((g) => [g, { ...DEFAULT_ACTIVITY_THRESHOLDS[g], ...(stored[g] ?? {}) }])) as ActivityThresholds;
}

const cache = new WeakMap<Context, Promise<ActivityThresholds>>();
/** The thresholds in force, read once per request. */
export function activityThresholds(ctx: Context): Promise<ActivityThresholds> {
  let p = cache.get(ctx);
  if (!p) {
    p = loadActivityThresholds(ctx.dataSource.manager);
    cache.set(ctx, p);
  }
  return p;
}

export const thresholdRows = (t: ActivityThresholds): ActivityGradeThreshold[] => GRADES.map((grade) => ({ grade, ...t[grade] }));

/** Validates a complete set (field-named errors) and returns it. */
export function cleanActivityThresholds(input: ActivityGradeThresholdInput[]): ActivityThresholds {
  const out: Partial<ActivityThresholds> = {};
  input.forEach((row, i) => {
    if (out[row.grade]) throw badInput(`input.${i}.grade`, msg('health.gradeListedTwice', { grade: row.grade }));
    out[row.grade] = { dormantDays: row.dormantDays, churnedDays: row.churnedDays };
  });
  for (const g of GRADES) if (!out[g]) throw badInput('input', msg('health.thresholdsMissing', { g }));
  const problem = activityThresholdProblems(out as ActivityThresholds)[0];
  if (problem) {
    const [grade, key] = problem.field.split('.');
    throw badInput(`input.${input.findIndex((r) => r.grade === grade)}${key ? `.${key}` : ''}`, problem.message);
  }
  return out as ActivityThresholds;
}

export async function saveActivityThresholds(em: EntityManager, t: ActivityThresholds, actorId: string, at: Date): Promise<void> {
  await em.query(
    `INSERT INTO settings (key, value, updated_at, updated_by_id) VALUES ($1, $2::jsonb, $3, $4)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at, updated_by_id = EXCLUDED.updated_by_id`,
    [ACTIVITY_SETTING_KEY, JSON.stringify(t), at, actorId],
  );
}
