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
  /** numerator / denominator for a rate; null without a denominator. A count: the numerator; hours: numerator / 10. */
  value: z.number().nullable(),
});
export type IndicatorFigure = z.infer<typeof IndicatorFigureSchema>;

export const IndicatorSchema = z.object({
  key: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.enum(['rate', 'count', 'hours']),
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

/** A record behind a counted indicator other than the 综合查一次 rate (a 不予处罚决定, a training session). */
export const IndicatorSourceRecordSchema = z.object({
  id: z.string(),
  date: z.string(),
  departmentNames: z.array(z.string()),
  /** The case number, or the session's title. */
  title: z.string(),
  /** The decision's content, or the trainer. */
  detail: z.string(),
  /** 1 per decision; the session's hours. */
  amount: z.number(),
});
export type IndicatorSourceRecord = z.infer<typeof IndicatorSourceRecordSchema>;

// ——— 年度考评 (常政办发〔2025〕5号 保障措施（二）) ———

export const AssessmentYearParamsSchema = z.object({
  year: z.coerce.number().int('年份不正确').min(2000, '年份不正确').max(2100, '年份不正确'),
});

export const AssessmentWeightSchema = z.object({
  indicator: z.string().min(1).max(64),
  weight: z.number({ error: '权重应为数字' }),
  target: z.number({ error: '目标值应为数字' }).nullable(),
});
export type AssessmentWeightInput = z.infer<typeof AssessmentWeightSchema>;

export const SaveAssessmentWeightsSchema = z.object({ weights: z.array(AssessmentWeightSchema).min(1, '至少设置一个指标的权重').max(20) });
export type SaveAssessmentWeights = z.infer<typeof SaveAssessmentWeightsSchema>;

export const CreateAssessmentAdjustmentSchema = z.object({
  departmentId: UuidSchema,
  points: z
    .number({ error: '分值应为数字' })
    .min(-100, '分值应在-100至100之间')
    .max(100, '分值应在-100至100之间')
    .refine((p) => p !== 0, '分值不能为0')
    .refine((p) => Math.round(p * 10) === p * 10, '分值最多保留一位小数'),
  reason: z.string().trim().min(2, '请填写加减分理由').max(500, '理由不超过500字'),
});
export type CreateAssessmentAdjustment = z.infer<typeof CreateAssessmentAdjustmentSchema>;

export const AssessmentAdjustmentSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  points: z.number(),
  reason: z.string(),
  createdAt: z.string(),
  createdByName: z.string(),
});
export type AssessmentAdjustment = z.infer<typeof AssessmentAdjustmentSchema>;

export const AssessmentSchema = z.object({
  year: z.number().int(),
  /** Whether the Judicial Bureau set this year's weights (false: the registry's defaults). */
  weightsSet: z.boolean(),
  weights: z.array(
    AssessmentWeightSchema.extend({
      name: z.string(),
      unit: z.enum(['rate', 'count', 'hours']),
      direction: z.enum(['higher_is_better', 'lower_is_better']),
    }),
  ),
  departments: z.array(
    z.object({
      departmentId: z.string(),
      departmentName: z.string(),
      lines: z.array(
        z.object({
          indicator: z.string(),
          value: z.number().nullable(),
          achievement: z.number().nullable(),
          points: z.number().nullable(),
        }),
      ),
      base: z.number().nullable(),
      adjustment: z.number(),
      score: z.number().nullable(),
      rank: z.number().int().nullable(),
    }),
  ),
  adjustments: z.array(AssessmentAdjustmentSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
