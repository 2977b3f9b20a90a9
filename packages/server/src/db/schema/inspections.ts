import { sql } from 'drizzle-orm';
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
import { bytea, tstz } from './columns';
import { departments, entities } from './platform';

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
    /** The check points (检查要点), in the order of the visit: a JSON array of strings. */
    checklist: jsonb('checklist').notNull().default([]),
    /** A key item's fixed schedule (once every N months: 1, 3, 6 or 12); null for a non-key item. */
    scheduleEveryMonths: smallint('schedule_every_months'),
    /** Optimistic version of the department's edits. */
    version: integer('version').notNull().default(1),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at'),
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
    // The department's inspection list, newest first, whole or by status (searchPlans).
    index('inspection_plans_dept_created_idx').on(t.regionCode, t.departmentId, t.createdAt, t.id),
    index('inspection_plans_dept_status_created_idx').on(t.regionCode, t.departmentId, t.status, t.createdAt, t.id),
    // The 综合查一次 recount (常政办发〔2025〕5号 第四项): the visits checked in within a period, then their joint groups' plans.
    index('inspection_plans_checked_in_idx').on(t.regionCode, t.checkedInAt).where(sql`checked_in_at IS NOT NULL`),
    index('inspection_plans_joint_group_idx').on(t.regionCode, t.jointGroupId).where(sql`joint_group_id IS NOT NULL`),
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
    /** draft | published: plans are merged by the published entries only (the Judicial Bureau publishes the list). */
    status: text('status').notNull().default('published'),
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
