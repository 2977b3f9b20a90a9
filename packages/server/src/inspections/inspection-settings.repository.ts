/** `inspection_settings`: the region's settings of inspections, with the defaults where none was saved. */
import type { InspectionSettings } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

/** Until the Judicial Bureau sets it: five working days (about a calendar week) to back-fill an emergency plan's approval. */
export const DEFAULT_INSPECTION_SETTINGS: Readonly<InspectionSettings> = { emergencyBackfillWorkdays: 5 };

export async function inspectionSettingsOf(db: Queryable, regionCode: string): Promise<InspectionSettings> {
  const r = await db.query<InspectionSettings>(
    'SELECT emergency_backfill_workdays AS "emergencyBackfillWorkdays" FROM inspection_settings WHERE region_code = $1',
    [regionCode],
  );
  return r.rows[0] ?? { ...DEFAULT_INSPECTION_SETTINGS };
}

export async function saveInspectionSettings(
  tx: Queryable,
  regionCode: string,
  s: InspectionSettings,
  by: string,
  now: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO inspection_settings (region_code, emergency_backfill_workdays, updated_by, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (region_code) DO UPDATE SET emergency_backfill_workdays = EXCLUDED.emergency_backfill_workdays,
       updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [regionCode, s.emergencyBackfillWorkdays, by, now],
  );
}
