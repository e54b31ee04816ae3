import { isScore, SATISFACTION_SCORE, type Satisfaction } from '@kehu/domain';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { badInput, msg } from '../../graphql/errors';

/**
 * 满意度维度 (issue 18, item 4): the dimensions an admin configures, each visit scored 1–5 on them plus an
 * overall 1–5. A dimension left out of the configuration is archived, not deleted: the scores given on it stay
 * on their visits and in the reports of the periods they were given.
 */
@ObjectType({ description: '满意度维度: one aspect a recorded visit is scored on (1–5), configured by admins' })
export class SatisfactionDimension {
  @Field({ description: 'Stable code, e.g. QUALITY (A-Z, 0-9, _)' })
  key: string;
  @Field({ description: '中文名称, e.g. 产品质量' })
  nameZh: string;
  @Field({ description: 'English name, e.g. Product quality' })
  nameEn: string;
  @Field(() => Int, { description: 'Display order, 0 first' })
  position: number;
  @Field({ description: 'False once archived: no longer asked, its past scores kept' })
  active: boolean;
}

@InputType({ description: 'One satisfaction dimension, in the order they should be asked' })
export class SatisfactionDimensionInput {
  @Field({ description: 'Stable code (A-Z, 0-9, _; ≤ 32): an existing key renames that dimension, a new one adds it' })
  key: string;
  @Field({ description: '中文名称 (≤ 50)' })
  nameZh: string;
  @Field({ description: 'English name (≤ 50)' })
  nameEn: string;
}

@ObjectType({ description: "A visit's score on one dimension" })
export class VisitScore {
  @Field(() => SatisfactionDimension, { description: 'The dimension (possibly archived since)' })
  dimension: SatisfactionDimension;
  @Field(() => Int, { description: 'Score 1–5 (5 best)' })
  score: number;
}

@InputType({ description: 'A score on one dimension' })
export class VisitScoreInput {
  @Field({ description: 'Dimension key (an active dimension)' })
  dimension: string;
  @Field(() => Int, { description: 'Score 1–5 (5 best)' })
  score: number;
}

@ObjectType({ description: 'The average score on one dimension over some recorded visits' })
export class DimensionAverage {
  @Field(() => SatisfactionDimension, { description: 'The dimension' })
  dimension: SatisfactionDimension;
  @Field(() => Float, { nullable: true, description: 'Average 1–5, two decimals; null without scores' })
  average: number | null;
  @Field(() => Int, { description: 'Scores averaged' })
  count: number;
}

export interface DimensionRow {
  key: string;
  name_zh: string;
  name_en: string;
  position: number;
  active: boolean;
}

export const toDimension = (r: DimensionRow): SatisfactionDimension =>
  Object.assign(new SatisfactionDimension(), { key: r.key, nameZh: r.name_zh, nameEn: r.name_en, position: r.position, active: r.active });

/** A visit's 1–5 score for comparisons (the churn rule, averages): its overall score. */
export const visitScoreSql = (alias: string) => `${alias}.overall_score::numeric`;

/** Average of a smallint score expression as float8 with two decimals (null without rows). */
export const averageSql = (expr: string) => `round(avg(${expr}), 2)::float8`;

export async function loadDimensions(em: Pick<EntityManager, 'query'>, includeArchived = false): Promise<SatisfactionDimension[]> {
  const rows: DimensionRow[] = await em.query(
    `SELECT key, name_zh, name_en, position, active FROM satisfaction_dimensions ${includeArchived ? '' : 'WHERE active'} ORDER BY active DESC, position, key`,
  );
  return rows.map(toDimension);
}

/** The dimensions a new installation starts with (the migration inserts the same). */
export const DEFAULT_DIMENSIONS: readonly SatisfactionDimensionInput[] = [
  { key: 'QUALITY', nameZh: '产品质量', nameEn: 'Product quality' },
  { key: 'SERVICE', nameZh: '服务态度', nameEn: 'Service attitude' },
  { key: 'RESPONSE', nameZh: '响应速度', nameEn: 'Responsiveness' },
  { key: 'DELIVERY', nameZh: '交付及时', nameEn: 'On-time delivery' },
];

/** Puts the default dimensions back when there are none at all (a database wiped by `seed --reset`). */
export async function ensureDefaultDimensions(em: Pick<EntityManager, 'query'>): Promise<void> {
  await em.query(
    `INSERT INTO satisfaction_dimensions (key, name_zh, name_en, position)
     SELECT d.key, d.zh, d.en, d.pos - 1 FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS d(key, zh, en, pos)
      WHERE NOT EXISTS (SELECT 1 FROM satisfaction_dimensions)`,
    [DEFAULT_DIMENSIONS.map((d) => d.key), DEFAULT_DIMENSIONS.map((d) => d.nameZh), DEFAULT_DIMENSIONS.map((d) => d.nameEn)],
  );
}

const KEY = /^[A-Z][A-Z0-9_]{0,31}$/;

/**
 * Replaces the configured dimensions: the given ones become active in the given order (new keys added,
 * existing ones renamed, archived ones revived); every other dimension is archived.
 */
export async function saveDimensions(em: EntityManager, input: SatisfactionDimensionInput[], at: Date): Promise<void> {
  if (!input.length) throw badInput('input', msg('visits.dimensionsRequired'));
  const seen = new Set<string>();
  const clean = input.map((d, i) => {
    const key = d.key?.trim().toUpperCase() ?? '';
    if (!KEY.test(key)) throw badInput(`input.${i}.key`, msg('visits.dimensionKeyInvalid'));
    if (seen.has(key)) throw badInput(`input.${i}.key`, msg('visits.dimensionDuplicate', { dimension: key }));
    seen.add(key);
    const nameZh = d.nameZh?.trim() ?? '';
    const nameEn = d.nameEn?.trim() ?? '';
    if (!nameZh || nameZh.length > 50) throw badInput(`input.${i}.nameZh`, msg('visits.dimensionNameRequired'));
    if (!nameEn || nameEn.length > 50) throw badInput(`input.${i}.nameEn`, msg('visits.dimensionNameRequired'));
    return { key, nameZh, nameEn, position: i };
  });
  await em.query(`LOCK TABLE satisfaction_dimensions IN SHARE ROW EXCLUSIVE MODE`);
  await em.query(`UPDATE satisfaction_dimensions SET active = false, updated_at = $2 WHERE active AND NOT (key = ANY($1::text[]))`, [
    clean.map((d) => d.key),
    at,
  ]);
  for (const d of clean) {
    await em.query(
      `INSERT INTO satisfaction_dimensions (key, name_zh, name_en, position, active, created_at, updated_at) VALUES ($1, $2, $3, $4, true, $5, $5)
       ON CONFLICT (key) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en, position = EXCLUDED.position,
         active = true, updated_at = EXCLUDED.updated_at`,
      [d.key, d.nameZh, d.nameEn, d.position, at],
    );
  }
}

/**
 * The overall score and dimension scores of a record, validated: the overall 1–5 is required (an old client's
 * 4-level `satisfaction` stands in for it when no score is given); each dimension scored at most once, on an
 * active dimension, 1–5. Dimensions left out are simply not scored.
 */
export async function cleanScores(
  em: Pick<EntityManager, 'query'>,
  input: { overallScore?: number | null; satisfaction?: Satisfaction | null; scores?: { dimension: string; score: number }[] | null },
): Promise<{ overall: number; scores: { dimension: string; score: number }[] }> {
  const overall = input.overallScore ?? (input.satisfaction ? SATISFACTION_SCORE[input.satisfaction] : null);
  if (overall === null || overall === undefined) throw badInput('input.overallScore', msg('visits.overallScoreRequired'));
  if (!isScore(overall)) throw badInput('input.overallScore', msg('visits.scoreRange'));
  const scores = input.scores ?? [];
  if (!scores.length) return { overall, scores: [] };
  const active = new Set((await loadDimensions(em)).map((d) => d.key));
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    if (!active.has(s.dimension)) throw badInput(`input.scores.${i}.dimension`, msg('visits.dimensionUnknown', { dimension: s.dimension }));
    if (seen.has(s.dimension)) throw badInput(`input.scores.${i}.dimension`, msg('visits.dimensionDuplicate', { dimension: s.dimension }));
    seen.add(s.dimension);
    if (!isScore(s.score)) throw badInput(`input.scores.${i}.score`, msg('visits.scoreRange'));
  });
  return { overall, scores: scores.map((s) => ({ dimension: s.dimension, score: s.score })) };
}

/**
 * Per group and dimension, the average score of the recorded visits `visitsSql` selects (columns: grp, id):
 * every active dimension, and an archived one where it has scores. One statement.
 */
export async function dimensionAverages(
  db: Pick<EntityManager, 'query'>,
  visitsSql: string,
  values: unknown[],
): Promise<Map<string | null, DimensionAverage[]>> {
  const rows: (DimensionRow & { grp: string | null; average: number | null; count: number })[] = await db.query(
    `WITH vs AS (${visitsSql}),
          agg AS (SELECT vs.grp, s.dimension_key, ${averageSql('s.score')} AS average, count(*)::int AS count
                    FROM vs JOIN visit_scores s ON s.visit_id = vs.id GROUP BY vs.grp, s.dimension_key),
          grps AS (SELECT DISTINCT grp FROM vs)
     SELECT g.grp, d.key, d.name_zh, d.name_en, d.position, d.active, a.average, COALESCE(a.count, 0)::int AS count
       FROM grps g CROSS JOIN satisfaction_dimensions d
       LEFT JOIN agg a ON a.grp IS NOT DISTINCT FROM g.grp AND a.dimension_key = d.key
      WHERE d.active OR a.count > 0
      ORDER BY d.active DESC, d.position, d.key`,
    values,
  );
  const out = new Map<string | null, DimensionAverage[]>();
  for (const r of rows) {
    const list = out.get(r.grp) ?? [];
    list.push(Object.assign(new DimensionAverage(), { dimension: toDimension(r), average: r.average, count: r.count }));
    out.set(r.grp, list);
  }
  return out;
}
