/**
 * SQL of 信用监管 (常政办发〔2025〕5号 第十三项): the region's credit matrix, the entities' grade history and what an
 * entity's risk level reads of its record.
 */
import type { CreditMatrix } from '@rouxing/domain';
import type { Queryable } from '../db/database';

export async function storedMatrix(db: Queryable, regionCode: string): Promise<{ matrix: CreditMatrix; updatedAt: string } | null> {
  const r = await db.query<{ matrix: CreditMatrix; updatedAt: Date | string }>(
    'SELECT matrix, updated_at AS "updatedAt" FROM credit_matrices WHERE region_code = $1',
    [regionCode],
  );
  const row = r.rows[0];
  return row ? { matrix: row.matrix, updatedAt: new Date(row.updatedAt).toISOString() } : null;
}

export async function saveMatrix(tx: Queryable, regionCode: string, matrix: CreditMatrix, userId: string, now: string): Promise<void> {
  await tx.query(
    `INSERT INTO credit_matrices (region_code, matrix, updated_by, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (region_code) DO UPDATE SET matrix = EXCLUDED.matrix, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [regionCode, JSON.stringify(matrix), userId, now],
  );
}

export interface GradeHistoryRow {
  grade: string | null;
  source: string;
  reason: string;
  setBy: string | null;
  setAt: string;
}

export async function gradeHistory(db: Queryable, regionCode: string, entityId: string): Promise<GradeHistoryRow[]> {
  const r = await db.query<GradeHistoryRow & { setAt: Date | string }>(
    `SELECT g.grade, g.source, g.reason, u.display_name AS "setBy", g.set_at AS "setAt"
     FROM entity_credit_grades g LEFT JOIN users u ON u.id = g.set_by
     WHERE g.region_code = $1 AND g.entity_id = $2 ORDER BY g.set_at DESC, g.id DESC`,
    [regionCode, entityId],
  );
  return r.rows.map((x) => ({ ...x, setAt: new Date(x.setAt).toISOString() }));
}

export async function setEntityGrade(
  tx: Queryable,
  g: {
    regionCode: string;
    id: string;
    entityId: string;
    grade: string | null;
    source: string;
    reason: string;
    userId: string | null;
    now: string;
  },
): Promise<void> {
  await tx.query('UPDATE entities SET credit_grade = $3, updated_at = $4 WHERE region_code = $1 AND id = $2', [
    g.regionCode,
    g.entityId,
    g.grade,
    g.now,
  ]);
  await tx.query(
    `INSERT INTO entity_credit_grades (region_code, id, entity_id, grade, source, reason, set_by, set_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [g.regionCode, g.id, g.entityId, g.grade, g.source, g.reason, g.userId, g.now],
  );
}

/** What the risk level reads of an entity: its industry, grade and the penalty decisions of the last 12 months. */
export async function riskRecord(
  db: Queryable,
  regionCode: string,
  entityId: string,
  since: string,
): Promise<{ name: string; industryCode: string; grade: string | null; penalties: number } | null> {
  const r = await db.query<{ name: string; industryCode: string; grade: string | null; penalties: number }>(
    `SELECT e.name, e.industry_code AS "industryCode", e.credit_grade AS grade,
       (SELECT count(*)::int FROM issued_decisions d WHERE d.region_code = $1 AND d.entity_id = e.id
          AND d.decided_on >= $3 AND cardinality(d.penalties) > 0) AS penalties
     FROM entities e WHERE e.region_code = $1 AND e.id = $2`,
    [regionCode, entityId, since],
  );
  return r.rows[0] ?? null;
}
