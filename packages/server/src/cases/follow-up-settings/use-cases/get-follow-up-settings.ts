import { type FollowUpSetting, MEASURE_TYPES } from '@rouxing/contracts';
import { type Actor, DEFAULT_FOLLOW_UP_DAYS, MEASURE_TYPE_SPECS } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { forbidden } from '../../../errors';
import { isStaff } from '../../scope';
import { followUpDaysOf } from '../follow-up-setting.repository';

/** 常政办发〔2025〕5号 第五项 跟踪回访: the department's follow-up days per measure type, beside the platform's defaults. */
export async function getFollowUpSettings(ctx: AppContext, actor: Actor): Promise<FollowUpSetting[]> {
  if (!isStaff(actor) || !actor.departmentId) {
    throw forbidden('仅限执法部门');
  }
  const own = await followUpDaysOf(ctx.db, actor.regionCode, actor.departmentId);
  return MEASURE_TYPES.map((t) => ({
    measureType: t,
    label: MEASURE_TYPE_SPECS[t].label,
    days: own.has(t) ? (own.get(t) ?? null) : DEFAULT_FOLLOW_UP_DAYS[t],
    defaultDays: DEFAULT_FOLLOW_UP_DAYS[t],
  }));
}
