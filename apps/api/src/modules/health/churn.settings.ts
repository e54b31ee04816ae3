import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { badInput, msg } from '../../graphql/errors';
import { CHURN_SETTING_KEY, DEFAULT_CHURN_SETTINGS } from './churn';

@ObjectType({ description: '流失预警设置: when a satisfaction drop or an overdue receivable counts as a churn cause (admins set it)' })
export class ChurnSettings {
  @Field(() => Int, { description: 'A drop of at least this many points (1–4, 1–5 scale) from the visit before to the last visit warns' })
  satisfactionDrop: number;

  @Field(() => Int, { description: 'A payment plan unpaid this many days after its due date warns (1–365)' })
  overdueDays: number;
}

@InputType({ description: 'The churn warning settings (both values)' })
export class ChurnSettingsInput {
  @Field(() => Int, { description: 'Points of drop (1–4)' })
  satisfactionDrop: number;

  @Field(() => Int, { description: 'Days overdue (1–365)' })
  overdueDays: number;
}

export async function loadChurnSettings(em: Pick<EntityManager, 'query'>): Promise<ChurnSettings> {
  const rows = await em.query(`SELECT value FROM settings WHERE key = $1`, [CHURN_SETTING_KEY]);
  return { ...DEFAULT_CHURN_SETTINGS, ...(rows[0]?.value ?? {}) };
}

export function cleanChurnSettings(input: ChurnSettingsInput): ChurnSettings {
  if (!Number.isInteger(input.satisfactionDrop) || input.satisfactionDrop < 1 || input.satisfactionDrop > 4) {
    throw badInput('input.satisfactionDrop', msg('health.satisfactionDropRange'));
  }
  if (!Number.isInteger(input.overdueDays) || input.overdueDays < 1 || input.overdueDays > 365) {
    throw badInput('input.overdueDays', msg('health.overdueDaysRange'));
  }
  return { satisfactionDrop: input.satisfactionDrop, overdueDays: input.overdueDays };
}

export async function saveChurnSettings(em: Pick<EntityManager, 'query'>, s: ChurnSettings, actorId: string, at: Date): Promise<void> {
  await em.query(
    `INSERT INTO settings (key, value, updated_at, updated_by_id) VALUES ($1, $2::jsonb, $3, $4)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at, updated_by_id = EXCLUDED.updated_by_id`,
    [CHURN_SETTING_KEY, JSON.stringify(s), at, actorId],
  );
}
