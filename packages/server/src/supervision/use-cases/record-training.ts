import type { CreateTrainingSession, TrainingSession } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { departmentExists } from '../../departments/department.repository';
import { forbidden, refused, validationError } from '../../errors';
import { refreshAfterTraining } from '../../indicators/maintain';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { requirePermission } from '../access';
import { insertTrainingSession, usersInDepartments } from '../training.repository';
import { getTrainingSession } from './list-training';

/**
 * 业务培训 (常政办发〔2025〕5号 第十项: 通过业务培训…提高执法人员业务能力和专业水平): a department's reviewer records
 * its own sessions; the Judicial Bureau records sessions for any departments. Attendees are users of them.
 */
export async function recordTrainingSession(
  ctx: AppContext,
  actor: Actor,
  body: CreateTrainingSession,
  meta: RequestMeta,
): Promise<TrainingSession> {
  requirePermission(actor, 'training.record', '只有部门法制审核人员或司法局可以登记业务培训');
  const departmentIds = [...new Set(body.departmentIds)];
  if (!actor.roles.includes('supervisor') && departmentIds.some((d) => d !== actor.departmentId)) {
    throw forbidden('只能登记本部门的业务培训');
  }
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    for (const [i, d] of departmentIds.entries()) {
      if (!(await departmentExists(tx, actor.regionCode, d))) {
        throw validationError([{ path: `departmentIds.${i}`, message: '部门不存在' }]);
      }
    }
    const attendeeIds = [...new Set(body.attendeeIds ?? [])];
    const found = await usersInDepartments(tx, actor.regionCode, attendeeIds, departmentIds);
    const outside = attendeeIds.findIndex((u) => !found.has(u));
    if (outside >= 0) {
      throw refused('TRAINING.ATTENDEE_OUTSIDE', '参训人员须为参训部门的用户', `attendeeIds.${outside}`);
    }
    await insertTrainingSession(
      tx,
      actor.regionCode,
      {
        id,
        title: body.title,
        heldOn: body.heldOn,
        departmentIds,
        hours: body.hours,
        trainer: body.trainer,
        content: body.content,
        createdAt: now,
        createdBy: actor.userId,
      },
      attendeeIds.map((u) => ({ userId: u, departmentId: found.get(u) as string })),
    );
    // 督导考评 figure kept with its record (decision 0023).
    await refreshAfterTraining(tx, actor.regionCode, body.heldOn, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'training_session',
      aggregateId: id,
      type: 'training_session.recorded',
      payload: {
        title: body.title,
        heldOn: body.heldOn,
        departmentIds,
        hours: body.hours,
        trainer: body.trainer,
        attendees: attendeeIds.length,
      },
    });
  });
  return getTrainingSession(ctx, actor, id);
}
