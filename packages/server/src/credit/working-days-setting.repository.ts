/**
 * A region's working-day period for one kind of procedure (纠正事项, 异议申诉): one row per region in its own
 * settings table, the default when the region has set none.
 */
import type { Queryable } from '../db/database';

export type WorkingDaysTable = 'correction_settings' | 'objection_settings';

export async function workingDaysSetting(db: Queryable, table: WorkingDaysTable, regionCode: string, fallback: number): Promise<number> {
  const r = await db.query<{ days: number }>(`SELECT working_days AS days FROM ${table} WHERE region_code = $1`, [regionCode]);
  return r.rows[0]?.days ?? fallback;
}

export async function saveWorkingDaysSetting(
  tx: Queryable,
  table: WorkingDaysTable,
  regionCode: string,
  days: number,
  userId: string,
  now: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO ${table} (region_code, working_days, updated_by, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (region_code) DO UPDATE SET working_days = EXCLUDED.working_days, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [regionCode, days, userId, now],
  );
}
