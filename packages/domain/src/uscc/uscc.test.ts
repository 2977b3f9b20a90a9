import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUscc, USCC_ALPHABET, usccCheckCharacter } from './uscc';

describe('[USCC] GB 32100-2015 check', () => {
  it.each([
    // Published codes of real organisations (public registration records).
    ['91350100M000100Y43', true],
    ['911100001000079554', true],
    ['91110108551385082Q', true],
    ['914403001922038216', true],
    ['91110000100012345X', false],
    ['91350100m000100y43', false],
  ])('checks %s', (code, valid) => {
    expect(checkUscc(code).valid).toBe(valid);
  });

  it('explains each kind of failure in Chinese', () => {
    expect(checkUscc('').reason).toContain('不能为空');
    expect(checkUscc('9135010').reason).toContain('应为18位');
    expect(checkUscc('91350100M000100I43').reason).toContain('第16位字符“I”');
    expect(checkUscc('91350100M000100Y44').reason).toBe('校验码错误：第18位应为“3”，实际为“4”');
  });

  it('weights 3^(i−1) mod 31: the check of 17 zeros is 0', () => {
    expect(usccCheckCharacter('00000000000000000')).toBe('0');
  });

  it('accepts every code completed with its check character, and rejects any single changed character', () => {
    const ch = fc.constantFrom(...USCC_ALPHABET);
    fc.assert(
      fc.property(fc.array(ch, { minLength: 17, maxLength: 17 }), fc.nat(17), fc.nat(30), (chars, pos, delta) => {
        const body = chars.join('');
        const code = body + usccCheckCharacter(body);
        expect(checkUscc(code).valid).toBe(true);
        if (delta === 0) {
          return;
        }
        const i = USCC_ALPHABET.indexOf(code[pos] as string);
        const changed = code.slice(0, pos) + USCC_ALPHABET[(i + delta) % 31] + code.slice(pos + 1);
        expect(checkUscc(changed).valid).toBe(false);
      }),
    );
  });
});
