/**
 * 整改事项完成: a participating department records that a party's follow-up item is done, with how
 * (常政办发〔2025〕5号 第三项: 督促整改). Open items past their due day show as overdue on the case and in the officer's to-do list.
 */
import type { Interview, InterviewFollowUpDone } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { notFound, refused } from '../../errors';
import { recordChange } from '../../records/record-change';
import { findFollowUp, markFollowUpDone } from '../interview.repository';
import { participantDepartment, visibleInterview } from '../steps/visible-interview';
import { interviewDto } from './get-interview';

export async function completeFollowUp(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  followUpId: string,
  input: InterviewFollowUpDone,
): Promise<Interview> {
  const now = ctx.now().toISOString();
  let interviewId = '';
  await ctx.db.transaction(async (tx) => {
    const f = await findFollowUp(tx, actor.regionCode, followUpId);
    if (!f) {
      throw notFound('整改事项');
    }
    interviewId = f.interviewId;
    const v = await visibleInterview(tx, actor, f.interviewId);
    const departmentId = participantDepartment(actor, v, false, '记录整改完成');
    if (v.row.state !== 'signed' && v.row.state !== 'minuted') {
      throw refused('INTERVIEW.STATE', '约谈笔录尚未记录，不能办理整改事项', 'state');
    }
    if (!(await markFollowUpDone(tx, actor.regionCode, followUpId, { name: actor.displayName, note: input.note, now }))) {
      throw refused('INTERVIEW.FOLLOW_UP_DONE', '该整改事项已经完成', 'followUpId');
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'interview',
      aggregateId: f.interviewId,
      type: 'interview.follow_up_done',
      payload: { followUpId, departmentId, note: input.note },
    });
  });
  return interviewDto(ctx, ctx.db, await visibleInterview(ctx.db, actor, interviewId));
}
