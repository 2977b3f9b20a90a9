import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns';

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
