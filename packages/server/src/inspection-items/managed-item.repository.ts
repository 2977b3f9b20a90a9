/** SQL of the inspection items as their department maintains them (检查事项: checklist, basis, key item schedule). */
import type { InspectionItemInput, ManagedInspectionItem } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

const COLUMNS = `i.id, i.code, i.name, i.department_id AS "departmentId", d.name AS "departmentName", i.legal_basis AS "legalBasis",
  i.checklist, i.key, i.category, i.mergeable, i.schedule_every_months AS "scheduleEveryMonths", i.published, i.version`;
const FROM = 'FROM inspection_items i JOIN departments d ON d.region_code = i.region_code AND d.id = i.department_id';

/** The items of one department, or of the region (null). */
export async function listManagedItems(db: Queryable, regionCode: string, departmentId: string | null): Promise<ManagedInspectionItem[]> {
  const r = await db.query<ManagedInspectionItem>(
    `SELECT ${COLUMNS} ${FROM} WHERE i.region_code = $1 ${departmentId ? 'AND i.department_id = $2' : ''} ORDER BY i.code`,
    departmentId ? [regionCode, departmentId] : [regionCode],
  );
  return r.rows;
}

export async function findManagedItem(db: Queryable, regionCode: string, id: string): Promise<ManagedInspectionItem | null> {
  const r = await db.query<ManagedInspectionItem>(`SELECT ${COLUMNS} ${FROM} WHERE i.region_code = $1 AND i.id = $2`, [regionCode, id]);
  return r.rows[0] ?? null;
}

/** Whether another item of the region has this code. */
export async function itemCodeTaken(db: Queryable, regionCode: string, code: string, exceptId: string | null): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM inspection_items WHERE region_code = $1 AND code = $2 AND id IS DISTINCT FROM $3::uuid', [
    regionCode,
    code,
    exceptId,
  ]);
  return r.rows.length > 0;
}

export async function insertManagedItem(
  tx: Queryable,
  regionCode: string,
  id: string,
  departmentId: string,
  i: InspectionItemInput,
  now: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO inspection_items (region_code, id, code, name, department_id, legal_basis, checklist, key, category, mergeable,
       schedule_every_months, published, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, false, $12, $12)`,
    [
      regionCode,
      id,
      i.code,
      i.name,
      departmentId,
      i.legalBasis,
      JSON.stringify(i.checklist),
      i.key,
      i.category,
      i.mergeable,
      i.scheduleEveryMonths,
      now,
    ],
  );
}

/** Writes the item if it is still at `version`; false when someone changed it first. */
export async function updateManagedItem(
  tx: Queryable,
  regionCode: string,
  id: string,
  version: number,
  i: InspectionItemInput,
  now: string,
): Promise<boolean> {
  const r = await tx.query(
    `UPDATE inspection_items SET code = $4, name = $5, legal_basis = $6, checklist = $7::jsonb, key = $8, category = $9, mergeable = $10,
       schedule_every_months = $11, version = version + 1, updated_at = $12
     WHERE region_code = $1 AND id = $2 AND version = $3 RETURNING id`,
    [
      regionCode,
      id,
      version,
      i.code,
      i.name,
      i.legalBasis,
      JSON.stringify(i.checklist),
      i.key,
      i.category,
      i.mergeable,
      i.scheduleEveryMonths,
      now,
    ],
  );
  return r.rows.length > 0;
}

export async function publishManagedItem(tx: Queryable, regionCode: string, id: string, now: string): Promise<void> {
  await tx.query(
    'UPDATE inspection_items SET published = true, version = version + 1, updated_at = $3 WHERE region_code = $1 AND id = $2',
    [regionCode, id, now],
  );
}
