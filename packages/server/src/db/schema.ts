/**
 * The database schema (drizzle), the single source of the migrations in ./migrations
 * (`npx drizzle-kit generate` from packages/server). Repositories query with plain SQL.
 *
 * Tenancy (DESIGN.md "Data"): every tenant table carries `region_code` and leads its primary key with
 * it; foreign keys between tenant tables and unique constraints include it. Tables shared by all regions
 * (reference tables) are listed in REFERENCE_TABLES; a schema test enforces both rules.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/** bytea (drizzle has no built-in column for it). */
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** Tables shared by every region (replicated reference tables on a Citus cluster). */
export const REFERENCE_TABLES = ['regions', 'users', 'holiday_arrangements'] as const;
/** Append-only tables: the application role has no UPDATE or DELETE on them. */
export const APPEND_ONLY_TABLES = ['events', 'audit_log'] as const;

/** 行政区划 GB/T 2260 (reference). */
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  parentCode: text('parent_code'),
  level: smallint('level').notNull(),
});

/** 执法部门 and other departments of a region. */
export const departments = pgTable(
  'departments',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** enforcement | judicial | data | other */
    kind: text('kind').notNull(),
    /** 机关代字 of its 文号 (常市监 in 常市监告〔2026〕12号). */
    docPrefix: text('doc_prefix').notNull().default(''),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), unique('departments_code_uq').on(t.regionCode, t.code)],
);

/**
 * Accounts. A reference table: a login name is unique across the deployment, and a province-level
 * account may act across regions. `region_code` is the home region that scopes the account's data.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull().unique('users_username_uq'),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    regionCode: text('region_code').notNull(),
    departmentId: uuid('department_id'),
    certificateNo: text('certificate_no'),
    entityUscc: text('entity_uscc'),
    active: boolean('active').notNull().default(true),
    demo: boolean('demo').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: tstz('locked_until'),
    passwordChangedAt: tstz('password_changed_at').notNull().defaultNow(),
    lastLoginAt: tstz('last_login_at'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('users_region_idx').on(t.regionCode)],
);

/** Server-side sessions: the cookie holds `region_code.id` signed; the row is revocable. */
export const sessions = pgTable(
  'sessions',
  {
    regionCode: text('region_code').notNull(),
    id: text('id').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
    lastSeenAt: tstz('last_seen_at').notNull().defaultNow(),
    expiresAt: tstz('expires_at').notNull(),
    revokedAt: tstz('revoked_at'),
    sourceIp: text('source_ip'),
    userAgent: text('user_agent'),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] })],
);

/** 市场主体 registry. */
export const entities = pgTable(
  'entities',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    uscc: text('uscc').notNull(),
    name: text('name').notNull(),
    entityType: text('entity_type').notNull(),
    legalRepresentative: text('legal_representative').notNull(),
    /** AES-256-GCM ciphertext (base64), key outside the database (SECURITY.md "Data"). */
    legalRepresentativeIdNoEnc: text('legal_representative_id_no_enc'),
    contactPhoneEnc: text('contact_phone_enc'),
    industryCode: text('industry_code').notNull(),
    address: text('address').notNull(),
    establishedOn: date('established_on', { mode: 'string' }),
    newBusinessForm: boolean('new_business_form').notNull().default(false),
    whitelisted: boolean('whitelisted').notNull().default(false),
    inObservationPeriod: boolean('in_observation_period').notNull().default(false),
    creditGrade: text('credit_grade'),
    riskLevel: text('risk_level'),
    status: text('status').notNull().default('active'),
    version: integer('version').notNull().default(1),
    /** name, USCC and legal representative, for the registry's search box. */
    searchText: text('search_text').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('entities_uscc_uq').on(t.regionCode, t.uscc),
    index('entities_industry_idx').on(t.regionCode, t.industryCode),
    index('entities_name_idx').on(t.regionCode, t.name),
  ],
);

/** Registry imports: department-scoped records (the file, its rows and errors belong to the importing department). */
export const importJobs = pgTable(
  'import_jobs',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    departmentId: uuid('department_id'),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    /** SHA-256 of the uploaded file in the content-addressed store. */
    fileHash: text('file_hash').notNull(),
    status: text('status').notNull(),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsCommitted: integer('rows_committed').notNull().default(0),
    rowsFailed: integer('rows_failed').notNull().default(0),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    bytesTotal: bigint('bytes_total', { mode: 'number' }).notNull().default(0),
    /** Data rows of an .xlsx file, counted before the import (its progress follows rows, not bytes). */
    rowsTotal: integer('rows_total'),
    message: text('message'),
    createdBy: uuid('created_by').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
    finishedAt: tstz('finished_at'),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), index('import_jobs_dept_idx').on(t.regionCode, t.departmentId, t.createdAt)],
);

export const importErrors = pgTable(
  'import_errors',
  {
    regionCode: text('region_code').notNull(),
    jobId: uuid('job_id').notNull(),
    seq: integer('seq').notNull(),
    rowNo: integer('row_no').notNull(),
    field: text('field').notNull(),
    message: text('message').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.jobId, t.seq] }),
    foreignKey({ name: 'import_errors_job_fk', columns: [t.regionCode, t.jobId], foreignColumns: [importJobs.regionCode, importJobs.id] }),
  ],
);

/**
 * The full-process record (全过程记录): one append-only, hash-chained event per change, written in the
 * change's transaction. One chain per aggregate (`aggregate_type`, `aggregate_id`), numbered by `seq`.
 */
export const events = pgTable(
  'events',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    aggregateType: text('aggregate_type').notNull(),
    aggregateId: text('aggregate_id').notNull(),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    occurredAt: tstz('occurred_at').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    payload: jsonb('payload').notNull(),
    /** SHA-256 of each attached file in the content-addressed store. */
    attachments: jsonb('attachments').notNull().default(sql`'[]'::jsonb`),
    prevHash: text('prev_hash'),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), unique('events_chain_uq').on(t.regionCode, t.aggregateType, t.aggregateId, t.seq)],
);

/** 审计日志 (SECURITY.md "Audit"): append-only, hash-chained per region, day and lane. */
export const auditLog = pgTable(
  'audit_log',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    seq: integer('seq').notNull(),
    /** The day's chain is split into lanes by object (decision 0004, addendum): writers of different objects do not queue. */
    lane: smallint('lane').notNull().default(0),
    occurredAt: tstz('occurred_at').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    result: text('result').notNull(),
    sourceIp: text('source_ip'),
    details: jsonb('details').notNull(),
    prevHash: text('prev_hash'),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('audit_chain_uq').on(t.regionCode, t.day, t.lane, t.seq),
    index('audit_time_idx').on(t.regionCode, t.occurredAt),
  ],
);

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
    entityId: uuid('entity_id').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    departmentId: uuid('department_id'),
    /** The deciding body as named on the decision. */
    authority: text('authority').notNull(),
    violationCode: text('violation_code'),
    /** penalty | no_penalty | waived */
    outcome: text('outcome').notNull(),
    documentNo: text('document_no').notNull().default(''),
    /** case | import | demo */
    source: text('source').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('sanction_records_entity_idx').on(t.regionCode, t.entityId, t.decidedOn),
    foreignKey({
      name: 'sanction_records_entity_fk',
      columns: [t.regionCode, t.entityId],
      foreignColumns: [entities.regionCode, entities.id],
    }),
  ],
);

/**
 * 文号 counters: one row per department, document type and year; taking a number locks the row until
 * the transaction ends, and a rolled-back transaction gives its number back — no gaps, no duplicates.
 */
export const documentCounters = pgTable(
  'document_counters',
  {
    regionCode: text('region_code').notNull(),
    departmentId: uuid('department_id').notNull(),
    docType: text('doc_type').notNull(),
    year: integer('year').notNull(),
    lastNo: integer('last_no').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.departmentId, t.docType, t.year] })],
);

/** Documents issued (文书): the file in the content-addressed store, its 文号, the record it belongs to. */
export const documents = pgTable(
  'documents',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    departmentId: uuid('department_id').notNull(),
    aggregateType: text('aggregate_type').notNull(),
    aggregateId: text('aggregate_id').notNull(),
    docType: text('doc_type').notNull(),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    documentNo: text('document_no').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileName: text('file_name').notNull(),
    /** default | the id of the uploaded template version */
    templateSource: text('template_source').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('documents_number_uq').on(t.regionCode, t.departmentId, t.docType, t.year, t.serial),
    index('documents_aggregate_idx').on(t.regionCode, t.aggregateType, t.aggregateId),
  ],
);

/** 检查事项 per department (常政办发〔2025〕5号 第四项、第十五项): key items on a schedule, non-key only when triggered. */
export const inspectionItems = pgTable(
  'inspection_items',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    departmentId: uuid('department_id').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** 重点检查事项 */
    key: boolean('key').notNull().default(false),
    /** may join a 综合查一次 joint inspection */
    mergeable: boolean('mergeable').notNull().default(true),
    /** general | safety_production | fire (the last two are never merged) */
    category: text('category').notNull().default('general'),
    /** only published items can be planned */
    published: boolean('published').notNull().default(false),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('inspection_items_code_uq').on(t.regionCode, t.code),
    foreignKey({
      name: 'inspection_items_dept_fk',
      columns: [t.regionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/** 检查计划 (入企检查): approved before entry, verifiable by its inspection code. */
export const inspectionPlans = pgTable(
  'inspection_plans',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    /** The lead department; a joint plan lists the others in inspection_plan_departments. */
    departmentId: uuid('department_id').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** routine | random | triggered | joint | special */
    type: text('type').notNull(),
    /** draft | pending_approval | approved | rejected | checked_in | completed | cancelled */
    status: text('status').notNull(),
    windowFrom: date('window_from', { mode: 'string' }).notNull(),
    windowTo: date('window_to', { mode: 'string' }).notNull(),
    /** entered first, approved afterwards by `backfill_due_on` */
    emergency: boolean('emergency').notNull().default(false),
    backfillDueOn: date('backfill_due_on', { mode: 'string' }),
    /** complaint_clue | public_safety_life_health | referral | higher_level_special */
    exemptionGround: text('exemption_ground'),
    exemptionReason: text('exemption_reason'),
    note: text('note').notNull().default(''),
    jointGroupId: uuid('joint_group_id'),
    revision: integer('revision').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
    submittedAt: tstz('submitted_at'),
    approvedBy: uuid('approved_by'),
    approvedByName: text('approved_by_name'),
    approvedAt: tstz('approved_at'),
    rejectionReason: text('rejection_reason'),
    checkedInAt: tstz('checked_in_at'),
    checkedInLocation: jsonb('checked_in_location'),
    checkedOutAt: tstz('checked_out_at'),
    checkedOutLocation: jsonb('checked_out_location'),
    /** no_problem | problems */
    result: text('result'),
    findings: text('findings'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('inspection_plans_entity_idx').on(t.regionCode, t.entityId, t.windowFrom),
    index('inspection_plans_dept_idx').on(t.regionCode, t.departmentId, t.status),
    foreignKey({
      name: 'inspection_plans_entity_fk',
      columns: [t.regionCode, t.entityId],
      foreignColumns: [entities.regionCode, entities.id],
    }),
  ],
);

export const inspectionPlanItems = pgTable(
  'inspection_plan_items',
  {
    regionCode: text('region_code').notNull(),
    planId: uuid('plan_id').notNull(),
    itemId: uuid('item_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.planId, t.itemId] }),
    foreignKey({
      name: 'inspection_plan_items_plan_fk',
      columns: [t.regionCode, t.planId],
      foreignColumns: [inspectionPlans.regionCode, inspectionPlans.id],
    }),
  ],
);

/** The officers of a plan, with the 执法证号 they showed (copied: the code page shows what was approved). */
export const inspectionPlanOfficers = pgTable(
  'inspection_plan_officers',
  {
    regionCode: text('region_code').notNull(),
    planId: uuid('plan_id').notNull(),
    userId: uuid('user_id').notNull(),
    displayName: text('display_name').notNull(),
    certificateNo: text('certificate_no').notNull(),
    departmentName: text('department_name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.planId, t.userId] }),
    foreignKey({
      name: 'inspection_plan_officers_plan_fk',
      columns: [t.regionCode, t.planId],
      foreignColumns: [inspectionPlans.regionCode, inspectionPlans.id],
    }),
  ],
);

/** The enterprise's rating of an inspection: seen by the Judicial Bureau, never by the inspecting department. */
export const inspectionRatings = pgTable(
  'inspection_ratings',
  {
    regionCode: text('region_code').notNull(),
    planId: uuid('plan_id').notNull(),
    conduct: smallint('conduct').notNull(),
    etiquette: smallint('etiquette').notNull(),
    disruption: smallint('disruption').notNull(),
    comment: text('comment').notNull().default(''),
    ratedAt: tstz('rated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.planId] }),
    foreignKey({
      name: 'inspection_ratings_plan_fk',
      columns: [t.regionCode, t.planId],
      foreignColumns: [inspectionPlans.regionCode, inspectionPlans.id],
    }),
  ],
);

/** 综合查一次任务清单 (常政办发〔2025〕5号 第四项、第十五项): per industry (GB/T 4754 prefix), the items inspected together. */
export const jointTaskEntries = pgTable(
  'joint_task_entries',
  {
    regionCode: text('region_code').notNull(),
    industryCode: text('industry_code').notNull(),
    itemId: uuid('item_id').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.industryCode, t.itemId] }),
    foreignKey({
      name: 'joint_task_entries_item_fk',
      columns: [t.regionCode, t.itemId],
      foreignColumns: [inspectionItems.regionCode, inspectionItems.id],
    }),
  ],
);

/** 回避: an officer's declared conflict of interest with an entity (never drawn to inspect it). */
export const officerConflicts = pgTable(
  'officer_conflicts',
  {
    regionCode: text('region_code').notNull(),
    officerId: uuid('officer_id').notNull(),
    entityId: uuid('entity_id').notNull(),
    reason: text('reason').notNull(),
    declaredAt: tstz('declared_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.officerId, t.entityId] }),
    foreignKey({
      name: 'officer_conflicts_entity_fk',
      columns: [t.regionCode, t.entityId],
      foreignColumns: [entities.regionCode, entities.id],
    }),
  ],
);

/** 双随机一公开 (常政办发〔2025〕5号 第十三项): a draw, reproducible from its published seed and the pool's fingerprint. */
export const randomDraws = pgTable(
  'random_draws',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    departmentId: uuid('department_id').notNull(),
    title: text('title').notNull(),
    seed: bigint('seed', { mode: 'number' }).notNull(),
    industryPrefix: text('industry_prefix').notNull().default(''),
    ratios: jsonb('ratios').notNull(),
    poolSize: integer('pool_size').notNull(),
    /** SHA-256 of the pool's 统一社会信用代码 in draw order, with their grade and exclusion flags. */
    poolFingerprint: text('pool_fingerprint').notNull(),
    strata: jsonb('strata').notNull(),
    excluded: jsonb('excluded').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), index('random_draws_time_idx').on(t.regionCode, t.createdAt)],
);

export const randomDrawEntries = pgTable(
  'random_draw_entries',
  {
    regionCode: text('region_code').notNull(),
    drawId: uuid('draw_id').notNull(),
    seq: integer('seq').notNull(),
    entityId: uuid('entity_id').notNull(),
    officerIds: uuid('officer_ids').array().notNull(),
    officerNames: text('officer_names').array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.drawId, t.seq] }),
    foreignKey({
      name: 'random_draw_entries_draw_fk',
      columns: [t.regionCode, t.drawId],
      foreignColumns: [randomDraws.regionCode, randomDraws.id],
    }),
  ],
);

/** Trigger rules of non-key items (常政办发〔2025〕5号 第四项 触发式监管): so many signals from a source within a window start a task. */
export const triggerRules = pgTable(
  'trigger_rules',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    itemId: uuid('item_id').notNull(),
    /** complaint | monitoring */
    source: text('source').notNull(),
    threshold: integer('threshold').notNull(),
    windowDays: integer('window_days').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    foreignKey({
      name: 'trigger_rules_item_fk',
      columns: [t.regionCode, t.itemId],
      foreignColumns: [inspectionItems.regionCode, inspectionItems.id],
    }),
  ],
);

/** 投诉举报 filed on the public portal and monitoring alerts posted by systems: the signals of triggers. */
export const signals = pgTable(
  'signals',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    /** complaint | monitoring */
    source: text('source').notNull(),
    entityId: uuid('entity_id').notNull(),
    itemId: uuid('item_id').notNull(),
    content: text('content').notNull(),
    /** AES-256-GCM: the complainant's contact, if given. */
    contactEnc: text('contact_enc'),
    attachments: jsonb('attachments').notNull(),
    receivedAt: tstz('received_at').notNull(),
    taskId: uuid('task_id'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('signals_entity_item_idx').on(t.regionCode, t.entityId, t.itemId, t.receivedAt),
    foreignKey({ name: 'signals_entity_fk', columns: [t.regionCode, t.entityId], foreignColumns: [entities.regionCode, entities.id] }),
  ],
);

/** A triggered inspection task, carrying its evidence (the signals that met the rule). */
export const triggeredTasks = pgTable(
  'triggered_tasks',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    ruleId: uuid('rule_id').notNull(),
    itemId: uuid('item_id').notNull(),
    entityId: uuid('entity_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    signalIds: uuid('signal_ids').array().notNull(),
    /** open | planned | closed */
    status: text('status').notNull(),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), index('triggered_tasks_dept_idx').on(t.regionCode, t.departmentId, t.status)],
);

/**
 * 抽查对象名录库: a pool frozen for a draw — its members in canonical order (统一社会信用代码) and, per
 * member, the grade and exclusion bytes the draw reads. The draw then touches only the members drawn.
 */
export const drawPools = pgTable(
  'draw_pools',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    departmentId: uuid('department_id').notNull(),
    industryPrefix: text('industry_prefix').notNull(),
    size: integer('size').notNull(),
    grades: bytea('grades').notNull(),
    flags: bytea('flags').notNull(),
    fingerprint: text('fingerprint').notNull(),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] })],
);

export const drawPoolMembers = pgTable(
  'draw_pool_members',
  {
    regionCode: text('region_code').notNull(),
    poolId: uuid('pool_id').notNull(),
    seq: integer('seq').notNull(),
    entityId: uuid('entity_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.poolId, t.seq] })],
);

// ── Flexible-enforcement cases (常政办发〔2025〕5号 第三项、第五项至第十项、第十四项) ───────────────────────────────────────────────

/**
 * A flexible-enforcement case (柔性执法案件). `snapshot` is the domain's `CaseSnapshot` (the lifecycle reads
 * and writes it whole); the columns beside it are what lists and to-do queries filter on. `proposal` holds
 * an officer's proposal awaiting a reviewer (a measure that needs approval, or a termination).
 */
export const cases = pgTable(
  'cases',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    caseNo: text('case_no').notNull(),
    departmentId: uuid('department_id').notNull(),
    entityId: uuid('entity_id').notNull(),
    partyUscc: text('party_uscc').notNull(),
    origin: text('origin').notNull(),
    state: text('state').notNull(),
    facts: text('facts').notNull(),
    legalBasis: text('legal_basis').notNull(),
    violationItemId: uuid('violation_item_id'),
    snapshot: jsonb('snapshot').notNull(),
    proposal: jsonb('proposal'),
    /** The running commitment's last day (告知承诺), for the to-do list and the overdue flag. */
    commitmentDeadline: date('commitment_deadline', { mode: 'string' }),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    archivedOn: date('archived_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: tstz('created_at').notNull(),
    updatedAt: tstz('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('cases_no_uq').on(t.regionCode, t.caseNo),
    index('cases_department_state_idx').on(t.regionCode, t.departmentId, t.state),
    index('cases_entity_idx').on(t.regionCode, t.entityId),
    foreignKey({ name: 'cases_entity_fk', columns: [t.regionCode, t.entityId], foreignColumns: [entities.regionCode, entities.id] }),
  ],
);

/** What the domain snapshot does not carry about a measure: its text, document and the party's signature. */
export const caseMeasures = pgTable(
  'case_measures',
  {
    regionCode: text('region_code').notNull(),
    caseId: uuid('case_id').notNull(),
    id: text('id').notNull(),
    type: text('type').notNull(),
    content: text('content').notNull(),
    details: jsonb('details').notNull(),
    documentId: uuid('document_id'),
    partySignedAt: tstz('party_signed_at'),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.caseId, t.id] }),
    foreignKey({ name: 'case_measures_case_fk', columns: [t.regionCode, t.caseId], foreignColumns: [cases.regionCode, cases.id] }),
  ],
);

/**
 * The case file (案卷材料, 常政办发〔2025〕5号 第九项): each filed material with its checklist item and, for files, the hash
 * in the content-addressed store. Rows are never changed; an archived case takes no more.
 */
export const caseMaterials = pgTable(
  'case_materials',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    measureId: text('measure_id'),
    item: text('item').notNull(),
    source: text('source').notNull(),
    fileSha256: text('file_sha256'),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    size: bigint('size', { mode: 'number' }),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('case_materials_case_idx').on(t.regionCode, t.caseId),
    foreignKey({ name: 'case_materials_case_fk', columns: [t.regionCode, t.caseId], foreignColumns: [cases.regionCode, cases.id] }),
  ],
);

/** 送达 (常政办发〔2025〕5号 第七项): one row per document sent; `delivered_on` and the proof once served. */
export const deliveries = pgTable(
  'deliveries',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    documentId: uuid('document_id').notNull(),
    measureId: text('measure_id'),
    /** The checklist item its proof files: delivery_proof, choice_notice_delivery, termination_notice_delivery. */
    proofItem: text('proof_item').notNull(),
    method: text('method').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    recipient: text('recipient'),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('deliveries_case_idx').on(t.regionCode, t.caseId),
    foreignKey({ name: 'deliveries_case_fk', columns: [t.regionCode, t.caseId], foreignColumns: [cases.regionCode, cases.id] }),
  ],
);

/** 电子送达确认书: the party's consent to electronic delivery through the portal (revocable). */
export const deliveryConsents = pgTable(
  'delivery_consents',
  {
    regionCode: text('region_code').notNull(),
    entityId: uuid('entity_id').notNull(),
    consentedAt: tstz('consented_at').notNull(),
    consentedBy: uuid('consented_by').notNull(),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.entityId] }),
    foreignKey({
      name: 'delivery_consents_entity_fk',
      columns: [t.regionCode, t.entityId],
      foreignColumns: [entities.regionCode, entities.id],
    }),
  ],
);

/** 跟踪回访 (常政办发〔2025〕5号 第五项): due per measure on completion; the visit's findings, or the party's own answer. */
export const followUpVisits = pgTable(
  'follow_up_visits',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    measureId: text('measure_id').notNull(),
    measureType: text('measure_type').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    visitedOn: date('visited_on', { mode: 'string' }),
    correction: text('correction'),
    legality: text('legality'),
    conduct: text('conduct'),
    comment: text('comment').notNull().default(''),
    answeredByParty: boolean('answered_by_party').notNull().default(false),
    recordedBy: uuid('recorded_by'),
    recordedAt: tstz('recorded_at'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('follow_up_visits_measure_uq').on(t.regionCode, t.caseId, t.measureId),
    index('follow_up_visits_due_idx').on(t.regionCode, t.dueOn),
    foreignKey({ name: 'follow_up_visits_case_fk', columns: [t.regionCode, t.caseId], foreignColumns: [cases.regionCode, cases.id] }),
  ],
);

/** Days to the follow-up visit per department and measure type, where a department set its own. */
export const followUpSettings = pgTable(
  'follow_up_settings',
  {
    regionCode: text('region_code').notNull(),
    departmentId: uuid('department_id').notNull(),
    measureType: text('measure_type').notNull(),
    /** null: no visit for this type. */
    days: integer('days'),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.departmentId, t.measureType] })],
);

/** Templates a department's reviewers uploaded (常政办发〔2025〕5号 第十项), versioned; the newest active one is used. */
export const documentTemplates = pgTable(
  'document_templates',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    departmentId: uuid('department_id').notNull(),
    docType: text('doc_type').notNull(),
    version: integer('version').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileName: text('file_name').notNull(),
    active: boolean('active').notNull().default(true),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedByName: text('uploaded_by_name').notNull(),
    uploadedAt: tstz('uploaded_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('document_templates_version_uq').on(t.regionCode, t.departmentId, t.docType, t.version),
  ],
);

/** 观察期 (常政办发〔2025〕5号 第十四项): an entity of a new business form, its period, reason and the approving reviewer. */
export const observationPeriods = pgTable(
  'observation_periods',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    entityId: uuid('entity_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    status: text('status').notNull(),
    proposedBy: uuid('proposed_by').notNull(),
    proposedByName: text('proposed_by_name').notNull(),
    approvedBy: uuid('approved_by'),
    approvedByName: text('approved_by_name'),
    createdAt: tstz('created_at').notNull(),
    decidedAt: tstz('decided_at'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('observation_periods_entity_idx').on(t.regionCode, t.entityId),
    foreignKey({
      name: 'observation_periods_entity_fk',
      columns: [t.regionCode, t.entityId],
      foreignColumns: [entities.regionCode, entities.id],
    }),
  ],
);

/** 指导性案例 (常政办发〔2025〕5号 第十项): an archived case, anonymised, published by a reviewer. */
export const guidingCases = pgTable(
  'guiding_cases',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    title: text('title').notNull(),
    industry: text('industry').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    keywords: text('keywords').array().notNull(),
    publishedBy: uuid('published_by').notNull(),
    publishedByName: text('published_by_name').notNull(),
    publishedAt: tstz('published_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('guiding_cases_case_uq').on(t.regionCode, t.caseId),
    foreignKey({ name: 'guiding_cases_case_fk', columns: [t.regionCode, t.caseId], foreignColumns: [cases.regionCode, cases.id] }),
  ],
);

/** Guidance to a class of entities in one action (常政办发〔2025〕5号 第三项): the campaign and, per entity, its document. */
export const guidanceCampaigns = pgTable(
  'guidance_campaigns',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    departmentId: uuid('department_id').notNull(),
    measureType: text('measure_type').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    legalBasis: text('legal_basis').notNull(),
    target: jsonb('target').notNull(),
    entityCount: integer('entity_count').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] })],
);

export const guidanceRecipients = pgTable(
  'guidance_recipients',
  {
    regionCode: text('region_code').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    entityId: uuid('entity_id').notNull(),
    documentId: uuid('document_id').notNull(),
    readAt: tstz('read_at'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.campaignId, t.entityId] }),
    index('guidance_recipients_entity_idx').on(t.regionCode, t.entityId),
    foreignKey({
      name: 'guidance_recipients_campaign_fk',
      columns: [t.regionCode, t.campaignId],
      foreignColumns: [guidanceCampaigns.regionCode, guidanceCampaigns.id],
    }),
  ],
);

/** 公益抵罚 (常政办发〔2025〕5号 第五项): a department's published conversion rule, hours of service to yuan, with caps. */
export const serviceOffsetRules = pgTable(
  'service_offset_rules',
  {
    regionCode: text('region_code').notNull(),
    departmentId: uuid('department_id').notNull(),
    /** public_security | transport (常政办发〔2025〕5号 第五项). */
    field: text('field').notNull(),
    yuanPerHour: integer('yuan_per_hour').notNull(),
    capYuan: integer('cap_yuan'),
    capPercentOfFine: integer('cap_percent_of_fine'),
    publishedBy: uuid('published_by').notNull(),
    publishedAt: tstz('published_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.departmentId] })],
);

/**
 * The State Council's public-holiday arrangements (工作日 calendar, docs/contracts/workdays-api.md), one row a
 * year: shared by every region (reference). 2025 and 2026 ship with the product; an administrator enters
 * later years in the UI.
 */
export const holidayArrangements = pgTable('holiday_arrangements', {
  year: smallint('year').primaryKey(),
  source: text('source').notNull(),
  /** `[{ name, from, to }]` — days off, weekend days inside a block included. */
  holidays: jsonb('holidays').notNull(),
  /** Saturdays and Sundays that are working days (调休上班). */
  workdays: jsonb('workdays').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: tstz('updated_at').notNull(),
});
