/**
 * The platform's working-day calendar (docs/contracts/workdays-api.md): the arrangements stored in the
 * database — the State Council's 2025 and 2026 notices, written at start when missing, and the years an
 * administrator has entered since. Every procedural limit in working days is counted on it.
 */
import { createWorkCalendar, STATE_COUNCIL_ARRANGEMENTS, type WorkCalendar } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import { listHolidayArrangements, saveHolidayArrangement } from './holiday-arrangement.repository';

/** Writes the arrangements that ship with the product for the years not stored yet (idempotent; production too). */
export async function ensureShippedArrangements(db: Queryable, now: Date): Promise<void> {
  for (const a of STATE_COUNCIL_ARRANGEMENTS) {
    await saveHolidayArrangement(db, a, '随产品提供（国务院办公厅通知）', now.toISOString(), true);
  }
}

/** The calendar over the stored arrangements. */
export async function loadWorkCalendar(db: Queryable): Promise<WorkCalendar> {
  return createWorkCalendar(await listHolidayArrangements(db));
}
