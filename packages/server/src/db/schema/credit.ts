/**
 * Issued penalty decisions (行政处罚决定) of the departments and their re-check for 小案重罚/过罚不当
 * (常政办发〔2025〕5号 第十一项、第十五项): the decisions, the correction items the engine's flags make, the
 * departments' API keys and the answers to pushes by idempotency key, and the region's correction period.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tstz } from './columns';
import { departments } from './platform';

export const issuedDecisions = pgTable(
  'issued_decisions',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    /** The issuing department: the decision is its record. */
    departmentId: uuid('department_id').notNull(),
    /** 决定书文号, unique per department. */
    documentNo: text('document_no').notNull(),
    /** legal_person | other_organization | natural_person */
    partyType: text('party_type').notNull(),
    /** A registered entity (its sanction record holds the foreign key)… */
    entityId: uuid('entity_id'),
    /** …or a natural person: name, 公民身份号码 encrypted (FieldCrypto) and its keyed look-up hash. */
    personName: text('person_name'),
    personIdEnc: text('person_id_enc'),
    personHash: text('person_hash'),
    violationCode: text('violation_code').notNull(),
    /** The facts as the decision engine takes them (IssuedFactsSchema). */
    facts: jsonb('facts').notNull(),
    /** Penalty kinds (行政处罚法 第九条), PENALTY_KINDS values. */
    penalties: text('penalties').array().notNull(),
    fineYuan: numeric('fine_yuan', { precision: 16, scale: 2 }).notNull().default('0'),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    fulfilledOn: date('fulfilled_on', { mode: 'string' }),
    /** import | push | correction */
    source: text('source').notNull(),
    importJobId: uuid('import_job_id'),
    /** The decision this one corrects (source correction). */
    correctsId: uuid('corrects_id'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('issued_decisions_document_no_uq').on(t.regionCode, t.departmentId, t.documentNo),
    index('issued_decisions_decided_idx').on(t.regionCode, t.decidedOn),
    check('issued_decisions_party_ck', sql`(${t.entityId} IS NULL) <> (${t.personHash} IS NULL)`),
    // No foreign key to departments: the writer is the department itself (its user or its API key), and a
    // per-row check would cost an import of a million decisions more than the rest of its write.
  ],
);

export const correctionItems = pgTable(
  'correction_items',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    departmentId: uuid('department_id').notNull(),
    decisionId: uuid('decision_id').notNull(),
    /** should_not_penalize | outside_benchmark */
    reason: text('reason').notNull(),
    /** The engine's explanation and basis (articles, list entries) and the fine range it allowed. */
    explanation: text('explanation').notNull(),
    basis: jsonb('basis').notNull(),
    fineRange: jsonb('fine_range'),
    /** open | corrected | justified */
    status: text('status').notNull(),
    /** The last working day to correct or justify (work calendar). */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** Set by the daily sweep the day the item is found overdue. */
    overdueOn: date('overdue_on', { mode: 'string' }),
    justification: text('justification'),
    correctedDecisionId: uuid('corrected_decision_id'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    resolvedAt: tstz('resolved_at'),
    resolvedBy: uuid('resolved_by'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('correction_items_decision_uq').on(t.regionCode, t.decisionId),
    index('correction_items_dept_idx').on(t.regionCode, t.departmentId, t.status, t.dueOn),
    index('correction_items_due_idx').on(t.regionCode, t.status, t.dueOn),
    foreignKey({
      name: 'correction_items_decision_fk',
      columns: [t.regionCode, t.decisionId],
      foreignColumns: [issuedDecisions.regionCode, issuedDecisions.id],
    }),
  ],
);

/** A department case system's key for the push API: only its SHA-256 is stored; shown once when created. */
export const departmentApiKeys = pgTable(
  'department_api_keys',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    departmentId: uuid('department_id').notNull(),
    label: text('label').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
    revokedAt: tstz('revoked_at'),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('department_api_keys_hash_uq').on(t.regionCode, t.keyHash),
    foreignKey({
      name: 'department_api_keys_department_fk',
      columns: [t.regionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/** The answer given to a push, by its Idempotency-Key: a retry with the same key and body gets it again, nothing stored twice. */
export const pushRequests = pgTable(
  'push_requests',
  {
    regionCode: text('region_code').notNull(),
    departmentId: uuid('department_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    reply: jsonb('reply').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.departmentId, t.idempotencyKey] })],
);

/** Per region: working days a department has to correct or justify a correction item. */
export const correctionSettings = pgTable('correction_settings', {
  regionCode: text('region_code').primaryKey(),
  workingDays: integer('working_days').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});

/**
 * 失信信息: one per issued penalty decision that imposes a penalty, made in the same transaction as the
 * decision. Severity by the rules that are data (`classifySeverity`), publicity by the publicity calculator
 * (信用修复管理办法 国家发展改革委令第36号). Ended by repair, by the daily job at the maximum, or withdrawn.
 */
export const creditRecords = pgTable(
  'credit_records',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    /** The penalty decision behind the record; null for a false commitment (self_inspection_id). */
    decisionId: uuid('decision_id'),
    /** A false commitment found on site (承诺式检查, 常政办发〔2025〕5号 第十三项); null for a decision's record. */
    selfInspectionId: uuid('self_inspection_id'),
    /** The issuing department (it decides repairs and objections). */
    departmentId: uuid('department_id').notNull(),
    entityId: uuid('entity_id'),
    personHash: text('person_hash'),
    /** minor | general | serious */
    severity: text('severity').notNull(),
    severityRule: text('severity_rule').notNull(),
    severityBasis: text('severity_basis').notNull(),
    /** publicized | not_publicized | repaired | expired | withdrawn */
    status: text('status').notNull(),
    /** Publicity counted from the decision date; null when not publicised. */
    minEnd: date('min_end', { mode: 'string' }),
    repairEligibleFrom: date('repair_eligible_from', { mode: 'string' }),
    maxEnd: date('max_end', { mode: 'string' }),
    regime: text('regime').notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('credit_records_decision_uq').on(t.regionCode, t.decisionId),
    // Partial: only a record from a false self-inspection commitment has one (decision records leave it null).
    uniqueIndex('credit_records_self_inspection_uq').on(t.regionCode, t.selfInspectionId).where(sql`self_inspection_id IS NOT NULL`),
    check('credit_records_source_ck', sql`(${t.decisionId} IS NULL) <> (${t.selfInspectionId} IS NULL)`),
    index('credit_records_entity_idx').on(t.regionCode, t.entityId, t.status),
    index('credit_records_status_idx').on(t.regionCode, t.status, t.maxEnd),
    foreignKey({
      name: 'credit_records_decision_fk',
      columns: [t.regionCode, t.decisionId],
      foreignColumns: [issuedDecisions.regionCode, issuedDecisions.id],
    }),
  ],
);

/** 信用修复申请 (国家发展改革委令第36号): applied → approved | refused; decided within 10 working days. */
export const creditRepairs = pgTable(
  'credit_repairs',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    recordId: uuid('record_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    /** applied | approved | refused | withdrawn */
    status: text('status').notNull(),
    /** The signed 信用承诺书: when, and the stored .docx. */
    commitmentSignedAt: tstz('commitment_signed_at').notNull(),
    commitmentSha256: text('commitment_sha256').notNull(),
    /** Uploaded materials: [{ sha256, fileName, mediaType }]. */
    materials: jsonb('materials').notNull(),
    statement: text('statement').notNull(),
    appliedBy: uuid('applied_by').notNull(),
    appliedAt: tstz('applied_at').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: tstz('decided_at'),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('credit_repairs_dept_idx').on(t.regionCode, t.departmentId, t.status),
    index('credit_repairs_record_idx').on(t.regionCode, t.recordId),
  ],
);

/** 异议申诉: filed → corrected | withdrawn | confirmed, within the configured working days. */
export const creditObjections = pgTable(
  'credit_objections',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    recordId: uuid('record_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    /** filed | corrected | withdrawn | confirmed */
    status: text('status').notNull(),
    grounds: text('grounds').notNull(),
    materials: jsonb('materials').notNull(),
    filedBy: uuid('filed_by').notNull(),
    filedAt: tstz('filed_at').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: tstz('decided_at'),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('credit_objections_dept_idx').on(t.regionCode, t.departmentId, t.status),
    index('credit_objections_record_idx').on(t.regionCode, t.recordId, t.status),
  ],
);

/** Per region: working days a department has to decide an objection (异议申诉). */
export const objectionSettings = pgTable('objection_settings', {
  regionCode: text('region_code').primaryKey(),
  workingDays: integer('working_days').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});
