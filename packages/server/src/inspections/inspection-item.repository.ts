/** SQL of inspection items (检查事项): the department's list, the items of a new plan, what a complaint can be about. */
import type { ComplaintItem, InspectionItem } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

const ITEM_COLUMNS = `i.id, i.code, i.name, i.department_id AS "departmentId", d.name AS "departmentName", i.legal_basis AS "legalBasis",
  i.key, i.mergeable, i.category, i.published`;

/** The region's items, or one department's (null: all). */
export async function searchInspectionItems(db: Queryable, regionCode: string, departmentId?: string | null): Promise<InspectionItem[]> {
  const r = await db.query<InspectionItem>(
    `SELECT ${ITEM_COLUMNS} FROM inspection_items i JOIN departments d ON d.region_code = i.region_code AND d.id = i.department_id
     WHERE i.region_code = $1 ${departmentId ? 'AND i.department_id = $2' : ''} ORDER BY i.code`,
    departmentId ? [regionCode, departmentId] : [regionCode],
  );
  return r.rows;
}

export async function findInspectionItems(db: Queryable, regionCode: string, ids: readonly string[]): Promise<InspectionItem[]> {
  const r = await db.query<InspectionItem>(
    `SELECT ${ITEM_COLUMNS} FROM inspection_items i JOIN departments d ON d.region_code = i.region_code AND d.id = i.department_id
     WHERE i.region_code = $1 AND i.id = ANY($2::uuid[])`,
    [regionCode, [...ids]],
  );
  return r.rows;
}

/** Items a complaint can be about: the published non-key items (key items are inspected on a schedule anyway). */
export async function complaintItems(db: Queryable, regionCode: string): Promise<ComplaintItem[]> {
  const r = await db.query<ComplaintItem>(
    `SELECT i.id, i.name, d.name AS "departmentName" FROM inspection_items i JOIN departments d ON d.region_code = i.region_code AND d.id = i.department_id
     WHERE i.region_code = $1 AND i.published AND NOT i.key ORDER BY i.code`,
    [regionCode],
  );
  return r.rows;
}

/** The department of a published item, or null. */
export async function publishedItemDepartment(db: Queryable, regionCode: string, itemId: string): Promise<string | null> {
  const r = await db.query<{ departmentId: string }>(
    'SELECT department_id AS "departmentId" FROM inspection_items WHERE region_code = $1 AND id = $2 AND published',
    [regionCode, itemId],
  );
  return r.rows[0]?.departmentId ?? null;
}
