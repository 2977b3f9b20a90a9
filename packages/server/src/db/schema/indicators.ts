/**
 * 督导考评 indicators (issue 12 items 1–2): the figures of each indicator per department and month, kept current in the
 * same transaction as the record write that changes them (no rescan on page view); `department_id` '' is the city-wide
 * figure. Rebuilt from the records by `rebuildIndicatorCounts` (migration, demo seed).
 */
import { index, integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns';

export const indicatorCounts = pgTable(
  'indicator_counts',
  {
    regionCode: text('region_code').notNull(),
    /** The indicator's key (domain `INDICATORS`). */
    indicator: text('indicator').notNull(),
    /** The department, or '' for the figure of the whole region. */
    departmentId: text('department_id').notNull(),
    /** YYYY-MM (Asia/Shanghai). */
    month: text('month').notNull(),
    numerator: integer('numerator').notNull(),
    denominator: integer('denominator').notNull(),
    updatedAt: tstz('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.indicator, t.month, t.departmentId] })],
);

/**
 * 年度考评 (常政办发〔2025〕5号 保障措施（二）: 将柔性执法工作开展情况纳入法治建设考评范畴，由市司法局具体实施): the weight (percent,
 * summing to 100 over a year's rows) and the target of each indicator in a year's assessment, as the Judicial Bureau
 * sets them. A year without rows uses the registry's defaults.
 */
export const assessmentWeights = pgTable(
  'assessment_weights',
  {
    regionCode: text('region_code').notNull(),
    year: integer('year').notNull(),
    indicator: text('indicator').notNull(),
    weight: integer('weight').notNull(),
    /** A rate as a fraction, a count or hours as such; null: scored against the best department. */
    target: numeric('target', { precision: 12, scale: 4, mode: 'number' }),
    updatedAt: tstz('updated_at').notNull(),
    updatedBy: uuid('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year, t.indicator] })],
);

/** The Judicial Bureau's manual additions (+) and deductions (−) to a department's yearly score, each with its reason (audited). */
export const assessmentAdjustments = pgTable(
  'assessment_adjustments',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    year: integer('year').notNull(),
    departmentId: uuid('department_id').notNull(),
    points: numeric('points', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    createdAt: tstz('created_at').notNull(),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), index('assessment_adjustments_year_idx').on(t.regionCode, t.year, t.departmentId)],
);
