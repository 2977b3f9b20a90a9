/** SQL of who inspects: the department's officers, their 执法证号, and their declared conflicts (回避). */
import type { InspectionOfficer } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export interface OfficerRow {
  id: string;
  displayName: string;
  certificateNo: string | null;
  certificateExpiresOn: string | null;
  departmentId: string | null;
  roles: string[];
  active: boolean;
}

/** The users with these ids (to check the officers chosen for a plan). */
export async function usersByIds(db: Queryable, regionCode: string, ids: readonly string[]): Promise<OfficerRow[]> {
  const r = await db.query<OfficerRow>(
    `SELECT id, display_name AS "displayName", certificate_no AS "certificateNo", certificate_expires_on AS "certificateExpiresOn",
       department_id AS "departmentId", roles, active
     FROM users WHERE region_code = $1 AND id = ANY($2::uuid[])`,
    [regionCode, [...ids]],
  );
  return r.rows;
}

/** The department's active users with a 执法证号 valid on `today`, by name. */
export async function certifiedOfficers(
  db: Queryable,
  regionCode: string,
  departmentId: string | null,
  today: string,
): Promise<InspectionOfficer[]> {
  const r = await db.query<InspectionOfficer>(
    `SELECT id, display_name AS "displayName", certificate_no AS "certificateNo" FROM users
     WHERE region_code = $1 AND department_id = $2 AND active AND certificate_no IS NOT NULL AND certificate_expires_on >= $3::date
     ORDER BY display_name`,
    [regionCode, departmentId, today],
  );
  return r.rows;
}

/** The officers a random draw may pick: active, in the officer role, with a 执法证号 valid on `today` (《行政处罚法》第四十二条). */
export async function drawableOfficers(
  db: Queryable,
  regionCode: string,
  departmentId: string,
  today: string,
): Promise<{ id: string; name: string }[]> {
  const r = await db.query<{ id: string; name: string }>(
    `SELECT id, display_name AS name FROM users WHERE region_code = $1 AND department_id = $2 AND active AND certificate_no IS NOT NULL
       AND certificate_expires_on >= $3::date AND 'officer' = ANY(roles)`,
    [regionCode, departmentId, today],
  );
  return r.rows;
}

export async function departmentName(db: Queryable, regionCode: string, id: string): Promise<string> {
  const r = await db.query<{ name: string }>('SELECT name FROM departments WHERE region_code = $1 AND id = $2', [regionCode, id]);
  return r.rows[0]?.name ?? '';
}

/** The declared conflicts (回避) with any of these entities. */
export async function conflictsWith(
  db: Queryable,
  regionCode: string,
  entityIds: readonly string[],
): Promise<{ officerId: string; entityId: string }[]> {
  const r = await db.query<{ officerId: string; entityId: string }>(
    'SELECT officer_id AS "officerId", entity_id AS "entityId" FROM officer_conflicts WHERE region_code = $1 AND entity_id = ANY($2::uuid[])',
    [regionCode, [...entityIds]],
  );
  return r.rows;
}

/** Declares (or restates the reason of) an officer's conflict with an entity. */
export async function upsertConflict(
  tx: Queryable,
  c: { regionCode: string; officerId: string; entityId: string; reason: string; declaredAt: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO officer_conflicts (region_code, officer_id, entity_id, reason, declared_at) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (region_code, officer_id, entity_id) DO UPDATE SET reason = EXCLUDED.reason`,
    [c.regionCode, c.officerId, c.entityId, c.reason, c.declaredAt],
  );
}
