import type { OpenSupervisionTask, SupervisionTaskDetail } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { departmentExists } from '../../departments/department.repository';
import { refused, validationError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { requirePermission } from '../access';
import { supervisionDueOn } from '../steps/due-on';
import { insertSupervisionTask, subjectDepartment } from '../supervision-task.repository';
import { getSupervisionTask } from './get-task';

/**
 * 督导: the Judicial Bureau opens a task to a department (常政办发〔2025〕5号 保障措施（二）: 市司法局具体实施…对相关部门
 * 工作推进情况开展督导…及时督促解决) — by hand, from a record of that department, or from a figure — with a
 * deadline of N working days on the work calendar.
 */
export async function openSupervisionTask(
  ctx: AppContext,
  actor: Actor,
  body: OpenSupervisionTask & { workingDays: number },
  meta: RequestMeta,
): Promise<SupervisionTaskDetail> {
  requirePermission(actor, 'supervision.manage', '只有司法局可以下发督导事项');
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    if (!(await departmentExists(tx, actor.regionCode, body.departmentId))) {
      throw validationError([{ path: 'departmentId', message: '部门不存在' }]);
    }
    if (body.subject && (await subjectDepartment(tx, actor.regionCode, body.subject.kind, body.subject.id)) !== body.departmentId) {
      throw refused('SUPERVISION.SUBJECT_UNKNOWN', '督导事项所依据的记录不存在或不属于所选部门', 'subject.id');
    }
    const { openedOn, dueOn } = await supervisionDueOn(ctx, tx, body.workingDays);
    const figure = body.figure ? { indicator: body.figure.indicator, filter: body.figure.filter ?? {}, value: body.figure.value } : null;
    const origin = body.subject ? 'record' : figure ? 'figure' : 'manual';
    await insertSupervisionTask(
      tx,
      actor.regionCode,
      {
        id,
        departmentId: body.departmentId,
        title: body.title,
        demand: body.demand,
        origin,
        subjectKind: body.subject?.kind ?? null,
        subjectId: body.subject?.id ?? null,
        figure,
        workingDays: body.workingDays,
        openedOn,
        dueOn,
        openedBy: actor.userId,
        openedByName: actor.displayName,
      },
      now,
    );
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'supervision_task',
      aggregateId: id,
      type: 'supervision_task.opened',
      toState: 'open',
      payload: {
        departmentId: body.departmentId,
        title: body.title,
        demand: body.demand,
        origin,
        subject: body.subject ?? null,
        figure,
        workingDays: body.workingDays,
        dueOn,
      },
    });
  });
  return getSupervisionTask(ctx, actor, id);
}
