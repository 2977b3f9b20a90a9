/**
 * 信用监管 (常政办发〔2025〕5号 第十三项): the region's matrix of credit grade × risk level, the history of the
 * entities' credit grades, and 承诺式检查 — the self-inspections an enterprise answers with a commitment, the
 * reproducible draws of those verified on site, and what was found there.
 */
import { boolean, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns';
import { inspectionItems } from './inspections';
import { entities } from './platform';

/** The region's matrix (grade × risk → sampling ratio, yearly cap, self-inspection); none stored: the default. */
export const creditMatrices = pgTable('credit_matrices', {
  regionCode: text('region_code').primaryKey(),
  /** The CreditMatrix as saved (grades, ungradedAs, cells). */
  matrix: jsonb('matrix').notNull(),
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: tstz('updated_at').notNull(),
});

/** Every credit grade an entity has had: the current one is also on entities.credit_grade. */
export const entityCreditGrades = pgTable(
  'entity_credit_grades',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** null: the grade was cleared. */
    grade: text('grade'),
    /** manual | import | api */
    source: text('source').notNull(),
    reason: text('reason').notNull(),
    setBy: uuid('set_by'),
    setAt: tstz('set_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('entity_credit_grades_entity_idx').on(t.regionCode, t.entityId, t.setAt),
    foreignKey({
      name: 'entity_credit_grades_entity_fk',
      columns: [t.regionCode, t.entityId],
      foreignColumns: [entities.regionCode, entities.id],
    }),
  ],
);

/** A draw of the answered self-inspections to verify on site: seed, share and the pool kept so anyone can re-run it. */
export const selfInspectionDraws = pgTable(
  'self_inspection_draws',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    departmentId: uuid('department_id').notNull(),
    seed: integer('seed').notNull(),
    share: numeric('share', { precision: 4, scale: 3 }).notNull(),
    /** The self-inspection ids drawn from, and those chosen (sorted). */
    pool: jsonb('pool').notNull(),
    chosen: jsonb('chosen').notNull(),
    drawnBy: uuid('drawn_by').notNull(),
    drawnAt: tstz('drawn_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), index('self_inspection_draws_dept_idx').on(t.regionCode, t.departmentId)],
);

/**
 * 承诺式检查: sent → answered (the enterprise's answers and signed commitment) → drawn: on_site | closed;
 * on_site → verified (the inspector's findings; a false commitment makes a credit record).
 */
export const selfInspections = pgTable(
  'self_inspections',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    /** 承诺核查〔年〕N号: the number the credit record of a false commitment carries. */
    documentNo: text('document_no').notNull(),
    departmentId: uuid('department_id').notNull(),
    entityId: uuid('entity_id').notNull(),
    itemId: uuid('item_id').notNull(),
    /** The item's check points when sent: a JSON array of strings. */
    checklist: jsonb('checklist').notNull(),
    /** The matrix cell and risk level that allowed it: { grade, risk, reasons }. */
    basis: jsonb('basis').notNull(),
    /** sent | answered | on_site | closed | verified */
    status: text('status').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: tstz('created_at').notNull(),
    /** [{ compliant, note }] in checklist order. */
    answers: jsonb('answers'),
    commitmentSignedAt: tstz('commitment_signed_at'),
    answeredBy: uuid('answered_by'),
    drawId: uuid('draw_id'),
    /** [{ compliant, note }] found on site, in checklist order. */
    findings: jsonb('findings'),
    verifiedOn: date('verified_on', { mode: 'string' }),
    verifiedBy: uuid('verified_by'),
    falseItems: jsonb('false_items'),
    creditRecordId: uuid('credit_record_id'),
    onSite: boolean('on_site').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('self_inspections_document_no_uq').on(t.regionCode, t.documentNo),
    index('self_inspections_dept_idx').on(t.regionCode, t.departmentId, t.status),
    index('self_inspections_entity_idx').on(t.regionCode, t.entityId),
    foreignKey({
      name: 'self_inspections_entity_fk',
      columns: [t.regionCode, t.entityId],
      foreignColumns: [entities.regionCode, entities.id],
    }),
    foreignKey({
      name: 'self_inspections_item_fk',
      columns: [t.regionCode, t.itemId],
      foreignColumns: [inspectionItems.regionCode, inspectionItems.id],
    }),
  ],
);
