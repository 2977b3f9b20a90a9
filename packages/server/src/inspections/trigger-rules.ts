/**
 * 触发式监管 (常政办发〔2025〕5号 第四项: 对一般事项实行触发式监管; 常政办发〔2025〕5号 第十二项: 对名单内企业实行…"触发式监管"): when an
 * item's rule counts its threshold of signals about an entity within its window, one triggered inspection task
 * is created for the item's department, carrying the signals as its evidence; further signals join the open
 * task instead of making another.
 */
import type { Queryable } from '../db/database';
import { appendEvent } from '../records/event.repository';
import { newId } from '../records/ids';
import {
  activeTriggerRules,
  insertTriggeredTask,
  joinTask,
  lockTriggerEvaluation,
  openTaskId,
  recentSignalIds,
  type SignalSource,
  type TriggerRule,
} from './trigger.repository';

export interface RecordedSignal {
  regionCode: string;
  id: string;
  source: SignalSource;
  entityId: string;
  itemId: string;
  /** The department of the item: it gets the task. */
  departmentId: string;
  receivedAt: Date;
}

export type TriggerOutcome = { taskId: string | null; taskCreated: boolean };

/** Applies the item's active rules to a signal just recorded; the task it created or joined, if any (the last rule's). */
export async function applyTriggerRules(tx: Queryable, signal: RecordedSignal): Promise<TriggerOutcome> {
  let result: TriggerOutcome = { taskId: null, taskCreated: false };
  for (const rule of await activeTriggerRules(tx, signal.regionCode, signal.itemId, signal.source)) {
    result = (await applyRule(tx, signal, rule)) ?? result;
  }
  return result;
}

async function applyRule(tx: Queryable, signal: RecordedSignal, rule: TriggerRule): Promise<TriggerOutcome | null> {
  const { regionCode, entityId, itemId, source } = signal;
  await lockTriggerEvaluation(tx, regionCode, rule.id, entityId);
  const open = await openTaskId(tx, regionCode, rule.id, entityId);
  const since = new Date(signal.receivedAt.getTime() - rule.windowDays * 86_400_000).toISOString();
  const recent = await recentSignalIds(tx, { regionCode, entityId, itemId, source, since });
  if (open) {
    await joinTask(tx, regionCode, open, signal.id);
    return { taskId: open, taskCreated: false };
  }
  if (recent.length < rule.threshold) {
    return null;
  }
  const taskId = newId();
  const createdAt = signal.receivedAt.toISOString();
  await insertTriggeredTask(tx, {
    regionCode,
    id: taskId,
    ruleId: rule.id,
    itemId,
    entityId,
    departmentId: signal.departmentId,
    signalIds: recent,
    createdAt,
  });
  await appendEvent(tx, {
    regionCode,
    aggregateType: 'triggered_task',
    aggregateId: taskId,
    type: 'triggered_task.created',
    actor: { id: null, name: '触发规则' },
    occurredAt: createdAt,
    toState: 'open',
    payload: { ruleId: rule.id, threshold: rule.threshold, windowDays: rule.windowDays, signalIds: recent, entityId, itemId },
  });
  return { taskId, taskCreated: true };
}
