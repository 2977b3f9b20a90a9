/** SQL of the first-run check: what a region has of each thing officers need before they can work. */
import type { Queryable } from '../db/database';

export interface SetupFacts {
  enforcementDepartments: number;
  judicialDepartments: number;
  reviewers: number;
  /** The most officers with a valid certificate in any one enforcement department. */
  certifiedOfficersInOneDepartment: number;
  publishedItems: number;
  publishedTaskListEntries: number;
  activeTriggerRules: number;
  entities: number;
  hasNextYearHolidays: boolean;
}

export async function loadSetupFacts(db: Queryable, regionCode: string, today: string, nextYear: number): Promise<SetupFacts> {
  const r = await db.query<SetupFacts>(
    `SELECT
       (SELECT count(*)::int FROM departments WHERE region_code = $1 AND kind = 'enforcement') AS "enforcementDepartments",
       (SELECT count(*)::int FROM departments WHERE region_code = $1 AND kind = 'judicial') AS "judicialDepartments",
       (SELECT count(*)::int FROM users u JOIN departments d ON d.region_code = u.region_code AND d.id = u.department_id
          WHERE u.region_code = $1 AND u.active AND 'reviewer' = ANY(u.roles) AND d.kind = 'enforcement') AS "reviewers",
       (SELECT COALESCE(max(n), 0)::int FROM (
          SELECT count(*) AS n FROM users u JOIN departments d ON d.region_code = u.region_code AND d.id = u.department_id
          WHERE u.region_code = $1 AND u.active AND 'officer' = ANY(u.roles) AND d.kind = 'enforcement'
            AND u.certificate_no IS NOT NULL AND u.certificate_expires_on >= $2::date
          GROUP BY u.department_id) c) AS "certifiedOfficersInOneDepartment",
       (SELECT count(*)::int FROM inspection_items WHERE region_code = $1 AND published) AS "publishedItems",
       (SELECT count(*)::int FROM joint_task_entries WHERE region_code = $1 AND status = 'published') AS "publishedTaskListEntries",
       (SELECT count(*)::int FROM trigger_rules WHERE region_code = $1 AND active) AS "activeTriggerRules",
       (SELECT count(*)::int FROM entities WHERE region_code = $1) AS "entities",
       EXISTS (SELECT 1 FROM holiday_arrangements WHERE year = $3) AS "hasNextYearHolidays"`,
    [regionCode, today, nextYear],
  );
  return r.rows[0] as SetupFacts;
}
