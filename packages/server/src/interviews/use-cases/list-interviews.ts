import type { InterviewListQuery, InterviewSummary } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import { visibleCase } from '../../cases/steps/visible-case';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { listInterviews } from '../interview.repository';

/**
 * The interviews the actor's department takes part in (the Judicial Bureau: the region's); with `caseId`, those of a case
 * the actor can read — how a case shows its interviews and their follow-up items.
 */
export async function listInterviewsFor(ctx: AppContext, actor: Actor, q: InterviewListQuery): Promise<InterviewSummary[]> {
  if (!can(actor, 'case.read')) {
    throw forbidden('无权查看约谈');
  }
  if (q.caseId) {
    await visibleCase(ctx.db, actor, q.caseId);
  }
  const department = actor.roles.includes('supervisor') ? null : actor.departmentId;
  if (!department && !actor.roles.includes('supervisor')) {
    return [];
  }
  return listInterviews(ctx.db, actor.regionCode, department, q.caseId ?? null);
}
