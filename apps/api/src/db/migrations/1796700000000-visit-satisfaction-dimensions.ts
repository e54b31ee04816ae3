import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 满意度分维度 (issue 18, item 4). A recorded visit now scores 1–5 overall (`visits.overall_score`) and 1–5 on
 * each dimension the admin configures (`satisfaction_dimensions`, default 产品质量 / 服务态度 / 响应速度 /
 * 交付及时), one row per scored dimension in `visit_scores`.
 *
 * The old 4-level `satisfaction` becomes the overall score as the churn rule already read it: 非常满意 5,
 * 满意 4, 一般 3, 不满意 2 (the old scale had no 非常不满意, so nothing maps to 1). Old visits get no dimension
 * scores: they were never asked. Down maps back (5 → 非常满意, 4 → 满意, 3 → 一般, 1–2 → 不满意) and drops
 * the dimension scores.
 */
export class VisitSatisfactionDimensions1796700000000 implements MigrationInterface {
  name = 'VisitSatisfactionDimensions1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE satisfaction_dimensions (
        key varchar(32) PRIMARY KEY CHECK (key ~ '^[A-Z][A-Z0-9_]*$'),
        name_zh varchar(50) NOT NULL,
        name_en varchar(50) NOT NULL,
        position int NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO satisfaction_dimensions (key, name_zh, name_en, position) VALUES
        ('QUALITY', '产品质量', 'Product quality', 0),
        ('SERVICE', '服务态度', 'Service attitude', 1),
        ('RESPONSE', '响应速度', 'Responsiveness', 2),
        ('DELIVERY', '交付及时', 'On-time delivery', 3)`);
    await q.query(`ALTER TABLE visits ADD COLUMN overall_score smallint CHECK (overall_score BETWEEN 1 AND 5)`);
    await q.query(`
      UPDATE visits SET overall_score = CASE satisfaction
        WHEN 'VERY_SATISFIED' THEN 5 WHEN 'SATISFIED' THEN 4 WHEN 'NEUTRAL' THEN 3 WHEN 'DISSATISFIED' THEN 2 END
       WHERE satisfaction IS NOT NULL`);
    await q.query(`ALTER TABLE visits DROP COLUMN satisfaction`);
    await q.query(`
      CREATE TABLE visit_scores (
        visit_id uuid NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
        dimension_key varchar(32) NOT NULL REFERENCES satisfaction_dimensions(key) ON UPDATE CASCADE,
        score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        PRIMARY KEY (visit_id, dimension_key)
      )`);
    await q.query(`CREATE INDEX visit_scores_dimension ON visit_scores (dimension_key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE visit_scores`);
    await q.query(`ALTER TABLE visits ADD COLUMN satisfaction varchar(16)`);
    await q.query(`
      UPDATE visits SET satisfaction = CASE WHEN overall_score = 5 THEN 'VERY_SATISFIED' WHEN overall_score = 4 THEN 'SATISFIED'
        WHEN overall_score = 3 THEN 'NEUTRAL' ELSE 'DISSATISFIED' END
       WHERE overall_score IS NOT NULL`);
    await q.query(`ALTER TABLE visits DROP COLUMN overall_score`);
    await q.query(`DROP TABLE satisfaction_dimensions`);
  }
}
