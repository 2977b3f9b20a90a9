/** Day arithmetic of the generator without Date objects in the hot path. */
export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` as days since 1970-01-01; a date that does not exist throws. */
export function daysOf(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const days = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : Number.NaN;
  if (!m || new Date(days * DAY_MS).toISOString().slice(0, 10) !== date) {
    throw new Error(`asOf 应为有效日期 YYYY-MM-DD：${date}`);
  }
  return days;
}

export const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Days since 1970-01-01 → [year, month, day] (Howard Hinnant's civil_from_days: no Date, no allocation of one). */
export function civil(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
