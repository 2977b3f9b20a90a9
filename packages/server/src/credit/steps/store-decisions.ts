/**
 * Stores re-checked decisions with their event (one per write or batch: the 文号 stored and the correction
 * items made) — the one write path of imports, pushes and corrections. Also: the last working day of
 * the correction items a write makes, counted on the work calendar.
 */
import { type Actor, ArrangementMissing, shanghaiToday } from '@rouxing/domain';
import { loadWorkCalendar } from '../../calendar/work-calendar';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/database';
import { AppError } from '../../errors';
import { appendEvent } from '../../records/event.repository';
import { correctionWorkingDays } from '../correction-item.repository';
import { insertDecisionBatch } from '../issued-decision.repository';
import type { DecisionBatchMeta, PreparedDecision } from '../prepared-decision';

/** The last day to correct or justify an item made today: the configured number of working days after today. */
export async function correctionDueOn(ctx: AppContext, regionCode: string): Promise<string> {
  const today = shanghaiToday(ctx.now());
  const days = await correctionWorkingDays(ctx.db, regionCode);
  try {
    return (await loadWorkCalendar(ctx.db)).addWorkdays(today, days);
  } catch (err) {
    if (err instanceof ArrangementMissing) {
      throw new AppError('CALENDAR.ARRANGEMENT_MISSING', `纠正期限（${days}个工作日）涉及的年份尚未录入节假日安排，请系统管理员先录入`, [
        { path: 'calendar', message: err.message },
      ]);
    }
    throw err;
  }
}

/** What the event of a write says about its decisions. */
export interface StoredSummary {
  documentNos: string[];
  corrections: { id: string; decisionId: string; reason: string }[];
}

export function summaryOf(rows: readonly PreparedDecision[]): StoredSummary {
  return {
    documentNos: rows.map((r) => r.documentNo),
    corrections: rows.flatMap((r) => (r.correction ? [{ id: r.correction.id, decisionId: r.id, reason: r.correction.reason }] : [])),
  };
}

export async function storeDecisions(
  tx: Queryable,
  actor: Pick<Actor, 'userId' | 'displayName'>,
  rows: readonly PreparedDecision[],
  meta: DecisionBatchMeta,
  aggregate: { type: string; id: string; batch?: number },
): Promise<void> {
  await insertDecisionBatch(tx, rows, meta);
  await recordDecisionsStored(tx, actor, summaryOf(rows), meta, aggregate);
}

export async function recordDecisionsStored(
  tx: Queryable,
  actor: Pick<Actor, 'userId' | 'displayName'>,
  summary: StoredSummary,
  meta: DecisionBatchMeta,
  aggregate: { type: string; id: string; batch?: number },
): Promise<void> {
  await appendEvent(tx, {
    regionCode: meta.regionCode,
    aggregateType: aggregate.type,
    aggregateId: aggregate.id,
    type: 'issued_decision.recorded',
    actor: { id: actor.userId, name: actor.displayName },
    occurredAt: meta.now,
    payload: {
      source: meta.source,
      departmentId: meta.departmentId,
      ...(aggregate.batch !== undefined ? { batch: aggregate.batch } : {}),
      decisions: summary.documentNos.length,
      documentNos: summary.documentNos,
      corrections: summary.corrections,
      dueOn: summary.corrections.length > 0 ? meta.dueOn : null,
    },
  });
}
