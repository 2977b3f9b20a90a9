/** 白名单 (常政办发〔2025〕5号 第十二项): the register and the history of every change to an entry. */
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns';
import { departments, entities } from './platform';

/**
 * An entry of the register: proposed by a department with reasons, approved by its reviewer, confirmed by the Judicial
 * Bureau; `active` and `removal_proposed` are in force. `entities.whitelisted` is derived from it (written with each step).
 */
export const whitelistEntries = pgTable(
  'whitelist_entries',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** The proposing department. */
    departmentId: uuid('department_id').notNull(),
    /** key_industry | key_enterprise */
    basis: text('basis').notNull(),
    reason: text('reason').notNull(),
    /** proposed | approved | active | removal_proposed | refused | removed (domain `WHITELIST_STATES`) */
    state: text('state').notNull(),
    proposedBy: uuid('proposed_by').notNull(),
    proposedByName: text('proposed_by_name').notNull(),
    proposedAt: tstz('proposed_at').notNull(),
    nextReviewOn: date('next_review_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    updatedAt: tstz('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    // One open entry per entity: a refused or removed one may be proposed again.
    uniqueIndex('whitelist_entries_open_uq').on(t.regionCode, t.entityId).where(sql`state NOT IN ('refused', 'removed')`),
    index('whitelist_entries_state_idx').on(t.regionCode, t.state),
    foreignKey({
      name: 'whitelist_entries_entity_fk',
      columns: [t.regionCode, t.entityId],
      foreignColumns: [entities.regionCode, entities.id],
    }),
    foreignKey({
      name: 'whitelist_entries_dept_fk',
      columns: [t.regionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/** Every change of an entry, in order: who, when, which step, from and to which state, why and what changed. */
export const whitelistHistory = pgTable(
  'whitelist_history',
  {
    regionCode: text('region_code').notNull(),
    entryId: uuid('entry_id').notNull(),
    seq: integer('seq').notNull(),
    /** propose | seed | approve | confirm | refuse | review | adjust | propose_removal | remove | keep */
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    reason: text('reason').notNull(),
    changes: jsonb('changes').notNull().default({}),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    actorDepartmentName: text('actor_department_name'),
    occurredAt: tstz('occurred_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.entryId, t.seq] }),
    foreignKey({
      name: 'whitelist_history_entry_fk',
      columns: [t.regionCode, t.entryId],
      foreignColumns: [whitelistEntries.regionCode, whitelistEntries.id],
    }),
  ],
);
