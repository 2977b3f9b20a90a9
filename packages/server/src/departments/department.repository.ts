/** SQL of the departments of a region (部门): tenant rows, keyed by region and id. */
import type { Department } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

/** The departments of a region, by their code. */
export async function listDepartments(db: Queryable, regionCode: string): Promise<Department[]> {
  const r = await db.query<Department>(
    `SELECT id, region_code AS "regionCode", name, code, kind, doc_prefix AS "docPrefix", contact_phone AS "contactPhone" FROM departments WHERE region_code = $1
     ORDER BY created_at, code`,
    [regionCode],
  );
  return r.rows;
}

export async function departmentExists(db: Queryable, regionCode: string, id: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM departments WHERE region_code = $1 AND id = $2', [regionCode, id]);
  return r.rows.length > 0;
}

/** What a 文号 needs of its department: the name (the issuing authority) and the 机关代字. */
export async function findDepartmentLetterhead(
  db: Queryable,
  regionCode: string,
  id: string,
): Promise<{ name: string; docPrefix: string; contactPhone: string } | null> {
  const r = await db.query<{ name: string; docPrefix: string; contactPhone: string }>(
    'SELECT name, doc_prefix AS "docPrefix", contact_phone AS "contactPhone" FROM departments WHERE region_code = $1 AND id = $2',
    [regionCode, id],
  );
  return r.rows[0] ?? null;
}

/** Whether a region has any department yet (it has been set up). */
export async function regionHasDepartments(db: Queryable, regionCode: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM departments WHERE region_code = $1 LIMIT 1', [regionCode]);
  return r.rows.length > 0;
}

/** The regions served: those with at least one department. */
export async function regionsWithDepartments(db: Queryable): Promise<string[]> {
  const r = await db.query<{ regionCode: string }>('SELECT DISTINCT region_code AS "regionCode" FROM departments');
  return r.rows.map((x) => x.regionCode);
}

export interface NewDepartment {
  id: string;
  code: string;
  name: string;
  kind: string;
  docPrefix: string;
  contactPhone?: string;
}

export async function insertDepartments(tx: Queryable, regionCode: string, rows: readonly NewDepartment[], now: string): Promise<void> {
  for (const d of rows) {
    await tx.query(
      'INSERT INTO departments (region_code, id, code, name, kind, doc_prefix, contact_phone, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [regionCode, d.id, d.code, d.name, d.kind, d.docPrefix, d.contactPhone ?? '', now],
    );
  }
}

export async function findDepartment(db: Queryable, regionCode: string, id: string): Promise<Department | null> {
  const r = await db.query<Department>(
    'SELECT id, region_code AS "regionCode", name, code, kind, doc_prefix AS "docPrefix", contact_phone AS "contactPhone" FROM departments WHERE region_code = $1 AND id = $2',
    [regionCode, id],
  );
  return r.rows[0] ?? null;
}

/** Whether another department of the region already has this name. */
export async function departmentNameTaken(db: Queryable, regionCode: string, name: string, exceptId: string | null): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM departments WHERE region_code = $1 AND name = $2 AND id IS DISTINCT FROM $3::uuid', [
    regionCode,
    name,
    exceptId,
  ]);
  return r.rows.length > 0;
}

/** The next free code of a department made in the UI: D001, D002… (seeded departments keep their letters). */
export async function nextDepartmentCode(db: Queryable, regionCode: string): Promise<string> {
  const r = await db.query<{ n: number }>(
    `SELECT COALESCE(max(substring(code FROM 2)::int), 0)::int + 1 AS n FROM departments WHERE region_code = $1 AND code ~ '^D[0-9]{3,}$'`,
    [regionCode],
  );
  return `D${String(r.rows[0]?.n ?? 1).padStart(3, '0')}`;
}

export async function updateDepartment(
  tx: Queryable,
  regionCode: string,
  id: string,
  d: { name: string; kind: string; docPrefix: string; contactPhone: string },
): Promise<void> {
  await tx.query('UPDATE departments SET name = $3, kind = $4, doc_prefix = $5, contact_phone = $6 WHERE region_code = $1 AND id = $2', [
    regionCode,
    id,
    d.name,
    d.kind,
    d.docPrefix,
    d.contactPhone,
  ]);
}
