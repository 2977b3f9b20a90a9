/**
 * A step on an interview, in one transaction: lock it, check the version the user read and the state the step may be
 * taken from (domain `INTERVIEW_STEPS`), let the step write, then record its event and audit row.
 */
import type { Interview, InterviewState } from '@rouxing/contracts';
import { type Actor, INTERVIEW_STEPS, type InterviewStep, interviewStepAllowed } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { AppError, refused } from '../../errors';
import { recordChange } from '../../records/record-change';
import { interviewDto } from '../use-cases/get-interview';
import { participantDepartment, type VisibleInterview, visibleInterview } from './visible-interview';

const STATE_LABELS: Record<InterviewState, string> = { scheduled: '已安排', held: '已签到', minuted: '已记录笔录', signed: '笔录已签名' };

export interface StepSpec {
  step: InterviewStep;
  /** The version the user read; absent where the step is idempotent per department (signing). */
  version?: number;
  leadOnly: boolean;
  what: string;
  eventType: string;
  /** Writes the change; returns the event's payload and, when it differs from the step's, the state reached. */
  write: (
    tx: Queryable,
    v: VisibleInterview,
    departmentId: string,
    now: string,
  ) => Promise<{ payload: Record<string, unknown>; to?: InterviewState }>;
}

export async function interviewStep(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, spec: StepSpec): Promise<Interview> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const v = await visibleInterview(tx, actor, id, true);
    const departmentId = participantDepartment(actor, v, spec.leadOnly, spec.what);
    if (spec.version !== undefined && spec.version !== v.row.version) {
      throw new AppError('CONFLICT.VERSION', '该约谈已被他人更新，请刷新后重试');
    }
    if (!interviewStepAllowed(v.row.state, spec.step)) {
      throw refused('INTERVIEW.STATE', `约谈${STATE_LABELS[v.row.state]}，不能${spec.what}（先签到、再记录笔录、后由各部门签名）`, 'state');
    }
    const { payload, to } = await spec.write(tx, v, departmentId, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'interview',
      aggregateId: id,
      type: spec.eventType,
      fromState: v.row.state,
      toState: to ?? INTERVIEW_STEPS[spec.step].to,
      payload: { departmentId, ...payload },
    });
  });
  return interviewDto(ctx, ctx.db, await visibleInterview(ctx.db, actor, id));
}
