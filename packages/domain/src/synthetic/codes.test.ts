import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '../uscc/uscc';
import { isValidResidentId, organizationCodeCheckCharacter, residentIdCheckCharacter } from './codes';

describe('[SYNTHETIC] check characters', () => {
  it.each([
    // GB 11643-1999 appendix example, and one whose check character is X.
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
  ])('GB 11643: %s → %s', (first17, check) => {
    expect(residentIdCheckCharacter(first17)).toBe(check);
  });
  it('refuses what is not 17 digits', () => {
    expect(residentIdCheckCharacter('1101051949123100')).toBeNull();
    expect(residentIdCheckCharacter('1101051949123100A')).toBeNull();
  });
  it('accepts an ID with its check character and a real birth date only', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    const feb30 = '43048219900230001';
    expect(isValidResidentId(feb30 + residentIdCheckCharacter(feb30))).toBe(false);
  });
  it('GB 11714: the organisation code of the GB 32100 example 91350100M000100Y43', () => {
    expect(organizationCodeCheckCharacter('M000100Y')).toBe('4');
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(organizationCodeCheckCharacter('m000100Y')).toBeNull();
  });
  it('GB 11714 check characters are a digit or X, and a digit changed by one changes them', () => {
    const body = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 9 }), (b, i, d) => {
        const at = (digit: number) => `${b.slice(0, i)}${digit}${b.slice(i + 1)}`;
        const check = organizationCodeCheckCharacter(at(d)) as string;
        expect(check).toMatch(/^[0-9X]$/);
        expect(organizationCodeCheckCharacter(at((d + 1) % 10))).not.toBe(check);
      }),
    );
  });
});
