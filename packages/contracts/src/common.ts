import { z } from 'zod';

/** 422/4xx error body, pinned by shared/contracts/decision-api.md ("HTTP errors"). */
export const ErrorBodySchema = z.object({
  error: z.object({
    /** Stable, namespaced code, e.g. `VALIDATION`, `AUTH.LOCKED`, `NOT_FOUND`. */
    code: z.string(),
    /** Chinese message for the user. */
    message: z.string(),
    /** For validation errors: each offending field with its path (dot-separated) and a Chinese message. */
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** 行政区划代码 GB/T 2260: six digits. */
export const RegionCodeSchema = z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字');

/** A calendar date `YYYY-MM-DD` that exists (2026-02-29 does not). */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
  .refine(isCalendarDate, '不是有效的日历日期');

/** `YYYY-MM-DD` names a day that exists (Gregorian; 29 February only in leap years). */
export function isCalendarDate(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (y < 1 || m < 1 || m > 12 || d < 1) {
    return false;
  }
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/**
 * A yes/no query parameter: `true`/`1` or `false`/`0` (z.coerce.boolean would read the text "false" as true).
 */
export const QueryBooleanSchema = z
  .enum(['true', 'false', '1', '0'], { message: '应为true或false' })
  .transform((v) => v === 'true' || v === '1');

export const UuidSchema = z.string().uuid('标识格式不正确');

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1, '页码最小为1').default(1),
  pageSize: z.coerce.number().int().min(1, '每页条数最小为1').max(500, '每页条数最多500').default(20),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}
