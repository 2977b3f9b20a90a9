/**
 * 白名单 (常政办发〔2025〕5号 第十二项): the register of key industries' and key enterprises' entries, each proposed by a
 * department with reasons, approved by that department's reviewer, confirmed by the Judicial Bureau, reviewed and
 * adjusted over time; every change a history row. Visible to every department: the cap binds them all.
 */
import { z } from 'zod';
import { CalendarDateSchema, PageQuerySchema, pageOf, UuidSchema } from './common';

/** The states of an entry (domain `WHITELIST_STATES`): only `active` and `removal_proposed` are in force. */
export const WHITELIST_ENTRY_STATES = ['proposed', 'approved', 'active', 'removal_proposed', 'refused', 'removed'] as const;
export type WhitelistEntryState = (typeof WHITELIST_ENTRY_STATES)[number];
/** The steps after the proposal (domain `WHITELIST_ACTIONS`). */
export const WHITELIST_STEP_ACTIONS = ['approve', 'confirm', 'refuse', 'review', 'adjust', 'propose_removal', 'remove', 'keep'] as const;
export type WhitelistStepAction = (typeof WHITELIST_STEP_ACTIONS)[number];
/** 重点行业 or 重点企业 (常政办发〔2025〕5号 第十二项: 建立重点行业、重点企业服务管理"白名单"). */
export const WHITELIST_BASES = ['key_industry', 'key_enterprise'] as const;
export type WhitelistBasis = (typeof WHITELIST_BASES)[number];

const ReasonSchema = z.string().trim().min(4, '请写明理由（至少4个字）').max(500, '理由最多500个字');

/** A department proposes an entity, with its reasons. */
export const WhitelistProposeSchema = z.object({
  entityId: UuidSchema,
  basis: z.enum(WHITELIST_BASES, { message: '列入依据应为重点行业或重点企业' }),
  reason: ReasonSchema,
});
export type WhitelistPropose = z.infer<typeof WhitelistProposeSchema>;

/** A step on an entry: its reason always; a review or adjustment may set the next review date and the basis. */
export const WhitelistStepBodySchema = z.object({
  action: z.enum(WHITELIST_STEP_ACTIONS, { message: '操作取值不正确' }),
  reason: ReasonSchema,
  nextReviewOn: CalendarDateSchema.nullish(),
  basis: z.enum(WHITELIST_BASES).nullish(),
  /** Optimistic version: the one the user read; a stale one gets 409. */
  version: z.number().int().min(1),
});
export type WhitelistStepBody = z.infer<typeof WhitelistStepBodySchema>;

export const WhitelistEntrySchema = z.object({
  id: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  uscc: z.string(),
  industryCode: z.string(),
  /** The proposing department. */
  departmentId: z.string(),
  departmentName: z.string(),
  basis: z.enum(WHITELIST_BASES),
  reason: z.string(),
  state: z.enum(WHITELIST_ENTRY_STATES),
  /** In force for the inspection caps (active, or active with a removal request pending). */
  inForce: z.boolean(),
  proposedByName: z.string(),
  proposedAt: z.string(),
  nextReviewOn: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type WhitelistEntry = z.infer<typeof WhitelistEntrySchema>;
export const WhitelistEntryPageSchema = pageOf(WhitelistEntrySchema);

export const WhitelistListQuerySchema = PageQuerySchema.extend({
  state: z.enum(WHITELIST_ENTRY_STATES).optional(),
  /** Name or 统一社会信用代码. */
  q: z.string().trim().max(100).optional(),
});
export type WhitelistListQuery = z.infer<typeof WhitelistListQuerySchema>;

/** One change of an entry: who, when, which step, from and to which state, why. */
export const WhitelistHistoryRowSchema = z.object({
  seq: z.number().int(),
  action: z.enum(['propose', 'seed', ...WHITELIST_STEP_ACTIONS]),
  fromState: z.enum(WHITELIST_ENTRY_STATES).nullable(),
  toState: z.enum(WHITELIST_ENTRY_STATES),
  reason: z.string(),
  /** What an adjustment or review changed (basis, next review date). */
  changes: z.record(z.string(), z.unknown()),
  actorName: z.string(),
  actorDepartmentName: z.string().nullable(),
  occurredAt: z.string(),
});
export type WhitelistHistoryRow = z.infer<typeof WhitelistHistoryRowSchema>;
