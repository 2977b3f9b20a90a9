/**
 * 约谈笔录签名: one officer of each participating department signs the minutes in their own session — the signature is
 * this recorded confirmation: the officer, their 执法证号 (valid on the day) and the SHA-256 of the minutes they read.
 * When every department has signed, the interview is `signed` (常政办发〔2025〕5号 第三项: 联合约谈).
 */
import type { Interview, InterviewSign } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import { findUserById } from '../../auth/user.repository';
import { today } from '../../cases/today';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, refused } from '../../errors';
import { signForDepartment, updateInterview } from '../interview.repository';
import { interviewStep } from '../steps/interview-step';

export async function signMinutes(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, input: InterviewSign): Promise<Interview> {
  const user = await findUserById(ctx.db, actor.userId);
  const t = today(ctx);
  return interviewStep(ctx, actor, meta, id, {
    step: 'sign',
    leadOnly: false,
    what: '在约谈笔录上签名',
    eventType: 'interview.minutes_signed',
    write: async (tx, v, departmentId, now) => {
      if (!user?.certificateNo || !user.certificateExpiresOn || user.certificateExpiresOn < t) {
        throw refused('INTERVIEW.CERTIFICATE', '签名的执法人员须持有有效的执法证（执法证号及有效期）', 'certificateNo');
      }
      if (input.minutesSha256 !== v.row.minutesSha256) {
        throw refused('INTERVIEW.MINUTES_CHANGED', '签名所依据的笔录与当前笔录不一致，请刷新后重新阅读笔录', 'minutesSha256');
      }
      const signed = await signForDepartment(tx, v.row.regionCode, id, departmentId, {
        userId: actor.userId,
        name: actor.displayName,
        certificateNo: user.certificateNo,
        minutesSha256: input.minutesSha256,
        now,
      });
      if (!signed) {
        throw refused('INTERVIEW.ALREADY_SIGNED', '本部门已在笔录上签名', 'departmentId');
      }
      const remaining = v.departments.filter((d) => !d.signedAt && d.departmentId !== departmentId).length;
      const to = remaining === 0 ? 'signed' : 'minuted';
      if (
        !(await updateInterview(tx, v.row.regionCode, id, v.row.version, {
          state: to,
          minutes: v.row.minutes,
          minutesSha256: v.row.minutesSha256,
          now,
        }))
      ) {
        throw new AppError('CONFLICT.VERSION', '该约谈已被他人更新，请刷新后重试');
      }
      return { payload: { certificateNo: user.certificateNo, minutesSha256: input.minutesSha256, remaining }, to };
    },
  });
}
