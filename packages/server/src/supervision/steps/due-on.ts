import { ArrangementMissing, shanghaiToday } from '@rouxing/domain';
import { loadWorkCalendar } from '../../calendar/work-calendar';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/database';
import { AppError } from '../../errors';

/**
 * The last working day of a task opened today with `days` working days, on the work calendar; a year without
 * an arrangement refuses the write (never guessed), as correction items do.
 */
export async function supervisionDueOn(ctx: AppContext, db: Queryable, days: number): Promise<{ openedOn: string; dueOn: string }> {
  const openedOn = shanghaiToday(ctx.now());
  try {
    return { openedOn, dueOn: (await loadWorkCalendar(db)).addWorkdays(openedOn, days) };
  } catch (err) {
    if (err instanceof ArrangementMissing) {
      throw new AppError('CALENDAR.ARRANGEMENT_MISSING', `督导期限（${days}个工作日）涉及的年份尚未录入节假日安排，请系统管理员先录入`, [
        { path: 'workingDays', message: err.message },
      ]);
    }
    throw err;
  }
}
