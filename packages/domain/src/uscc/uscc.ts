/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 *
 * 18 characters: registration authority (1), entity type (1), region code (6), organisation code (9),
 * check character (1). The alphabet has 31 characters, without I, O, S, V and Z.
 * The check character is C18 = 31 − (Σ Ci·Wi mod 31) for i = 1..17, Wi = 3^(i−1) mod 31; 31 → '0'.
 */

/** The 31 characters of GB 32100-2015 in the order of their values 0..30. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const VALUE = new Map<string, number>([...USCC_ALPHABET].map((ch, i) => [ch, i]));

/** Wi = 3^(i−1) mod 31, i = 1..17 (GB 32100-2015 §5.2). */
export const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) {
    w = (w * 3) % 31;
  }
  return w;
});

export type UsccCheck = { valid: true; reason: string } | { valid: false; reason: string };

/** Computes the check character for the first 17 characters, or null if one is not in the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) {
    return null;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = VALUE.get(first17[i] as string);
    if (v === undefined) {
      return null;
    }
    sum += v * (USCC_WEIGHTS[i] as number);
  }
  const c = 31 - (sum % 31);
  return USCC_ALPHABET[c === 31 ? 0 : c] as string;
}

/**
 * Checks a 统一社会信用代码 and says why it fails, in Chinese.
 * Lower-case letters are not accepted: the standard prints the code in capitals.
 */
export function checkUscc(code: string): UsccCheck {
  if (typeof code !== 'string' || code.length === 0) {
    return { valid: false, reason: '统一社会信用代码不能为空' };
  }
  if (code.length !== 18) {
    return { valid: false, reason: `统一社会信用代码应为18位，实际为${code.length}位` };
  }
  for (let i = 0; i < 18; i++) {
    const ch = code[i] as string;
    if (!VALUE.has(ch)) {
      return {
        valid: false,
        reason: `第${i + 1}位字符“${ch}”不是统一社会信用代码允许的字符（0-9及除I、O、S、V、Z外的大写字母）`,
      };
    }
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (expected !== code[17]) {
    return { valid: false, reason: `校验码错误：第18位应为“${expected}”，实际为“${code[17]}”` };
  }
  return { valid: true, reason: '符合GB 32100-2015的编码规则和校验码' };
}
