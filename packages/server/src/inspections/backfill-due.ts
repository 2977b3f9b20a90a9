/**
 * 紧急检查 (常政办发〔2025〕5号 第十五项: 公务入企审批): the officers enter first and the approval is back-filled within the
 * region's number of working days, counted on the State Council's calendar (`loadWorkCalendar`). A year without its
 * arrangement is refused, never guessed.
 */
import { ArrangementMissing } from '@rouxing/domain';
import { loadWorkCalendar } from '../calendar/work-calendar';
import type { Queryable } from '../db/database';
import { refused } from '../errors';
import { inspectionSettingsOf } from './inspection-settings.repository';

/** The day by which an emergency plan made on `today` must be approved. */
export async function emergencyBackfillDueOn(db: Queryable, regionCode: string, today: string): Promise<string> {
  const { emergencyBackfillWorkdays } = await inspectionSettingsOf(db, regionCode);
  try {
    return (await loadWorkCalendar(db)).addWorkdays(today, emergencyBackfillWorkdays);
  } catch (err) {
    if (err instanceof ArrangementMissing) {
      throw refused(
        'CALENDAR.ARRANGEMENT_MISSING',
        `${err.year}年的节假日安排尚未录入，无法按工作日计算紧急检查补办审批期限（请系统管理员录入）`,
        'emergency',
      );
    }
    throw err;
  }
}
