/**
 * Check characters of the personal and organisation codes that a registry row carries.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * GB 11643-1999 公民身份号码: the check character of the first 17 digits
 * (Σ aᵢ·Wᵢ mod 11 → `10X98765432`), or null when they are not 17 digits.
 */
export function residentIdCheckCharacter(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) {
    return null;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += (first17.charCodeAt(i) - 48) * (ID_WEIGHTS[i] as number);
  }
  return ID_CHECK[sum % 11] as string;
}

/** True when an 18-character 身份证号 has a valid GB 11643-1999 check character and a real birth date. */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id) || residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) {
    return false;
  }
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * GB 11714-1997 组织机构代码: the check character of an 8-character body of digits and capital letters
 * (A = 10 … Z = 35; C₉ = 11 − Σ Cᵢ·Wᵢ mod 11, 10 → `X`, 11 → `0`), or null for another body.
 */
export function organizationCodeCheckCharacter(body8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body8)) {
    return null;
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * (ORG_WEIGHTS[i] as number);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}
