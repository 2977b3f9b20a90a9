import { MEASURE_TYPES } from '@rouxing/contracts';
import { type Actor, type CaseSnapshot, DEFAULT_FOLLOW_UP_DAYS, type FollowUpConfig, followUpDueOn } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { newId } from '../../records/ids';
import type { CaseRow } from '../case.repository';
import { insertFollowUpVisit } from '../follow-up.repository';
import { followUpDaysOf } from '../follow-up-settings/follow-up-setting.repository';
import { today } from '../today';
import { caseNote } from './case-note';

/** The department's follow-up days: its own where set, the platform's defaults elsewhere. */
export async function followUpConfig(db: Queryable, regionCode: string, departmentId: string): Promise<FollowUpConfig> {
  const own = await followUpDaysOf(db, regionCode, departmentId);
  const config: Record<string, number | null> = { ...DEFAULT_FOLLOW_UP_DAYS };
  for (const t of MEASURE_TYPES) {
    if (own.has(t)) {
      config[t] = own.get(t) ?? null;
    }
  }
  return config as FollowUpConfig;
}

/**
 * 常政办发〔2025〕5号 第五项 跟踪回访: on completion, one visit per measure that is a decision, due after the department's days;
 * the schedule is an event on the case.
 */
export async function scheduleFollowUps(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  k: CaseSnapshot,
): Promise<void> {
  const config = await followUpConfig(tx, row.regionCode, row.departmentId);
  const completedOn = k.closedOn ?? today(ctx);
  const scheduled: { measureId: string; dueOn: string }[] = [];
  for (const m of k.measures) {
    const dueOn = followUpDueOn(m.type, completedOn, config);
    if (dueOn) {
      await insertFollowUpVisit(tx, {
        regionCode: row.regionCode,
        id: newId(),
        caseId: row.id,
        measureId: m.id,
        measureType: m.type,
        dueOn,
      });
      scheduled.push({ measureId: m.id, dueOn });
    }
  }
  if (scheduled.length > 0) {
    await caseNote(tx, ctx, actor, meta, row, 'case.follow_up_scheduled', { visits: scheduled });
  }
}
