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
  uuid,
} from 'drizzle-orm/pg-core';
import { tstz } from './columns';
import { persons } from './parties';
import { entities } from './platform';

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
    /** entity | person: the party is a registry entity (`entity_id`, `party_uscc`) or a natural person (`person_id`). */
    partyKind: text('party_kind').notNull().default('entity'),
    entityId: uuid('entity_id'),
    personId: uuid('person_id'),
    partyUscc: text('party_uscc'),
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
    // The department's case list, newest first, whole or by state (searchCases), and the 待办 lines by state.
    index('cases_department_created_idx').on(t.regionCode, t.departmentId, t.createdAt, t.id),
    index('cases_department_state_created_idx').on(t.regionCode, t.departmentId, t.state, t.createdAt, t.id),
    index('cases_entity_idx').on(t.regionCode, t.entityId),
    index('cases_person_idx').on(t.regionCode, t.personId),
    foreignKey({ name: 'cases_entity_fk', columns: [t.regionCode, t.entityId], foreignColumns: [entities.regionCode, entities.id] }),
    foreignKey({ name: 'cases_person_fk', columns: [t.regionCode, t.personId], foreignColumns: [persons.regionCode, persons.id] }),
    // Exactly one party, of the kind named.
    check(
      'cases_party_ck',
      sql`(${t.partyKind} = 'entity' AND ${t.entityId} IS NOT NULL AND ${t.partyUscc} IS NOT NULL AND ${t.personId} IS NULL) OR (${t.partyKind} = 'person' AND ${t.personId} IS NOT NULL AND ${t.entityId} IS NULL AND ${t.partyUscc} IS NULL)`,
    ),
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
 * 公益抵罚 carried out (常政办发〔2025〕5号 第五项): the public service a party did, recorded by an officer with its
 * evidence (a file of the case) and verified by another member of the department before a reduction can be
 * approved. `verified_by` null: recorded, not yet verified.
 */
export const publicServiceRecords = pgTable(
  'public_service_records',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    serviceOn: date('service_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    description: text('description').notNull(),
    hours: integer('hours').notNull(),
    /** The case material (an upload) that shows the service: sign-in sheet, photos, the host's certificate. */
    evidenceMaterialId: uuid('evidence_material_id').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: tstz('recorded_at').notNull(),
    verifiedBy: uuid('verified_by'),
    verifiedByName: text('verified_by_name'),
    verifiedAt: tstz('verified_at'),
    verificationNote: text('verification_note'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('public_service_records_case_idx').on(t.regionCode, t.caseId),
    check('public_service_records_hours_ck', sql`${t.hours} > 0`),
    foreignKey({ name: 'public_service_records_case_fk', columns: [t.regionCode, t.caseId], foreignColumns: [cases.regionCode, cases.id] }),
  ],
);
