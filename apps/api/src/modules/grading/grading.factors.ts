import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { DEFAULT_GRADE_FACTORS, gradeFactorProblems, type GradeFactors } from '@kehu/domain';
import { badInput, msg } from '../../graphql/errors';
import { CreditRating } from './deal-settings.entity';

export const GRADE_FACTORS_KEY = 'grading.factors';

@ObjectType({
  description:
    '分级因素 beside the amount thresholds: after tenureMonths since the first order a customer moves up one grade; ' +
    'with a credit rating worse than minCredit it moves down one. A grade set by hand stays.',
})
export class GradeFactorsType {
  @Field(() => Int, { description: 'Months since the first signed order to move up one grade; 0 = off' })
  tenureMonths: number;

  @Field(() => CreditRating, { description: 'The lowest credit rating that keeps the grade; worse moves down one. C = off' })
  minCredit: CreditRating;
}

@InputType({ description: 'The grading factors (admins)' })
export class GradeFactorsInput {
  @Field(() => Int, { description: 'Months (0–600); 0 turns the tenure step off' })
  tenureMonths: number;

  @Field(() => CreditRating, { description: 'A, B or C (C turns the credit step off)' })
  minCredit: CreditRating;
}

export async function loadGradeFactors(em: EntityManager): Promise<GradeFactors> {
  const rows = await em.query(`SELECT value FROM settings WHERE key = $1`, [GRADE_FACTORS_KEY]);
  return { ...DEFAULT_GRADE_FACTORS, ...((rows[0]?.value ?? {}) as Partial<GradeFactors>) };
}

export function cleanGradeFactors(input: GradeFactorsInput): GradeFactors {
  const f: GradeFactors = { tenureMonths: input.tenureMonths, minCredit: input.minCredit };
  const problem = gradeFactorProblems(f)[0];
  if (problem?.field === 'tenureMonths') throw badInput('input.tenureMonths', msg('grading.tenureMonthsRange'));
  if (problem) throw badInput('input.minCredit', msg('grading.minCreditInvalid'));
  return f;
}

export async function saveGradeFactors(em: EntityManager, f: GradeFactors, actorId: string, at: Date): Promise<void> {
  await em.query(
    `INSERT INTO settings (key, value, updated_at, updated_by_id) VALUES ($1, $2::jsonb, $3, $4)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at, updated_by_id = EXCLUDED.updated_by_id`,
    [GRADE_FACTORS_KEY, JSON.stringify(f), at, actorId],
  );
}
