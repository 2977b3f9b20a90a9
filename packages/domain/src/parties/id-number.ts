/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence, and a check
 * character (ISO 7064 MOD 11-2: weights 2^(17−i) mod 11, check = (12 − Σ mod 11) mod 11, 10 written `X`).
 * Natural persons are parties of cases (公安、交通 deal mostly with individuals); the number identifies a
 * person across records (by a keyed hash, never in clear) for the first-offence look-up.
 */
import { isCalendarDate } from '../dates/calendar';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdNumberCheck = { valid: true; birthDate: string; normalized: string } | { valid: false; reason: string };

/** Checks an 18-character 公民身份号码; the reason says what is wrong, in Chinese. */
export function checkIdNumber(raw: string): IdNumberCheck {
  const s = raw.trim().toUpperCase();
  if (s.length === 15) {
    return { valid: false, reason: '15位身份证号码已停止使用，请填写18位公民身份号码' };
  }
  if (!/^\d{17}[\dX]$/.test(s)) {
    return { valid: false, reason: '公民身份号码应为18位：前17位为数字，最后一位为数字或X' };
  }
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (!isCalendarDate(birth) || birth < '1900-01-01') {
    return { valid: false, reason: `第7至14位出生日期${s.slice(6, 14)}不是有效日期` };
  }
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  const expected = CHECK[sum % 11] as string;
  if (s[17] !== expected) {
    return { valid: false, reason: `校验码错误：第18位应为“${expected}”，实际为“${s[17]}”` };
  }
  return { valid: true, birthDate: birth, normalized: s };
}

/** 周岁 on a date: completed years since birth (a person born on 29 February completes a year on 1 March in common years). */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const birthdayPassed = on.slice(5) >= birthDate.slice(5);
  return birthdayPassed ? years : years - 1;
}
