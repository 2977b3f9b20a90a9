/** 约谈签到表: the lead department records, per party, whether it attended and who came for it (常政办发〔2025〕5号 第三项). */
import type { Interview, InterviewAttendance } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, validationError } from '../../errors';
import { interviewParties, setPartyAttendance, updateInterview } from '../interview.repository';
import { interviewStep } from '../steps/interview-step';

export async function recordAttendance(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: InterviewAttendance,
): Promise<Interview> {
  return interviewStep(ctx, actor, meta, id, {
    step: 'attendance',
    version: input.version,
    leadOnly: true,
    what: '记录签到',
    eventType: 'interview.attendance_recorded',
    write: async (tx, v, _d, now) => {
      const seqs = new Set((await interviewParties(tx, v.row.regionCode, id)).map((p) => p.seq));
      for (const [i, p] of input.parties.entries()) {
        if (!seqs.has(p.seq)) {
          throw validationError([{ path: `parties.${i}.seq`, message: '约谈对象不存在' }]);
        }
        if (p.attended && !p.attendeeName) {
          throw validationError([{ path: `parties.${i}.attendeeName`, message: '请填写到场人员姓名' }]);
        }
        await setPartyAttendance(tx, v.row.regionCode, id, {
          seq: p.seq,
          attended: p.attended,
          attendeeName: p.attended ? (p.attendeeName ?? null) : null,
          attendeeTitle: p.attended ? (p.attendeeTitle ?? null) : null,
        });
      }
      if (
        !(await updateInterview(tx, v.row.regionCode, id, v.row.version, {
          state: 'held',
          minutes: v.row.minutes,
          minutesSha256: null,
          now,
        }))
      ) {
        throw new AppError('CONFLICT.VERSION', '该约谈已被他人更新，请刷新后重试');
      }
      return { payload: { attendance: input.parties.map((p) => ({ seq: p.seq, attended: p.attended })) } };
    },
  });
}
