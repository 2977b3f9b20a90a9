/** SQL of the violation catalogue (违法行为事项). */
import type { LegalBasis, ViolationItem } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export type ViolationItemRow = Omit<ViolationItem, 'penaltyTypes' | 'noFaultRule'> & {
  penaltyTypes: ViolationItem['penaltyTypes'];
  noFaultRule: ViolationItem['noFaultRule'];
};

const COLUMNS = `v.region_code AS "regionCode", v.id, v.code, v.name, v.department_id AS "departmentId", d.name AS "departmentName",
  v.domain, v.legal_basis AS "legalBasis", v.penalty_basis AS "penaltyBasis", v.penalty_types AS "penaltyTypes",
  v.fine_min AS "fineMin", v.fine_max AS "fineMax", v.normal_penalty_text AS "normalPenaltyText", v.key,
  v.no_fault_rule AS "noFaultRule", v.no_fault_basis AS "noFaultBasis", v.limitation_months AS "limitationMonths",
  v.limitation_basis AS "limitationBasis", v.version, v.updated_at AS "updatedAt"`;
const FROM = 'violation_items v JOIN departments d ON d.region_code = v.region_code AND d.id = v.department_id';

export interface ViolationItemWrite {
  code: string;
  name: string;
  departmentId: string;
  domain: string;
  legalBasis: LegalBasis;
  penaltyBasis: LegalBasis | null;
  penaltyTypes: string[];
  fineMin: number | null;
  fineMax: number | null;
  normalPenaltyText: string;
  key: boolean;
  noFaultRule: string;
  noFaultBasis: unknown;
  limitationMonths: number | null;
  limitationBasis: unknown;
}

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export async function findViolationItem(db: Queryable, regionCode: string, id: string): Promise<ViolationItemRow | null> {
  const r = await db.query<ViolationItemRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE v.region_code = $1 AND v.id = $2`, [regionCode, id]);
  return r.rows[0] ?? null;
}

export async function findViolationItemsByCode(
  db: Queryable,
  regionCode: string,
  codes: readonly string[],
): Promise<Map<string, ViolationItemRow>> {
  if (codes.length === 0) {
    return new Map();
  }
  const r = await db.query<ViolationItemRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE v.region_code = $1 AND v.code = ANY($2::text[])`, [
    regionCode,
    [...codes],
  ]);
  return new Map(r.rows.map((row) => [row.code, row]));
}

export async function searchViolationItems(
  db: Queryable,
  regionCode: string,
  q: { q?: string; departmentId?: string; domain?: string; page: number; pageSize: number },
): Promise<{ items: ViolationItemRow[]; total: number }> {
  const where = ['v.region_code = $1'];
  const params: unknown[] = [regionCode];
  if (q.q) {
    params.push(`%${q.q}%`);
    where.push(`(v.code ILIKE $${params.length} OR v.name ILIKE $${params.length} OR v.legal_basis->>'text' ILIKE $${params.length})`);
  }
  if (q.departmentId) {
    params.push(q.departmentId);
    where.push(`v.department_id = $${params.length}`);
  }
  if (q.domain) {
    params.push(`%${q.domain}%`);
    where.push(`v.domain ILIKE $${params.length}`);
  }
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${FROM} WHERE ${where.join(' AND ')}`, params);
  params.push(q.pageSize, (q.page - 1) * q.pageSize);
  const r = await db.query<ViolationItemRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY v.code LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { items: r.rows, total: total.rows[0]?.n ?? 0 };
}

/** Inserts an item; returns false when the code is already in the region's catalogue. */
export async function insertViolationItem(
  tx: Queryable,
  regionCode: string,
  id: string,
  w: ViolationItemWrite,
  now: string,
): Promise<boolean> {
  const r = await tx.query(
    `INSERT INTO violation_items (region_code, id, code, name, department_id, domain, legal_basis, penalty_basis, penalty_types,
       fine_min, fine_max, normal_penalty_text, key, no_fault_rule, no_fault_basis, limitation_months, limitation_basis, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$18)
     ON CONFLICT (region_code, code) DO NOTHING`,
    [
      regionCode,
      id,
      w.code,
      w.name,
      w.departmentId,
      w.domain,
      json(w.legalBasis),
      json(w.penaltyBasis),
      w.penaltyTypes,
      w.fineMin,
      w.fineMax,
      w.normalPenaltyText,
      w.key,
      w.noFaultRule,
      json(w.noFaultBasis),
      w.limitationMonths,
      json(w.limitationBasis),
      now,
    ],
  );
  return r.rowCount === 1;
}

/** Updates an item if `version` is the current one; returns the new version or null when stale. */
export async function updateViolationItemRow(
  tx: Queryable,
  regionCode: string,
  id: string,
  version: number,
  w: Omit<ViolationItemWrite, 'code'>,
  now: string,
): Promise<number | null> {
  const r = await tx.query<{ version: number }>(
    `UPDATE violation_items SET name = $4, department_id = $5, domain = $6, legal_basis = $7, penalty_basis = $8, penalty_types = $9,
       fine_min = $10, fine_max = $11, normal_penalty_text = $12, key = $13, no_fault_rule = $14, no_fault_basis = $15,
       limitation_months = $16, limitation_basis = $17, version = version + 1, updated_at = $18
     WHERE region_code = $1 AND id = $2 AND version = $3 RETURNING version`,
    [
      regionCode,
      id,
      version,
      w.name,
      w.departmentId,
      w.domain,
      json(w.legalBasis),
      json(w.penaltyBasis),
      w.penaltyTypes,
      w.fineMin,
      w.fineMax,
      w.normalPenaltyText,
      w.key,
      w.noFaultRule,
      json(w.noFaultBasis),
      w.limitationMonths,
      json(w.limitationBasis),
      now,
    ],
  );
  return r.rows[0]?.version ?? null;
}

export async function departmentsOfRegion(db: Queryable, regionCode: string): Promise<{ id: string; code: string; name: string }[]> {
  const r = await db.query<{ id: string; code: string; name: string }>('SELECT id, code, name FROM departments WHERE region_code = $1', [
    regionCode,
  ]);
  return r.rows;
}
