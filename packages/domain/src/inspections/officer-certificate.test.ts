import { describe, expect, it } from 'vitest';
import { certificateProblem } from './officer-certificate';

describe('[INSPECTIONS] an officer on a plan holds a valid 行政执法证 (《行政处罚法》第四十二条)', () => {
  const officer = { displayName: '张伟', certificateNo: '43048224001', certificateExpiresOn: '2026-12-31' };
  it('accepts a certificate valid through its last day', () => {
    expect(certificateProblem(officer, '2026-12-31')).toBeNull();
  });
  it('refuses an expired certificate, naming the officer, the date and the article', () => {
    expect(certificateProblem(officer, '2027-01-01')).toBe(
      '张伟的行政执法证已于2026-12-31过期，不能列入检查计划（《行政处罚法》第四十二条：执法人员应当主动出示执法证件）',
    );
  });
  it('refuses a missing certificate number or validity date', () => {
    expect(certificateProblem({ ...officer, certificateNo: null }, '2026-01-01')).toContain('没有登记行政执法证号');
    expect(certificateProblem({ ...officer, certificateExpiresOn: null }, '2026-01-01')).toContain('未登记有效期');
  });
});
