/**
 * The event table (DESIGN.md "Records that can be trusted"): append-only rows, one hash chain per
 * aggregate, written in the transaction of the change they record.
 */
import { inTransaction, lockChain, type Queryable, runLater } from '../db/database';
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
    await lockChain(tx, eventChainKey(input));
    return appendEventInLockedChain(tx, input);
  });
}

/** The key of the event chain's transaction lock: one chain per aggregate. */
export function eventChainKey(input: Pick<EventInput, 'regionCode' | 'aggregateType' | 'aggregateId'>): string {
  return `event|${input.regionCode}|${input.aggregateType}|${input.aggregateId}`;
}

/** The last event of the input's chain (its head), in the caller's transaction. */
export const EVENT_HEAD =
  'SELECT seq, hash FROM events WHERE region_code = $1 AND aggregate_type = $2 AND aggregate_id = $3 ORDER BY seq DESC LIMIT 1';

/** A chain's last row: its seq and hash (none for a new chain). */
export type ChainHead = { seq: number; hash: string } | undefined;

/** The event as it is appended after `head`: the next seq, the hash chained to the head's. */
export function nextEvent(input: EventInput, head: ChainHead): StoredEvent {
  const base = {
    regionCode: input.regionCode,
    id: newId(),
    aggregateType: input.aggregateType,
    aggregateId: input.aggregateId,
    seq: (head?.seq ?? 0) + 1,
    type: input.type,
    actorId: input.actor.id,
    actorName: input.actor.name,
    occurredAt: new Date(input.occurredAt).toISOString(),
    fromState: input.fromState ?? null,
    toState: input.toState ?? null,
    payload: input.payload,
    attachments: input.attachments ?? [],
  };
  const prevHash = head?.hash ?? null;
  return { ...base, prevHash, hash: chainHash(prevHash, eventHashFields(base)) };
}

/** The columns an event is inserted with, in the order of `eventValues`. */
export const EVENT_INSERT_COLUMNS =
  'region_code, id, aggregate_type, aggregate_id, seq, type, actor_id, actor_name, occurred_at, from_state, to_state, payload, attachments, prev_hash, hash';

/** The event's values for `EVENT_INSERT_COLUMNS`. */
export function eventValues(e: StoredEvent): unknown[] {
  return [
    e.regionCode,
    e.id,
    e.aggregateType,
    e.aggregateId,
    e.seq,
    e.type,
    e.actorId,
    e.actorName,
    e.occurredAt,
    e.fromState,
    e.toState,
    JSON.stringify(e.payload),
    JSON.stringify(e.attachments),
    e.prevHash,
    e.hash,
  ];
}

/** Appends the event in the caller's transaction, which already holds the lock of `eventChainKey(input)`. */
export async function appendEventInLockedChain(tx: Queryable, input: EventInput): Promise<StoredEvent> {
  const last = await tx.query<{ seq: number; hash: string }>(EVENT_HEAD, [input.regionCode, input.aggregateType, input.aggregateId], {
    prepare: 'event_head',
  });
  const event = nextEvent(input, last.rows[0]);
  // Sent with the transaction's next statement or its COMMIT (`runLater`): the event is known without reading it back.
  await runLater(
    tx,
    `INSERT INTO events (${EVENT_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    eventValues(event),
    { prepare: 'event_insert' },
  );
  return event;
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
