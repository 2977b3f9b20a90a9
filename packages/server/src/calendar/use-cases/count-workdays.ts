import { ArrangementMissing } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { refused } from '../../errors';
import { loadWorkCalendar } from '../work-calendar';

/** The due date `add` working days after `from` on the stored calendar (the HTTP twin of `rouxing workdays`). */
export async function countWorkdays(ctx: AppContext, from: string, add: number): Promise<{ from: string; add: number; due: string }> {
  const cal = await loadWorkCalendar(ctx.db);
  try {
    cal.status(from);
    return { from, add, due: cal.addWorkdays(from, add) };
  } catch (err) {
    if (err instanceof ArrangementMissing) {
      throw refused('CALENDAR.ARRANGEMENT_MISSING', `${err.year}年的节假日安排尚未录入，无法按工作日计算（请系统管理员录入）`, 'from');
    }
    throw err;
  }
}
