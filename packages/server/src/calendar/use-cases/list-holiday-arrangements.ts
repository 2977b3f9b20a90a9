import type { HolidayArrangement } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { listHolidayArrangements as listStored } from '../holiday-arrangement.repository';

/** The years with an arrangement. Any signed-in staff account may read the calendar (deadlines are shown everywhere). */
export async function listHolidayArrangements(ctx: AppContext, _actor: Actor): Promise<HolidayArrangement[]> {
  return listStored(ctx.db);
}
