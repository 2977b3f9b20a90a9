import { describe, expect, it } from 'vitest';
import { ageOn, checkIdNumber } from './id-number';

describe('[PARTY] 公民身份号码 GB 11643-1999', () => {
  it.each([
    ['11010519491231002X', '1949-12-31'],
    ['430482199001011236', '1990-01-01'],
    ['430482201206010042', '2012-06-01'],
  ])('accepts %s (born %s)', (id, birth) => {
    expect(checkIdNumber(id)).toEqual({ valid: true, birthDate: birth, normalized: id });
  });

  it('accepts a lower-case x and names the expected check character when it is wrong', () => {
    expect(checkIdNumber('11010519491231002x')).toMatchObject({ valid: true, normalized: '11010519491231002X' });
    expect(checkIdNumber('110105194912310021')).toEqual({ valid: false, reason: '校验码错误：第18位应为“X”，实际为“1”' });
  });

  it.each([
    ['110105491231002', '15位'],
    ['11010519491231002', '18位'],
    ['1101051949123100AX', '18位'],
    ['110105194913310029', '出生日期'],
    ['110105202302290020', '出生日期'],
  ])('refuses %s (%s)', (id, words) => {
    const r = checkIdNumber(id);
    expect(r.valid).toBe(false);
    expect(r.valid ? '' : r.reason).toContain(words);
  });

  it('counts 周岁', () => {
    expect(ageOn('2012-06-01', '2026-05-31')).toBe(13);
    expect(ageOn('2012-06-01', '2026-06-01')).toBe(14);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});
