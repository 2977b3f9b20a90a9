/**
 * 督导考评 indicators (issue 12 items 1–2): the figures of each indicator per department and month, kept current in the
 * same transaction as the record write that changes them (no rescan on page view); `department_id` '' is the city-wide
 * figure. Rebuilt from the records by `rebuildIndicatorCounts` (migration, demo seed).
 */
import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
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
