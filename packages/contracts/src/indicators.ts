/**
 * 督导考评 indicators (issue 12 items 1–2): the registry, the figures per department of a period (kept current as
 * records are written) and the records behind a figure.
 */
import { z } from 'zod';
import { UuidSchema } from './common';

/** A year (YYYY) or a month (YYYY-MM). */
export const IndicatorPeriodSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '统计期间应为年份（YYYY）或月份（YYYY-MM）');

export const IndicatorOverviewQuerySchema = z.object({ period: IndicatorPeriodSchema });
export type IndicatorOverviewQuery = z.infer<typeof IndicatorOverviewQuerySchema>;

export const IndicatorRecordsQuerySchema = z.object({ period: IndicatorPeriodSchema, departmentId: UuidSchema.optional() });
export type IndicatorRecordsQuery = z.infer<typeof IndicatorRecordsQuerySchema>;

export const IndicatorKeyParamsSchema = z.object({ key: z.string().min(1).max(64) });

export const IndicatorFigureSchema = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  /** numerator / denominator for a rate; null without a denominator. */
  value: z.number().nullable(),
});
export type IndicatorFigure = z.infer<typeof IndicatorFigureSchema>;

export const IndicatorSchema = z.object({
  key: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.enum(['rate', 'count']),
  target: z.number().nullable(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  weight: z.number(),
  numerator: z.string(),
  denominator: z.string(),
  maintained: z.boolean(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorOverviewSchema = z.object({
  period: z.string(),
  indicators: z.array(
    IndicatorSchema.extend({
      /** The whole region. */
      cityWide: IndicatorFigureSchema,
      /** Every department for the Judicial Bureau and oversight; a department's staff: their own. */
      departments: z.array(IndicatorFigureSchema.extend({ departmentId: z.string(), departmentName: z.string() })),
    }),
  ),
});
export type IndicatorOverview = z.infer<typeof IndicatorOverviewSchema>;
