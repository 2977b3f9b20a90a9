/**
 * SQL of 承诺式检查 (常政办发〔2025〕5号 第十三项: "灵活采取自查自纠等承诺式检查方式"): self-inspections, their on-site
 * draws, the findings, and the credit record a false commitment makes.
 */
import type { Queryable } from '../db/database';

export interface Answer {
  compliant: boolean;
  note: string;
}

export interface SelfInspectionRow {
  id: string;
  documentNo: string;
  departmentId: string;
  department: string;
  entityId: string;
  entityName: string;
  uscc: string;
  itemName: string;
  checklist: string[];
  status: 'sent' | 'answered' | 'on_site' | 'closed' | 'verified';
  basis: { grade: string | null; risk: 'high' | 'medium' | 'low'; reasons: string[] };
  createdAt: string;
  answers: Answer[] | null;
  commitmentSignedAt: string | null;
  drawId: string | null;
  drawSeed: number | null;
  findings: Answer[] | null;
  verifiedOn: string | null;
  falseItems: number[] | null;
  creditRecordId: string | null;
}

const ROW = `s.id, s.document_no AS "documentNo", s.department_id AS "departmentId", dep.name AS department, s.entity_id AS "entityId",
  e.name AS "entityName", e.uscc, i.name AS "itemName", s.checklist, s.status, s.basis, s.created_at AS "createdAt", s.answers,
  s.commitment_signed_at AS "commitmentSignedAt", s.draw_id AS "drawId", dr.seed AS "drawSeed", s.findings,
  s.verified_on AS "verifiedOn", s.false_items AS "falseItems", s.credit_record_id AS "creditRecordId"`;
const FROM = `self_inspections s
  JOIN departments dep ON dep.region_code = s.region_code AND dep.id = s.department_id
  JOIN entities e ON e.region_code = s.region_code AND e.id = s.entity_id
  JOIN inspection_items i ON i.region_code = s.region_code AND i.id = s.item_id
  LEFT JOIN self_inspection_draws dr ON dr.region_code = s.region_code AND dr.id = s.draw_id`;

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());
const normal = (r: SelfInspectionRow): SelfInspectionRow => ({
  ...r,
  createdAt: iso(r.createdAt) as string,
  commitmentSignedAt: iso(r.commitmentSignedAt),
  drawSeed: r.drawSeed === null ? null : Number(r.drawSeed),
});

export async function findSelfInspection(
  db: Queryable,
  regionCode: string,
  id: string,
  forUpdate = false,
): Promise<SelfInspectionRow | null> {
  if (forUpdate) {
    await db.query('SELECT 1 FROM self_inspections WHERE region_code = $1 AND id = $2 FOR UPDATE', [regionCode, id]);
  }
  const r = await db.query<SelfInspectionRow>(`SELECT ${ROW} FROM ${FROM} WHERE s.region_code = $1 AND s.id = $2`, [regionCode, id]);
  return r.rows[0] ? normal(r.rows[0]) : null;
}

/** A department's (or, null, the region's) self-inspections, or an entity's; newest first. */
export async function listSelfInspections(
  db: Queryable,
  regionCode: string,
  f: { departmentId?: string | null; entityId?: string },
): Promise<SelfInspectionRow[]> {
  const params: unknown[] = [regionCode];
  const where = ['s.region_code = $1'];
  if (f.departmentId) {
    params.push(f.departmentId);
    where.push(`s.department_id = $${params.length}`);
  }
  if (f.entityId) {
    params.push(f.entityId);
    where.push(`s.entity_id = $${params.length}`);
  }
  const r = await db.query<SelfInspectionRow>(
    `SELECT ${ROW} FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY s.created_at DESC, s.id DESC LIMIT 500`,
    params,
  );
  return r.rows.map(normal);
}

/** The item a department may send: its own published item, with its check points. */
export async function sendableItem(
  db: Queryable,
  regionCode: string,
  itemId: string,
): Promise<{ departmentId: string; published: boolean; checklist: string[] } | null> {
  const r = await db.query<{ departmentId: string; published: boolean; checklist: string[] }>(
    'SELECT department_id AS "departmentId", published, checklist FROM inspection_items WHERE region_code = $1 AND id = $2',
    [regionCode, itemId],
  );
  return r.rows[0] ?? null;
}

/** The next 承诺核查〔年〕N号 of the region (the table is locked for the count: numbers are never taken twice). */
export async function nextDocumentNo(tx: Queryable, regionCode: string, year: string): Promise<string> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`self_inspection_no:${regionCode}`]);
  const r = await tx.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM self_inspections WHERE region_code = $1 AND document_no LIKE '承诺核查〔' || $2 || '〕%'",
    [regionCode, year],
  );
  return `承诺核查〔${year}〕${(r.rows[0]?.n ?? 0) + 1}号`;
}

export async function insertSelfInspection(
  tx: Queryable,
  s: {
    regionCode: string;
    id: string;
    documentNo: string;
    departmentId: string;
    entityId: string;
    itemId: string;
    checklist: string[];
    basis: object;
    userId: string;
    now: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO self_inspections (region_code, id, document_no, department_id, entity_id, item_id, checklist, basis, status, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'sent', $9, $10)`,
    [
      s.regionCode,
      s.id,
      s.documentNo,
      s.departmentId,
      s.entityId,
      s.itemId,
      JSON.stringify(s.checklist),
      JSON.stringify(s.basis),
      s.userId,
      s.now,
    ],
  );
}

export async function saveAnswers(
  tx: Queryable,
  regionCode: string,
  id: string,
  answers: Answer[],
  userId: string,
  now: string,
): Promise<void> {
  await tx.query(
    `UPDATE self_inspections SET status = 'answered', answers = $3, answered_by = $4, commitment_signed_at = $5 WHERE region_code = $1 AND id = $2`,
    [regionCode, id, JSON.stringify(answers), userId, now],
  );
}

/** The department's answered self-inspections not yet drawn from (locked for the draw). */
export async function undrawnAnswered(tx: Queryable, regionCode: string, departmentId: string): Promise<string[]> {
  const r = await tx.query<{ id: string }>(
    `SELECT id FROM self_inspections WHERE region_code = $1 AND department_id = $2 AND status = 'answered' AND draw_id IS NULL ORDER BY id FOR UPDATE`,
    [regionCode, departmentId],
  );
  return r.rows.map((x) => x.id);
}

export async function insertDraw(
  tx: Queryable,
  d: {
    regionCode: string;
    id: string;
    departmentId: string;
    seed: number;
    share: number;
    pool: string[];
    chosen: string[];
    userId: string;
    now: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO self_inspection_draws (region_code, id, department_id, seed, share, pool, chosen, drawn_by, drawn_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [d.regionCode, d.id, d.departmentId, d.seed, d.share, JSON.stringify(d.pool), JSON.stringify(d.chosen), d.userId, d.now],
  );
  await tx.query(
    `UPDATE self_inspections SET draw_id = $3, status = CASE WHEN id = ANY($4::uuid[]) THEN 'on_site' ELSE 'closed' END,
       on_site = (id = ANY($4::uuid[]))
     WHERE region_code = $1 AND id = ANY($2::uuid[])`,
    [d.regionCode, d.pool, d.id, d.chosen],
  );
}

export async function findDraw(
  db: Queryable,
  regionCode: string,
  id: string,
): Promise<{ id: string; departmentId: string; seed: number; share: number; pool: string[]; chosen: string[]; drawnAt: string } | null> {
  const r = await db.query<{
    id: string;
    departmentId: string;
    seed: number;
    share: number;
    pool: string[];
    chosen: string[];
    drawnAt: string;
  }>(
    `SELECT id, department_id AS "departmentId", seed, share::float8 AS share, pool, chosen, drawn_at AS "drawnAt"
     FROM self_inspection_draws WHERE region_code = $1 AND id = $2`,
    [regionCode, id],
  );
  const row = r.rows[0];
  return row ? { ...row, seed: Number(row.seed), drawnAt: new Date(row.drawnAt).toISOString() } : null;
}

export async function saveFindings(
  tx: Queryable,
  v: {
    regionCode: string;
    id: string;
    findings: Answer[];
    falseItems: number[];
    userId: string;
    on: string;
    creditRecordId: string | null;
  },
): Promise<void> {
  await tx.query(
    `UPDATE self_inspections SET status = 'verified', findings = $3, false_items = $4, verified_by = $5, verified_on = $6, credit_record_id = $7
     WHERE region_code = $1 AND id = $2`,
    [v.regionCode, v.id, JSON.stringify(v.findings), JSON.stringify(v.falseItems), v.userId, v.on, v.creditRecordId],
  );
}

/** The credit record of a false commitment (one per self-inspection), publicised by the calculator's periods. */
export async function insertFalseCommitmentRecord(
  tx: Queryable,
  k: {
    regionCode: string;
    id: string;
    selfInspectionId: string;
    departmentId: string;
    entityId: string;
    severity: string;
    severityRule: string;
    severityBasis: string;
    status: string;
    minEnd: string | null;
    repairEligibleFrom: string | null;
    maxEnd: string | null;
    regime: string;
    now: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO credit_records (region_code, id, self_inspection_id, department_id, entity_id, severity, severity_rule, severity_basis,
       status, min_end, repair_eligible_from, max_end, regime, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      k.regionCode,
      k.id,
      k.selfInspectionId,
      k.departmentId,
      k.entityId,
      k.severity,
      k.severityRule,
      k.severityBasis,
      k.status,
      k.minEnd,
      k.repairEligibleFrom,
      k.maxEnd,
      k.regime,
      k.now,
    ],
  );
}
