import {
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tstz } from './columns';

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
    /** 联系电话 shown on its documents and the public pages that name it (issue 14 defect 12). */
    contactPhone: text('contact_phone').notNull().default(''),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('departments_code_uq').on(t.regionCode, t.code),
    unique('departments_name_uq').on(t.regionCode, t.name),
  ],
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
    /** Last day the 行政执法证 is valid (《行政处罚法》第四十二条: 执法人员应当主动出示执法证件). */
    certificateExpiresOn: date('certificate_expires_on', { mode: 'string' }),
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

/**
 * Failed logins per account AND source address (SECURITY.md "Identity and sessions": 5 failures lock for 15
 * minutes; GB/T 22239-2019 §8.1.4.1 登录失败处理). The lock binds the account from the address that failed, so
 * that an attacker guessing from one address cannot lock the owner out from everywhere; the rate limit per
 * address (http/abuse) bounds the guessing. `users.locked_until` keeps the latest lock for the administrators' list.
 */
export const loginLockouts = pgTable(
  'login_lockouts',
  {
    regionCode: text('region_code').notNull(),
    userId: uuid('user_id').notNull(),
    source: text('source').notNull(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: tstz('locked_until'),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.userId, t.source] })],
);

/**
 * A region's security settings set by its security administrator: `require_second_factor` — every staff
 * account (not the enterprises', not the demo accounts) must enrol the second factor before it gets a session
 * (SECURITY.md "Identity and sessions": 等保 level 3, two factors for officers and administrators).
 */
export const securitySettings = pgTable('security_settings', {
  regionCode: text('region_code').primaryKey(),
  requireSecondFactor: boolean('require_second_factor').notNull().default(false),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/**
 * The second factor of an account (SECURITY.md "Identity and sessions": TOTP, RFC 6238). The secret is
 * encrypted like personal data (AES-256-GCM, key outside the database); it counts once `enabled_at` is set
 * (the user has proved the authenticator with a code). `last_counter` refuses a code used before.
 */
export const userSecondFactors = pgTable(
  'user_second_factors',
  {
    regionCode: text('region_code').notNull(),
    userId: uuid('user_id').notNull(),
    secretEnc: text('secret_enc').notNull(),
    enabledAt: tstz('enabled_at'),
    lastCounter: bigint('last_counter', { mode: 'number' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.userId] })],
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
    /** The region-prefixed character pairs of the name and legal representative (entities/search-grams.ts), GIN-indexed. */
    searchGrams: text('search_grams').array().notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('entities_uscc_uq').on(t.regionCode, t.uscc),
    index('entities_industry_idx').on(t.regionCode, t.industryCode),
    index('entities_name_idx').on(t.regionCode, t.name),
    index('entities_search_grams_idx').using('gin', t.searchGrams),
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

/**
 * The first answer to each creating request a signed-in user sent with an `Idempotency-Key` (http/idempotency.ts):
 * a double click or a retry of the same submission gets that answer again and nothing is written twice.
 * `status` null while the first request is still being handled.
 */
export const idempotentRequests = pgTable(
  'idempotent_requests',
  {
    regionCode: text('region_code').notNull(),
    userId: uuid('user_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: smallint('status'),
    reply: text('reply'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.userId, t.idempotencyKey] }), index('idempotent_requests_created_idx').on(t.createdAt)],
);
