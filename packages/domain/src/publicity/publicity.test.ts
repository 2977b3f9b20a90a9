import { describe, expect, it } from 'vitest';
import { PublicityRuleMissing, publicity } from './publicity';

describe('[CREDIT] publicity calculator (NDRC Order No. 36 from 2026-04-01)', () => {
  it('gives the contract example', () => {
    expect(publicity({ decidedOn: '2026-05-31', severity: 'general', system: 'creditchina' })).toMatchObject({
      publicized: true,
      minEnd: '2026-08-31',
      repairEligibleFrom: '2026-09-01',
      maxEnd: '2027-05-31',
    });
  });
  it('does not publicise minor records, and counts serious ones 1 to 3 years', () => {
    expect(publicity({ decidedOn: '2026-04-01', severity: 'minor', system: 'creditchina' })).toMatchObject({
      publicized: false,
      minEnd: null,
      repairEligibleFrom: null,
      maxEnd: null,
    });
    expect(publicity({ decidedOn: '2028-02-29', severity: 'serious', system: 'creditchina' })).toMatchObject({
      minEnd: '2029-02-28',
      repairEligibleFrom: '2029-03-01',
      maxEnd: '2031-02-28',
    });
  });
  it('refuses to guess: no regime for the date, the system or the severity', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof PublicityRuleMissing ? e.path : 'other';
      }
      return 'none';
    };
    expect(err(() => publicity({ decidedOn: '2026-03-31', severity: 'general', system: 'creditchina' }))).toBe('decidedOn');
    expect(err(() => publicity({ decidedOn: '2026-05-31', severity: 'general', system: 'nowhere' }))).toBe('system');
    expect(err(() => publicity({ decidedOn: '2026-05-31', severity: 'minor', system: 'samr' }))).toBe('severity');
  });
  it('takes operator-configured regimes', () => {
    const r = publicity({ decidedOn: '2030-01-15', severity: 'general', system: 'local' }, [
      { system: 'local', from: '2030-01-01', to: null, name: '某地规则', rules: { general: { minMonths: 6, maxMonths: 24 } } },
    ]);
    expect(r).toEqual({
      publicized: true,
      minEnd: '2030-07-15',
      repairEligibleFrom: '2030-07-16',
      maxEnd: '2032-01-15',
      regime: '某地规则',
    });
  });
});
