/**
 * The event table (DESIGN.md "Records that can be trusted"): append-only rows, one hash chain per
 * aggregate, written in the transaction of the change they record.
 */
import { CHAIN_LOCK, inTransaction, type Queryable } from '../db/database';
import { chainHash } from './canonical';
import { newId } from './ids';

export interface EventInput {
  regionCode: string;
  aggregateType: string;
  aggregateId: string;
  type: string;
  actor: { id: string | null; name: string };
  occurredAt: string;
  fromState?: string | null;
  toState?: string | null;
  payload: Record<string, unknown>;
  /** SHA-256 of attached files in the content-addressed store. */
  attachments?: string[];
}

export interface StoredEvent {
  regionCode: string;
  id: string;
  aggregateType: string;
  aggregateId: string;
  seq: number;
  type: string;
  actorId: string | null;
  actorName: string;
  occurredAt: string;
  fromState: string | null;
  toState: string | null;
  payload: Record<string, unknown>;
  attachments: string[];
  prevHash: string | null;
  hash: string;
}

/** The fields a chain hash covers, in one place for writing and for verifying. */
export function eventHashFields(e: Omit<StoredEvent, 'prevHash' | 'hash'>): Record<string, unknown> {
  return {
    regionCode: e.regionCode,
    id: e.id,
    aggregateType: e.aggregateType,
    aggregateId: e.aggregateId,
    seq: e.seq,
    type: e.type,
    actorId: e.actorId,
    actorName: e.actorName,
    occurredAt: e.occurredAt,
    fromState: e.fromState,
    toState: e.toState,
    payload: e.payload,
    attachments: e.attachments,
  };
}

const EVENT_COLUMNS = `region_code AS "regionCode", id, aggregate_type AS "aggregateType", aggregate_id AS "aggregateId", seq, type,
  actor_id AS "actorId", actor_name AS "actorName", occurred_at AS "occurredAt", from_state AS "fromState", to_state AS "toState",
  payload, attachments, prev_hash AS "prevHash", hash`;

/**
 * Appends one event to its aggregate's chain, inside the change's transaction (given the database, in a
 * transaction of its own: the chain's lock lasts until the transaction ends).
 */
export function appendEvent(q: Queryable, input: EventInput): Promise<StoredEvent> {
  return inTransaction(q, async (tx) => {
    // Serialise appends to one chain (not to the whole table) until this transaction ends.
    await tx.query(CHAIN_LOCK, [eventChainKey(input)], { prepare: 'chain_lock' });
    return appendEventInLockedChain(tx, input);
  });
}

/** The key of the event chain's transaction lock: one chain per aggregate. */
export function eventChainKey(input: Pick<EventInput, 'regionCode' | 'aggregateType' | 'aggregateId'>): string {
  return `event|${input.regionCode}|${input.aggregateType}|${input.aggregateId}`;
}

/** Appends the event in the caller's transaction, which already holds the lock of `eventChainKey(input)`. */
export async function appendEventInLockedChain(tx: Queryable, input: EventInput): Promise<StoredEvent> {
  const last = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM events WHERE region_code = $1 AND aggregate_type = $2 AND aggregate_id = $3 ORDER BY seq DESC LIMIT 1',
    [input.regionCode, input.aggregateType, input.aggregateId],
    { prepare: 'event_head' },
  );
  const prev = last.rows[0];
  const base = {
    regionCode: input.regionCode,
    id: newId(),
    aggregateType: input.aggregateType,
    aggregateId: input.aggregateId,
    seq: (prev?.seq ?? 0) + 1,
    type: input.type,
    actorId: input.actor.id,
    actorName: input.actor.name,
    occurredAt: new Date(input.occurredAt).toISOString(),
    fromState: input.fromState ?? null,
    toState: input.toState ?? null,
    payload: input.payload,
    attachments: input.attachments ?? [],
  };
  const prevHash = prev?.hash ?? null;
  const hash = chainHash(prevHash, eventHashFields(base));
  await tx.query(
    `INSERT INTO events (region_code, id, aggregate_type, aggregate_id, seq, type, actor_id, actor_name, occurred_at, from_state, to_state, payload, attachments, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      base.regionCode,
      base.id,
      base.aggregateType,
      base.aggregateId,
      base.seq,
      base.type,
      base.actorId,
      base.actorName,
      base.occurredAt,
      base.fromState,
      base.toState,
      JSON.stringify(base.payload),
      JSON.stringify(base.attachments),
      prevHash,
      hash,
    ],
    { prepare: 'event_insert' },
  );
  return { ...base, prevHash, hash };
}

export async function listEvents(db: Queryable, regionCode: string, aggregateType: string, aggregateId: string): Promise<StoredEvent[]> {
  const r = await db.query<StoredEvent>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE region_code = $1 AND aggregate_type = $2 AND aggregate_id = $3 ORDER BY seq`,
    [regionCode, aggregateType, aggregateId],
  );
  return r.rows;
}

/** Where a page of `eventsInChainOrder` ends: the last row's chain and sequence number. */
export type EventChainKey = readonly [regionCode: string, aggregateType: string, aggregateId: string, seq: number];

/** Every event, chain by chain and in sequence, a page of `limit` rows after `after` (from the start when null). */
export async function eventsInChainOrder(db: Queryable, after: EventChainKey | null, limit: number): Promise<StoredEvent[]> {
  const r = after
    ? await db.query<StoredEvent>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE (region_code, aggregate_type, aggregate_id, seq) > ($1, $2, $3, $4)
         ORDER BY region_code, aggregate_type, aggregate_id, seq LIMIT ${limit}`,
        [...after],
      )
    : await db.query<StoredEvent>(
        `SELECT ${EVENT_COLUMNS} FROM events ORDER BY region_code, aggregate_type, aggregate_id, seq LIMIT ${limit}`,
      );
  return r.rows;
}
