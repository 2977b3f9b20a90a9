/**
 * 持证执法: only an officer holding a valid 行政执法证 may be put on an inspection plan — 《行政处罚法》第四十二条
 * (执法人员不得少于两人…应当主动出示执法证件) and 常政办发〔2025〕5号 第十五项 (公务入企). A certificate without a recorded
 * validity date cannot be shown to be valid and counts as missing.
 */

export interface CertifiedOfficer {
  displayName: string;
  certificateNo: string | null;
  /** Last valid day, `YYYY-MM-DD` (inclusive). */
  certificateExpiresOn: string | null;
}

/** Why the officer cannot inspect on `today` (`YYYY-MM-DD`), or null when the certificate is valid. */
export function certificateProblem(officer: CertifiedOfficer, today: string): string | null {
  if (!officer.certificateNo) {
    return `${officer.displayName}没有登记行政执法证号，不能列入检查计划（《行政处罚法》第四十二条：执法人员应当主动出示执法证件）`;
  }
  if (!officer.certificateExpiresOn) {
    return `${officer.displayName}的行政执法证未登记有效期，不能列入检查计划（《行政处罚法》第四十二条）`;
  }
  if (officer.certificateExpiresOn < today) {
    return `${officer.displayName}的行政执法证已于${officer.certificateExpiresOn}过期，不能列入检查计划（《行政处罚法》第四十二条：执法人员应当主动出示执法证件）`;
  }
  return null;
}
