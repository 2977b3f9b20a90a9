/**
 * SQL of credit records (失信信息), their repairs (信用修复) and objections (异议申诉): the party's and the
 * department's views, the public page and feed (entities only — never a natural person), the daily end of
 * publicity, and the objection period setting.
 */
import type { StoredFile } from '@rouxing/contracts';
import type { Queryable } from '../db/database';
import { saveWorkingDaysSetting, workingDaysSetting } from './working-days-setting.repository';

/** Working days to decide an objection when the region has set none. */
export const DEFAULT_OBJECTION_WORKING_DAYS = 15;

export const objectionWorkingDays = (db: Queryable, regionCode: string) =>
  workingDaysSetting(db, 'objection_settings', regionCode, DEFAULT_OBJECTION_WORKING_DAYS);

export const saveObjectionWorkingDays = (tx: Queryable, regionCode: string, days: number, userId: string, now: string) =>
  saveWorkingDaysSetting(tx, 'objection_settings', regionCode, days, userId, now);

export interface CreditRecordRow {
  regionCode: string;
  id: string;
  decisionId: string | null;
  departmentId: string;
  department: string;
  entityId: string | null;
  entityName: string | null;
  uscc: string | null;
  documentNo: string;
  violationName: string | null;
  penalties: string[];
  fineYuan: number;
  decidedOn: string;
  fulfilledOn: string | null;
  severity: 'minor' | 'general' | 'serious';
  severityBasis: string;
  status: 'publicized' | 'not_publicized' | 'repaired' | 'expired' | 'withdrawn';
  minEnd: string | null;
  repairEligibleFrom: string | null;
  maxEnd: string | null;
  regime: string;
  endedOn: string | null;
  underObjection: boolean;
}

/** A record's day: its decision's, or the day a false commitment was found on site. */
const DECIDED = 'COALESCE(d.decided_on, si.verified_on)';
/**
 * A record's columns; `region` names the region of the objection look-up: the parameter in a statement of one region
 * (on Citus a subquery correlated by the outer row's column is not pruned, and the statement went to every shard), the
 * row's column in the public feed, which spans every region.
 */
const rowOf = (
  region: string,
) => `k.region_code AS "regionCode", k.id, k.decision_id AS "decisionId", k.department_id AS "departmentId", dep.name AS department,
  k.entity_id AS "entityId", e.name AS "entityName", e.uscc, COALESCE(d.document_no, si.document_no) AS "documentNo",
  CASE WHEN k.self_inspection_id IS NOT NULL THEN '承诺式检查虚假承诺' ELSE v.name END AS "violationName", COALESCE(d.penalties, '{}') AS penalties,
  COALESCE(d.fine_yuan, 0)::float8 AS "fineYuan", ${DECIDED} AS "decidedOn", d.fulfilled_on AS "fulfilledOn", k.severity,
  k.severity_basis AS "severityBasis", k.status, k.min_end AS "minEnd", k.repair_eligible_from AS "repairEligibleFrom",
  k.max_end AS "maxEnd", k.regime, k.ended_on AS "endedOn",
  EXISTS (SELECT 1 FROM credit_objections o WHERE o.region_code = ${region} AND o.record_id = k.id AND o.status = 'filed') AS "underObjection"`;
const ROW = rowOf('$1');
/** A record comes from a penalty decision or from a false commitment found on site (常政办发〔2025〕5号 第十三项). */
const FROM = `credit_records k
  LEFT JOIN issued_decisions d ON d.region_code = k.region_code AND d.id = k.decision_id
  LEFT JOIN self_inspections si ON si.region_code = k.region_code AND si.id = k.self_inspection_id
  JOIN departments dep ON dep.region_code = k.region_code AND dep.id = k.department_id
  LEFT JOIN entities e ON e.region_code = k.region_code AND e.id = k.entity_id
  LEFT JOIN violation_items v ON v.region_code = k.region_code AND v.code = d.violation_code`;

export async function findCreditRecord(db: Queryable, regionCode: string, id: string, forUpdate = false): Promise<CreditRecordRow | null> {
  if (forUpdate) {
    await db.query('SELECT 1 FROM credit_records WHERE region_code = $1 AND id = $2 FOR UPDATE', [regionCode, id]);
  }
  const r = await db.query<CreditRecordRow>(`SELECT ${ROW} FROM ${FROM} WHERE k.region_code = $1 AND k.id = $2`, [regionCode, id]);
  return r.rows[0] ?? null;
}

/** Records by id (a queue's records in one query). */
export async function findCreditRecords(db: Queryable, regionCode: string, ids: readonly string[]): Promise<Map<string, CreditRecordRow>> {
  if (ids.length === 0) {
    return new Map();
  }
  const r = await db.query<CreditRecordRow>(`SELECT ${ROW} FROM ${FROM} WHERE k.region_code = $1 AND k.id = ANY($2::uuid[])`, [
    regionCode,
    ids,
  ]);
  return new Map(r.rows.map((x) => [x.id, x]));
}

/** An entity's records, newest first (its portal). */
export async function creditRecordsOfEntity(db: Queryable, regionCode: string, entityId: string): Promise<CreditRecordRow[]> {
  const r = await db.query<CreditRecordRow>(
    `SELECT ${ROW} FROM ${FROM} WHERE k.region_code = $1 AND k.entity_id = $2 ORDER BY ${DECIDED} DESC, k.id DESC`,
    [regionCode, entityId],
  );
  return r.rows;
}

/** What the public sees: entities' records in publicity, and those under objection. */
const PUBLIC_WHERE = `k.entity_id IS NOT NULL AND (k.status = 'publicized'
  OR EXISTS (SELECT 1 FROM credit_objections o WHERE o.region_code = k.region_code AND o.record_id = k.id AND o.status = 'filed'))`;

export async function publicCreditRecords(
  db: Queryable,
  q: { q?: string; uscc?: string; limit: number; offset: number },
): Promise<{ rows: CreditRecordRow[]; total: number }> {
  const params: unknown[] = [];
  const where = [PUBLIC_WHERE];
  if (q.uscc) {
    params.push(q.uscc);
    where.push(`e.uscc = $${params.length}`);
  }
  if (q.q) {
    params.push(`%${q.q}%`);
    where.push(`(e.name ILIKE $${params.length} OR e.uscc ILIKE $${params.length})`);
  }
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${FROM} WHERE ${w}`, params);
  const rows = await db.query<CreditRecordRow>(
    `SELECT ${rowOf('k.region_code')} FROM ${FROM} WHERE ${w} ORDER BY ${DECIDED} DESC, k.id DESC LIMIT ${q.limit} OFFSET ${q.offset}`,
    params,
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

/** The serious records in publicity of an entity (联合惩戒). */
export async function seriousRecordsInPublicity(db: Queryable, regionCode: string, entityId: string): Promise<CreditRecordRow[]> {
  const r = await db.query<CreditRecordRow>(
    `SELECT ${ROW} FROM ${FROM} WHERE k.region_code = $1 AND k.entity_id = $2 AND k.severity = 'serious' AND k.status = 'publicized'
     ORDER BY ${DECIDED}`,
    [regionCode, entityId],
  );
  return r.rows;
}

export async function endPublicity(
  tx: Queryable,
  regionCode: string,
  id: string,
  status: 'repaired' | 'withdrawn' | 'expired',
  on: string,
): Promise<void> {
  await tx.query(`UPDATE credit_records SET status = $3, ended_on = $4 WHERE region_code = $1 AND id = $2`, [regionCode, id, status, on]);
}

/** The decision behind a record was corrected (行政处罚法 第四十八条第二款): its record is withdrawn from publicity. */
export async function withdrawRecordOfDecision(tx: Queryable, regionCode: string, decisionId: string, on: string): Promise<string | null> {
  const r = await tx.query<{ id: string }>(
    `UPDATE credit_records SET status = 'withdrawn', ended_on = $3
     WHERE region_code = $1 AND decision_id = $2 AND status IN ('publicized', 'not_publicized') RETURNING id`,
    [regionCode, decisionId, on],
  );
  return r.rows[0]?.id ?? null;
}

/** Ends every publicity whose maximum has run (set-based): the ids ended, per region. */
export async function expirePublicity(tx: Queryable, today: string): Promise<{ regionCode: string; id: string; maxEnd: string }[]> {
  const r = await tx.query<{ regionCode: string; id: string; maxEnd: string }>(
    `UPDATE credit_records SET status = 'expired', ended_on = max_end
     WHERE status = 'publicized' AND max_end < $1 RETURNING region_code AS "regionCode", id, max_end AS "maxEnd"`,
    [today],
  );
  return r.rows;
}

// ── Repairs and objections ─────────────────────────────────────────────────────────────────────────

export interface CreditCaseRow {
  kind: 'repair' | 'objection';
  id: string;
  recordId: string;
  departmentId: string;
  status: string;
  statement: string;
  materials: StoredFile[];
  appliedBy: string;
  appliedAt: string;
  dueOn: string;
  decidedAt: string | null;
  reason: string | null;
  commitmentSha256: string | null;
}

/** A region's ($1) repairs and objections as one set: each branch names the region, so on Citus the union is one shard's. */
const CASES = `SELECT 'repair' AS kind, id, record_id AS "recordId", department_id AS "departmentId", status, statement, materials,
    applied_by AS "appliedBy", applied_at AS "appliedAt", due_on AS "dueOn", decided_at AS "decidedAt", reason,
    commitment_sha256 AS "commitmentSha256", region_code
  FROM credit_repairs WHERE region_code = $1
  UNION ALL
  SELECT 'objection', id, record_id, department_id, status, grounds, materials, filed_by, filed_at, due_on, decided_at, reason, NULL, region_code
  FROM credit_objections WHERE region_code = $1`;

export async function creditCasesOfRecords(db: Queryable, regionCode: string, recordIds: readonly string[]): Promise<CreditCaseRow[]> {
  if (recordIds.length === 0) {
    return [];
  }
  const r = await db.query<CreditCaseRow>(
    `SELECT * FROM (${CASES}) c WHERE c.region_code = $1 AND c."recordId" = ANY($2::uuid[]) ORDER BY c."appliedAt"`,
    [regionCode, recordIds],
  );
  return r.rows;
}

/** A department's repairs and objections (null: every department), open ones first. */
export async function creditCasesOfDepartment(
  db: Queryable,
  regionCode: string,
  departmentId: string | null,
  q: { kind?: 'repair' | 'objection'; open?: boolean },
): Promise<CreditCaseRow[]> {
  const params: unknown[] = [regionCode];
  const where = ['c.region_code = $1'];
  if (departmentId) {
    params.push(departmentId);
    where.push(`c."departmentId" = $${params.length}`);
  }
  if (q.kind) {
    params.push(q.kind);
    where.push(`c.kind = $${params.length}`);
  }
  if (q.open !== undefined) {
    where.push(q.open ? `c.status IN ('applied', 'filed')` : `c.status NOT IN ('applied', 'filed')`);
  }
  const r = await db.query<CreditCaseRow>(
    `SELECT * FROM (${CASES}) c WHERE ${where.join(' AND ')} ORDER BY (c.status IN ('applied', 'filed')) DESC, c."dueOn", c."appliedAt" LIMIT 500`,
    params,
  );
  return r.rows;
}

export async function findCreditCase(db: Queryable, regionCode: string, kind: 'repair' | 'objection', id: string, forUpdate = false) {
  if (forUpdate) {
    await db.query(
      `SELECT 1 FROM ${kind === 'repair' ? 'credit_repairs' : 'credit_objections'} WHERE region_code = $1 AND id = $2 FOR UPDATE`,
      [regionCode, id],
    );
  }
  const r = await db.query<CreditCaseRow>(`SELECT * FROM (${CASES}) c WHERE c.region_code = $1 AND c.kind = $2 AND c.id = $3`, [
    regionCode,
    kind,
    id,
  ]);
  return r.rows[0] ?? null;
}

export async function insertRepair(
  tx: Queryable,
  v: {
    regionCode: string;
    id: string;
    recordId: string;
    departmentId: string;
    commitmentSha256: string;
    materials: StoredFile[];
    statement: string;
    userId: string;
    now: string;
    dueOn: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO credit_repairs (region_code, id, record_id, department_id, status, commitment_signed_at, commitment_sha256, materials, statement,
       applied_by, applied_at, due_on)
     VALUES ($1, $2, $3, $4, 'applied', $5, $6, $7::jsonb, $8, $9, $5, $10)`,
    [
      v.regionCode,
      v.id,
      v.recordId,
      v.departmentId,
      v.now,
      v.commitmentSha256,
      JSON.stringify(v.materials),
      v.statement,
      v.userId,
      v.dueOn,
    ],
  );
}

export async function insertObjection(
  tx: Queryable,
  v: {
    regionCode: string;
    id: string;
    recordId: string;
    departmentId: string;
    grounds: string;
    materials: StoredFile[];
    userId: string;
    now: string;
    dueOn: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO credit_objections (region_code, id, record_id, department_id, status, grounds, materials, filed_by, filed_at, due_on)
     VALUES ($1, $2, $3, $4, 'filed', $5, $6::jsonb, $7, $8, $9)`,
    [v.regionCode, v.id, v.recordId, v.departmentId, v.grounds, JSON.stringify(v.materials), v.userId, v.now, v.dueOn],
  );
}

export async function decideCreditCase(
  tx: Queryable,
  regionCode: string,
  kind: 'repair' | 'objection',
  id: string,
  v: { status: string; reason: string | null; userId: string; now: string },
): Promise<void> {
  await tx.query(
    `UPDATE ${kind === 'repair' ? 'credit_repairs' : 'credit_objections'} SET status = $3, reason = $4, decided_by = $5, decided_at = $6
     WHERE region_code = $1 AND id = $2`,
    [regionCode, id, v.status, v.reason, v.userId, v.now],
  );
}

/** Whether the record has an undecided repair or objection. */
export async function pendingOn(db: Queryable, regionCode: string, recordId: string): Promise<{ repair: boolean; objection: boolean }> {
  const r = await db.query<{ kind: string }>(
    `SELECT 'repair' AS kind FROM credit_repairs WHERE region_code = $1 AND record_id = $2 AND status = 'applied'
     UNION ALL SELECT 'objection' FROM credit_objections WHERE region_code = $1 AND record_id = $2 AND status = 'filed'`,
    [regionCode, recordId],
  );
  return { repair: r.rows.some((x) => x.kind === 'repair'), objection: r.rows.some((x) => x.kind === 'objection') };
}

/** The name of the entity registered under a 统一社会信用代码 (the public page's heading), or null. */
export async function entityNameByUscc(db: Queryable, uscc: string): Promise<string | null> {
  const r = await db.query<{ name: string }>('SELECT name FROM entities WHERE uscc = $1 ORDER BY created_at LIMIT 1', [uscc]);
  return r.rows[0]?.name ?? null;
}
