/**
 * 约谈笔录: the lead department records what was said, each party's statement and the follow-up items (整改事项) with
 * due dates (常政办发〔2025〕5号 第三项: 约谈…督促整改). Replaceable until a department has signed; the digest is what
 * each signature binds.
 */
import type { Interview, InterviewMinutes } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, refused, validationError } from '../../errors';
import { newId } from '../../records/ids';
import { interviewParties, replaceFollowUps, setPartyStatement, updateInterview } from '../interview.repository';
import { interviewStep } from '../steps/interview-step';
import { minutesDigest } from '../steps/minutes-digest';

export async function recordMinutes(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: InterviewMinutes,
): Promise<Interview> {
  return interviewStep(ctx, actor, meta, id, {
    step: 'minutes',
    version: input.version,
    leadOnly: true,
    what: '记录约谈笔录',
    eventType: 'interview.minutes_recorded',
    write: async (tx, v, _d, now) => {
      if (v.departments.some((d) => d.signedAt)) {
        throw refused('INTERVIEW.MINUTES_SIGNED', '笔录已有部门签名，不能再修改', 'minutes');
      }
      const seqs = new Set((await interviewParties(tx, v.row.regionCode, id)).map((p) => p.seq));
      const statements = new Map<number, string>();
      for (const [i, s] of input.partyStatements.entries()) {
        if (!seqs.has(s.seq)) {
          throw validationError([{ path: `partyStatements.${i}.seq`, message: '约谈对象不存在' }]);
        }
        statements.set(s.seq, s.statement);
      }
      const interviewDay = shanghaiToday(new Date(v.row.scheduledAt));
      const followUps = input.followUps.map((f, i) => {
        if (!seqs.has(f.partySeq)) {
          throw validationError([{ path: `followUps.${i}.partySeq`, message: '整改事项的约谈对象不存在' }]);
        }
        if (f.dueOn < interviewDay) {
          throw validationError([{ path: `followUps.${i}.dueOn`, message: '整改期限不能早于约谈日期' }]);
        }
        return { id: newId(), partySeq: f.partySeq, content: f.content, dueOn: f.dueOn };
      });
      for (const seq of seqs) {
        await setPartyStatement(tx, v.row.regionCode, id, seq, statements.get(seq) ?? null);
      }
      await replaceFollowUps(tx, v.row.regionCode, id, followUps);
      const digest = minutesDigest(input.content, await interviewParties(tx, v.row.regionCode, id), followUps);
      if (
        !(await updateInterview(tx, v.row.regionCode, id, v.row.version, {
          state: 'minuted',
          minutes: input.content,
          minutesSha256: digest,
          now,
        }))
      ) {
        throw new AppError('CONFLICT.VERSION', '该约谈已被他人更新，请刷新后重试');
      }
      return { payload: { minutesSha256: digest, followUps: followUps.map((f) => ({ id: f.id, partySeq: f.partySeq, dueOn: f.dueOn })) } };
    },
  });
}
