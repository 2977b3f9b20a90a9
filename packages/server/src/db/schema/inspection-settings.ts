/** The region's settings of inspections (常政办发〔2025〕5号 第十五项: 公务入企审批): the working days to back-fill an emergency plan's approval. */
import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns';

export const inspectionSettings = pgTable(
  'inspection_settings',
  {
    regionCode: text('region_code').notNull(),
    /** 紧急检查: working days after the plan within which its approval must be back-filled. */
    emergencyBackfillWorkdays: integer('emergency_backfill_workdays').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: tstz('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode] })],
);
