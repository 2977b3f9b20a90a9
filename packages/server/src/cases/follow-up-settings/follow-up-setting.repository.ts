/** `follow_up_settings`: the department's own follow-up days per measure type (常政办发〔2025〕5号 第五项; the rest are the defaults). */
import type { MeasureType } from '@rouxing/contracts';
import type { Queryable } from '../../db/database';

/** The department's own days per measure type (null: no visit); types it has not set are absent. */
export async function followUpDaysOf(db: Queryable, regionCode: string, departmentId: string): Promise<Map<MeasureType, number | null>> {
  const r = await db.query<{ measureType: MeasureType; days: number | null }>(
    'SELECT measure_type AS "measureType", days FROM follow_up_settings WHERE region_code = $1 AND department_id = $2',
    [regionCode, departmentId],
  );
  return new Map(r.rows.map((s) => [s.measureType, s.days]));
}

export async function saveFollowUpDays(
  tx: Queryable,
  regionCode: string,
  departmentId: string,
  measureType: string,
  days: number | null,
): Promise<void> {
  await tx.query(
    `INSERT INTO follow_up_settings (region_code, department_id, measure_type, days) VALUES ($1,$2,$3,$4)
     ON CONFLICT (region_code, department_id, measure_type) DO UPDATE SET days = $4`,
    [regionCode, departmentId, measureType, days],
  );
}
