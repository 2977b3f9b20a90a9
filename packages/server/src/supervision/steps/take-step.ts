import type { SupervisionTaskStatus } from '@rouxing/contracts';
import { type Actor, type SupervisionAction, supervisionStep } from '@rouxing/domain';
import type { RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { refused } from '../../errors';
import { recordChange } from '../../records/record-change';
import { type SupervisionTaskRow, setSupervisionTaskStatus } from '../supervision-task.repository';

/** Every change of a task's status: through the domain's lifecycle table, with its event and audit row. */
export async function takeSupervisionStep(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  now: string,
  task: SupervisionTaskRow,
  action: SupervisionAction,
  payload: Record<string, unknown>,
  attachments?: string[],
): Promise<SupervisionTaskStatus> {
  const step = supervisionStep(task.status, action);
  if (!step.ok) {
    throw refused(step.code, step.problem, 'status');
  }
  await setSupervisionTaskStatus(tx, actor.regionCode, task.id, step.to, now);
  const type = { answer: 'supervision_task.answered', close: 'supervision_task.closed', return: 'supervision_task.returned' }[action];
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'supervision_task',
    aggregateId: task.id,
    type,
    fromState: task.status,
    toState: step.to,
    payload: { ...payload, dueOn: task.dueOn, departmentId: task.departmentId },
    attachments,
  });
  return step.to;
}
