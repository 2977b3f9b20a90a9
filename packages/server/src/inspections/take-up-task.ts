/**
 * 触发式监管 (常政办发〔2025〕5号 第四项: 变"主动查"为"触发查"): a plan made for a triggered task takes it up — the task is
 * closed in the plan's transaction, with an event on the task's chain naming the plan. The task must be the planning
 * department's, open, and about the plan's entity.
 */
import type { Actor } from '@rouxing/domain';
import type { RequestMeta } from '../context';
import type { Queryable } from '../db/database';
import { notFound, validationError } from '../errors';
import { recordChange } from '../records/record-change';
import { closeTriggeredTask, lockTriggeredTask } from './trigger.repository';

export async function takeUpTriggeredTask(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  now: string,
  taskId: string | null,
  plan: { id: string; entityId: string; departmentId: string },
): Promise<void> {
  if (!taskId) {
    return;
  }
  const task = await lockTriggeredTask(tx, actor.regionCode, taskId);
  if (!task || task.departmentId !== plan.departmentId) {
    throw notFound('触发式检查任务');
  }
  if (task.entityId !== plan.entityId) {
    throw validationError([{ path: 'triggeredTaskId', message: '触发式检查任务的检查对象与本计划的市场主体不一致' }]);
  }
  if (task.status !== 'open') {
    throw validationError([{ path: 'triggeredTaskId', message: '该触发式检查任务已由其他检查计划承接' }]);
  }
  await closeTriggeredTask(tx, actor.regionCode, taskId);
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'triggered_task',
    aggregateId: taskId,
    type: 'triggered_task.taken_up',
    fromState: 'open',
    toState: 'closed',
    payload: { planId: plan.id },
  });
}
