import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { CustomerGrade } from '../customers/customer.enums';
import { badInput, msg } from '../../graphql/errors';

/** The reclaim days of one customer grade, replacing the general ones for that grade. */
@ObjectType({ description: 'Reclaim rule of one customer grade (replaces the general days for that grade)' })
export class PoolGradeRule {
  @Field(() => CustomerGrade, { description: 'The grade' })
  grade: CustomerGrade;

  @Field(() => Int, {
    nullable: true,
    description: 'Back to the pool after this many days without a follow-up; null: never for this grade',
  })
  noFollowUpDays: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Back to the pool when not won within this many days of assignment; null: never for this grade',
  })
  notWonWithinDays: number | null;
}

@ObjectType({ description: '公海规则: when customers return to the public pool and how claiming is limited (set by admins)' })
export class PoolRules {
  @Field(() => Int, { nullable: true, description: 'Not followed up for this many days → back to the pool (default 30; null: off)' })
  noFollowUpDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Not won within this many days of assignment → back to the pool (default off)' })
  notWonWithinDays: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this many customers per user; claiming beyond is refused (null: no cap)' })
  maxCustomersPerUser: number | null;

  @Field(() => Int, { description: 'Days before whoever released (or lost by reclaim) a customer may claim it again (default 7; 0: none)' })
  claimCooldownDays: number;

  @Field(() => [PoolGradeRule], { description: 'Per-grade overrides of the reclaim days' })
  grades: PoolGradeRule[];
}

@InputType({ description: 'Reclaim rule of one customer grade' })
export class PoolGradeRuleInput {
  @Field(() => CustomerGrade, { description: 'The grade' })
  grade: CustomerGrade;

  @Field(() => Int, { nullable: true, description: 'Days without a follow-up (1–3650); null: never for this grade' })
  noFollowUpDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days to win after assignment (1–3650); null: never for this grade' })
  notWonWithinDays?: number | null;
}

@InputType({ description: 'The complete pool rules (replaces the current ones)' })
export class PoolRulesInput {
  @Field(() => Int, { nullable: true, description: 'Days without a follow-up (1–3650); null: off' })
  noFollowUpDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days to win after assignment (1–3650); null: off' })
  notWonWithinDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Customer cap per user (1–100000); null: none' })
  maxCustomersPerUser?: number | null;

  @Field(() => Int, { nullable: true, description: 'Claim cool-down in days (0–365; default 7)' })
  claimCooldownDays?: number | null;

  @Field(() => [PoolGradeRuleInput], { nullable: true, description: 'Per-grade overrides (each grade at most once)' })
  grades?: PoolGradeRuleInput[] | null;
}

export const DEFAULT_POOL_RULES: PoolRules = {
  noFollowUpDays: 30,
  notWonWithinDays: null,
  maxCustomersPerUser: null,
  claimCooldownDays: 7,
  grades: [],
};

const SETTING_KEY = 'pool.rules';

export async function loadPoolRules(em: EntityManager): Promise<PoolRules> {
  const rows = await em.query(`SELECT value FROM settings WHERE key = $1`, [SETTING_KEY]);
  return { ...DEFAULT_POOL_RULES, ...(rows[0]?.value ?? {}) };
}

export async function savePoolRules(em: EntityManager, rules: PoolRules, actorId: string, at: Date): Promise<void> {
  await em.query(
    `INSERT INTO settings (key, value, updated_at, updated_by_id) VALUES ($1, $2::jsonb, $3, $4)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at, updated_by_id = EXCLUDED.updated_by_id`,
    [SETTING_KEY, JSON.stringify(rules), at, actorId],
  );
}

function days(field: string, v: number | null | undefined, min: number, max: number): number | null {
  if (v === null || v === undefined) return null;
  if (!Number.isInteger(v) || v < min || v > max) throw badInput(field, msg('common.intRange', { min, max }));
  return v;
}

/** Validates the input with field-named errors and returns the rules to store. */
export function cleanPoolRules(input: PoolRulesInput): PoolRules {
  const seen = new Set<string>();
  const grades = (input.grades ?? []).map((g, i) => {
    if (seen.has(g.grade)) throw badInput(`input.grades.${i}.grade`, msg('pool.gradeListedTwice', { grade: g.grade }));
    seen.add(g.grade);
    return {
      grade: g.grade,
      noFollowUpDays: days(`input.grades.${i}.noFollowUpDays`, g.noFollowUpDays, 1, 3650),
      notWonWithinDays: days(`input.grades.${i}.notWonWithinDays`, g.notWonWithinDays, 1, 3650),
    };
  });
  return {
    noFollowUpDays: days('input.noFollowUpDays', input.noFollowUpDays, 1, 3650),
    notWonWithinDays: days('input.notWonWithinDays', input.notWonWithinDays, 1, 3650),
    maxCustomersPerUser: days('input.maxCustomersPerUser', input.maxCustomersPerUser, 1, 100000),
    claimCooldownDays: days('input.claimCooldownDays', input.claimCooldownDays, 0, 365) ?? DEFAULT_POOL_RULES.claimCooldownDays,
    grades,
  };
}

/** The effective reclaim days of every grade: its override, or the general days. */
export function daysByGrade(rules: PoolRules): { grade: string; noFollowUpDays: number | null; notWonWithinDays: number | null }[] {
  return (['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'] as const).map((grade) => {
    const override = rules.grades.find((g) => g.grade === grade);
    return override
      ? { grade, noFollowUpDays: override.noFollowUpDays, notWonWithinDays: override.notWonWithinDays }
      : { grade, noFollowUpDays: rules.noFollowUpDays, notWonWithinDays: rules.notWonWithinDays };
  });
}
