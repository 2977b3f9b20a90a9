/**
 * 持证执法 (《行政处罚法》第四十二条: 执法人员不得少于两人…应当主动出示执法证件; 常政办发〔2025〕5号 第十五项): the officers put on a plan hold
 * a 行政执法证 valid on the day (domain `certificateProblem`). A shared step of every use case that puts officers on
 * a plan; the random draw only ever draws from certified officers (`drawableOfficers`).
 */
import { certificateProblem } from '@rouxing/domain';
import { AppError } from '../errors';

/** Refuses (422 `OFFICER.CERTIFICATE_INVALID`) naming each officer whose certificate is missing or expired on `today`. */
export function requireValidCertificates(
  officers: readonly { id: string; displayName: string; certificateNo: string | null; certificateExpiresOn: string | null }[],
  officerIds: readonly string[],
  today: string,
): void {
  const fields = officerIds.flatMap((id, i) => {
    const officer = officers.find((o) => o.id === id);
    const problem = officer ? certificateProblem(officer, today) : null;
    return problem ? [{ path: `officerIds.${i}`, message: problem }] : [];
  });
  const first = fields[0];
  if (first) {
    throw new AppError('OFFICER.CERTIFICATE_INVALID', first.message, fields);
  }
}
