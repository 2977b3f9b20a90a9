import type { HolidayArrangement, HolidayArrangementInput } from '@rouxing/contracts';
import { type Actor, arrangementProblems, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, validationError } from '../../errors';
import { recordChange } from '../../records/record-change';
import { listHolidayArrangements, saveHolidayArrangement } from '../holiday-arrangement.repository';

/**
 * The system administrator enters (or corrects) a year's arrangement as the State Council published it:
 * no code change is needed for a new year (docs/contracts/workdays-api.md). Checked by the domain
 * (dates in or next to the year, adjusted working days on weekends and outside the blocks); an event on
 * the year's chain and an audit row record who entered what.
 */
export async function saveArrangement(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  input: HolidayArrangementInput,
): Promise<HolidayArrangement> {
  if (!can(actor, 'calendar.manage')) {
    throw forbidden('只有系统管理员可以录入节假日安排');
  }
  const arrangement = { year, ...input };
  const problems = arrangementProblems(arrangement);
  if (problems.length > 0) {
    throw validationError(problems);
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await saveHolidayArrangement(tx, arrangement, actor.displayName, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'holiday_arrangement',
      aggregateId: String(year),
      type: 'holiday_arrangement.saved',
      payload: arrangement,
    });
  });
  const stored = (await listHolidayArrangements(ctx.db)).find((a) => a.year === year);
  return stored as HolidayArrangement;
}
