/** The region's security settings (table `security_settings`) and the staff accounts' second factors. */
import type { SecondFactorAccount } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

/** Whether the region requires every staff account to enrol the second factor. */
export async function secondFactorRequired(db: Queryable, regionCode: string): Promise<boolean> {
  const r = await db.query<{ v: boolean }>('SELECT require_second_factor AS v FROM security_settings WHERE region_code = $1', [regionCode]);
  return r.rows[0]?.v ?? false;
}

export async function setSecondFactorRequired(db: Queryable, regionCode: string, value: boolean, userId: string, now: string) {
  await db.query(
    `INSERT INTO security_settings (region_code, require_second_factor, updated_at, updated_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (region_code) DO UPDATE SET require_second_factor = EXCLUDED.require_second_factor,
       updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
    [regionCode, value, now, userId],
  );
}

/** The region's staff accounts (not the enterprises'), with whether each has an enabled second factor. */
export async function staffSecondFactors(db: Queryable, regionCode: string): Promise<SecondFactorAccount[]> {
  const r = await db.query<SecondFactorAccount>(
    `SELECT u.id, u.username, u.display_name AS "displayName", u.roles, d.name AS "departmentName",
       (f.enabled_at IS NOT NULL) AS enabled, u.demo
     FROM users u
     LEFT JOIN departments d ON d.region_code = u.region_code AND d.id = u.department_id
     LEFT JOIN user_second_factors f ON f.region_code = u.region_code AND f.user_id = u.id
     WHERE u.region_code = $1 AND u.active AND NOT ('enterprise' = ANY(u.roles))
     ORDER BY u.username`,
    [regionCode],
  );
  return r.rows;
}
