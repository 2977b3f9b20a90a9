import type { FollowUpInput, FollowUpRecorded } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { notFound, refused, validationError } from '../../errors';
import { recordChange } from '../../records/record-change';
import { lockFollowUpVisit, saveFollowUpVisit } from '../follow-up.repository';
import { isParty, isStaff } from '../scope';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';

/**
 * 常政办发〔2025〕5号 第五项 跟踪回访: a visit's findings (an officer of the department, with the day of the visit) or the party's
 * own answer (portal, today); recorded once, on the visit's own chain.
 */
export async function recordFollowUp(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  visitId: string,
  input: Omit<FollowUpInput, 'visitedOn'> & { visitedOn?: string },
): Promise<FollowUpRecorded> {
  return ctx.db.transaction(async (tx) => {
    const visit = await lockFollowUpVisit(tx, actor.regionCode, visitId);
    if (!visit) {
      throw notFound('回访');
    }
    const row = await visibleCase(tx, actor, visit.caseId);
    const party = isParty(actor, row);
    if (!party && !(isStaff(actor) && actor.departmentId === row.departmentId)) {
      throw notFound('回访');
    }
    if (visit.visitedOn) {
      throw refused('FOLLOW_UP.RECORDED', '该回访已经记录', 'followUp');
    }
    const on = party ? today(ctx) : (input.visitedOn ?? today(ctx));
    if (on > today(ctx)) {
      throw validationError([{ path: 'visitedOn', message: '回访日期不能晚于今天' }]);
    }
    const now = ctx.now().toISOString();
    const { correction, legality, conduct, comment } = input;
    await saveFollowUpVisit(tx, actor.regionCode, visitId, {
      visitedOn: on,
      correction,
      legality,
      conduct,
      comment,
      answeredByParty: party,
      recordedBy: actor.userId,
      recordedAt: now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'follow_up_visit',
      aggregateId: visitId,
      type: party ? 'follow_up.answered_by_party' : 'follow_up.recorded',
      payload: { caseId: row.id, visitedOn: on, correction, legality, conduct, comment },
    });
    return { id: visitId, visitedOn: on };
  });
}
