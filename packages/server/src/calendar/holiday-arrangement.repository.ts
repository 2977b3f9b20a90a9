/** The holiday arrangements (reference table `holiday_arrangements`): read all, write one year. */
import type { HolidayArrangement as ArrangementView } from '@rouxing/contracts';
import type { HolidayArrangement } from '@rouxing/domain';
import type { Queryable } from '../db/database';

export async function listHolidayArrangements(db: Queryable): Promise<ArrangementView[]> {
  const r = await db.query<ArrangementView>(
    `SELECT year, source, holidays, workdays, updated_by AS "updatedBy", updated_at::text AS "updatedAt"
     FROM holiday_arrangements ORDER BY year`,
  );
  return r.rows;
}

/** Writes a year's arrangement, replacing the one stored; `onlyIfAbsent` leaves a stored year as it is. */
export async function saveHolidayArrangement(
  db: Queryable,
  a: HolidayArrangement,
  by: string,
  now: string,
  onlyIfAbsent = false,
): Promise<void> {
  await db.query(
    `INSERT INTO holiday_arrangements (year, source, holidays, workdays, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (year) DO ${
       onlyIfAbsent
         ? 'NOTHING'
         : 'UPDATE SET source = EXCLUDED.source, holidays = EXCLUDED.holidays, workdays = EXCLUDED.workdays, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at'
     }`,
    [a.year, a.source, JSON.stringify(a.holidays), JSON.stringify(a.workdays), by, now],
  );
}
