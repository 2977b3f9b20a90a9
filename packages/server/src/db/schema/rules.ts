import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tstz } from './columns';
import { departments, entities } from './platform';

/** The columns of the review workflow shared by list versions and benchmark versions (常政办发〔2025〕5号 第一项至第二项、第十一项). */
const reviewColumns = () => ({
  /** draft | pending_review | published | superseded */
  status: text('status').notNull(),
  /** Edits of a draft (optimistic concurrency). */
  revision: integer('revision').notNull().default(1),
  createdBy: uuid('created_by').notNull(),
  createdByName: text('created_by_name').notNull(),
  submittedAt: tstz('submitted_at'),
  approvedBy: uuid('approved_by'),
  approvedByName: text('approved_by_name'),
  publishedAt: tstz('published_at'),
  supersededAt: tstz('superseded_at'),
  rejectionReason: text('rejection_reason'),
  createdAt: tstz('created_at').notNull().defaultNow(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});

/** 违法行为事项: the catalogue of violation items of a region, per department. */
export const violationItems = pgTable(
  'violation_items',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    departmentId: uuid('department_id').notNull(),
    domain: text('domain').notNull(),
    /** { law, article, paragraph, item, text } */
    legalBasis: jsonb('legal_basis').notNull(),
    penaltyBasis: jsonb('penalty_basis'),
    penaltyTypes: text('penalty_types').array().notNull(),
    fineMin: bigint('fine_min', { mode: 'number' }),
    fineMax: bigint('fine_max', { mode: 'number' }),
    normalPenaltyText: text('normal_penalty_text').notNull().default(''),
    key: boolean('key').notNull().default(false),
    noFaultRule: text('no_fault_rule').notNull().default('no_penalty'),
    noFaultBasis: jsonb('no_fault_basis'),
    limitationMonths: integer('limitation_months'),
    limitationBasis: jsonb('limitation_basis'),
    version: integer('version').notNull().default(1),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('violation_items_code_uq').on(t.regionCode, t.code),
    foreignKey({
      name: 'violation_items_dept_fk',
      columns: [t.regionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/** 不予处罚清单: one row per version; versions of one list share `series_id`. */
export const noPenaltyLists = pgTable(
  'no_penalty_lists',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    seriesId: uuid('series_id').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    /** national | provincial | city | county | department */
    level: text('level').notNull(),
    issuer: text('issuer').notNull(),
    departmentId: uuid('department_id').notNull(),
    domain: text('domain').notNull(),
    documentNo: text('document_no').notNull().default(''),
    source: text('source').notNull().default(''),
    sourceUrl: text('source_url').notNull().default(''),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    ...reviewColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('no_penalty_lists_version_uq').on(t.regionCode, t.seriesId, t.version),
    index('no_penalty_lists_status_idx').on(t.regionCode, t.status, t.publishedAt),
    foreignKey({
      name: 'no_penalty_lists_dept_fk',
      columns: [t.regionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/** The entries of a list version, in the list's order; they point at catalogue items by code. */
export const noPenaltyEntries = pgTable(
  'no_penalty_entries',
  {
    regionCode: text('region_code').notNull(),
    listId: uuid('list_id').notNull(),
    seq: integer('seq').notNull(),
    id: uuid('id').notNull(),
    itemCode: text('item_code').notNull(),
    violationCode: text('violation_code').notNull(),
    /** 不予处罚 | 首违不罚 | 可以不予处罚 */
    kind: text('kind').notNull(),
    /** { firstOffense, firstOffenseScope, maxHarm, correctedInTime, correctionDays } */
    conditions: jsonb('conditions').notNull(),
    itemText: text('item_text').notNull(),
    conditionsText: jsonb('conditions_text').notNull(),
    legalBasisText: text('legal_basis_text').notNull().default(''),
    normalPenaltyText: text('normal_penalty_text').notNull().default(''),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.listId, t.seq] }),
    index('no_penalty_entries_code_idx').on(t.regionCode, t.violationCode),
    foreignKey({
      name: 'no_penalty_entries_list_fk',
      columns: [t.regionCode, t.listId],
      foreignColumns: [noPenaltyLists.regionCode, noPenaltyLists.id],
    }),
  ],
);

/** 行政裁量基准 per violation item and level, versioned like the lists (行政处罚法 第三十四条). */
export const discretionBenchmarks = pgTable(
  'discretion_benchmarks',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    seriesId: uuid('series_id').notNull(),
    version: integer('version').notNull(),
    violationCode: text('violation_code').notNull(),
    level: text('level').notNull(),
    issuer: text('issuer').notNull(),
    departmentId: uuid('department_id').notNull(),
    fineMin: bigint('fine_min', { mode: 'number' }).notNull(),
    fineMax: bigint('fine_max', { mode: 'number' }).notNull(),
    /** { lighter: [a, b], ordinary: [a, b], heavier: [a, b] } as fractions of the range */
    tiers: jsonb('tiers').notNull(),
    mitigatedFloor: bigint('mitigated_floor', { mode: 'number' }).notNull().default(0),
    aggravating: jsonb('aggravating').notNull(),
    mitigating: jsonb('mitigating').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    ...reviewColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('discretion_benchmarks_version_uq').on(t.regionCode, t.seriesId, t.version),
    index('discretion_benchmarks_code_idx').on(t.regionCode, t.violationCode, t.status),
    foreignKey({
      name: 'discretion_benchmarks_dept_fk',
      columns: [t.regionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/**
 * Decisions made against a party (处罚决定、不予处罚决定), from this platform's cases or imported from a
 * department's own case system: the records the decision engine's first-offence test reads.
 */
export const sanctionRecords = pgTable(
  'sanction_records',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    /** The party: a registry entity, or a natural person by the keyed hash of the 公民身份号码 (FieldCrypto.lookupHash). */
    entityId: uuid('entity_id'),
    personHash: text('person_hash'),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    departmentId: uuid('department_id'),
    /** The deciding body as named on the decision. */
    authority: text('authority').notNull(),
    violationCode: text('violation_code'),
    /** penalty | no_penalty | waived | measure (a flexible measure taken in a case of this platform) */
    outcome: text('outcome').notNull(),
    documentNo: text('document_no').notNull().default(''),
    /** case | import | demo */
    source: text('source').notNull(),
    /** The case of this platform that decided it (source `case`): one record per case. */
    caseId: uuid('case_id'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    // Partial: a record has either an entity or a person, and only a case of this platform has a case id; the null
    // half is never looked up, and an import of a million decisions need not write it into three indexes.
    index('sanction_records_entity_idx').on(t.regionCode, t.entityId, t.decidedOn).where(sql`entity_id IS NOT NULL`),
    index('sanction_records_person_idx').on(t.regionCode, t.personHash, t.decidedOn).where(sql`person_hash IS NOT NULL`),
    uniqueIndex('sanction_records_case_uq').on(t.regionCode, t.caseId).where(sql`case_id IS NOT NULL`),
    // Exactly one party: an entity or a natural person.
    check('sanction_records_party_ck', sql`(${t.entityId} IS NULL) <> (${t.personHash} IS NULL)`),
    foreignKey({
      name: 'sanction_records_entity_fk',
      columns: [t.regionCode, t.entityId],
      foreignColumns: [entities.regionCode, entities.id],
    }),
  ],
);
