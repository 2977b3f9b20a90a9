/**
 * SQL of a recorded change (`record-change.ts`): its event and its audit row go into their chains together, so the
 * two chains' heads are read in one statement and the two rows inserted in one (two round trips where four were,
 * with both chains' locks held: issue 15 item 5).
 */
import { type Queryable, runLater } from '../db/database';
import { AUDIT_HEAD, AUDIT_INSERT_COLUMNS, auditValues, type StoredAudit } from './audit.repository';
import { type ChainHead, EVENT_HEAD, EVENT_INSERT_COLUMNS, eventValues, type StoredEvent } from './event.repository';

/** `$1 … $n` from `from`. */
const placeholders = (n: number, from: number) => Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ');

/** A statement's parameters `$n` as `$(n + offset)`. */
const renumbered = (sql: string, offset: number) => sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);

/** `EVENT_HEAD` and `AUDIT_HEAD` as lateral subqueries of one row; the audit head's parameters after the event head's. */
const HEADS = `SELECT e.seq AS "eventSeq", e.hash AS "eventHash", a.seq AS "auditSeq", a.hash AS "auditHash"
  FROM (SELECT 1) one
  LEFT JOIN LATERAL (${EVENT_HEAD}) e ON true
  LEFT JOIN LATERAL (${renumbered(AUDIT_HEAD, 3)}) a ON true`;

/**
 * The heads of the event's chain and of the audit row's lane, in the caller's transaction, which holds both chains'
 * locks (`lockChainPair`): a statement after the locks, so it sees every row committed before them.
 */
export async function changeHeads(
  tx: Queryable,
  event: { regionCode: string; aggregateType: string; aggregateId: string },
  audit: { regionCode: string; day: string; lane: number },
): Promise<{ event: ChainHead; audit: ChainHead }> {
  const r = await tx.query<{ eventSeq: number | null; eventHash: string | null; auditSeq: number | null; auditHash: string | null }>(
    HEADS,
    [event.regionCode, event.aggregateType, event.aggregateId, audit.regionCode, audit.day, audit.lane],
    { prepare: 'change_heads' },
  );
  const row = r.rows[0];
  return {
    event: row?.eventSeq != null && row.eventHash != null ? { seq: row.eventSeq, hash: row.eventHash } : undefined,
    audit: row?.auditSeq != null && row.auditHash != null ? { seq: row.auditSeq, hash: row.auditHash } : undefined,
  };
}

const EVENT_COUNT = EVENT_INSERT_COLUMNS.split(',').length;
const AUDIT_COUNT = AUDIT_INSERT_COLUMNS.split(',').length;

/**
 * Both inserts as data-modifying CTEs of one statement: PostgreSQL runs each to completion whether or not the query
 * reads it, and an insert that fails fails the statement. Nothing is returned: on Citus, a CTE the query read would be
 * sent back through the coordinator as an intermediate result; unread, each insert is one single-shard task.
 */
const INSERT_CHANGE = `WITH e AS (INSERT INTO events (${EVENT_INSERT_COLUMNS}) VALUES (${placeholders(EVENT_COUNT, 1)})),
  a AS (INSERT INTO audit_log (${AUDIT_INSERT_COLUMNS}) VALUES (${placeholders(AUDIT_COUNT, EVENT_COUNT + 1)}))
  SELECT 1`;

/** Inserts the event and the audit row, each after its chain's head as `changeHeads` read it. */
export async function insertChange(tx: Queryable, event: StoredEvent, audit: StoredAudit): Promise<void> {
  // Sent with the transaction's next statement or its COMMIT (`runLater`): it returns nothing.
  await runLater(tx, INSERT_CHANGE, [...eventValues(event), ...auditValues(audit)], { prepare: 'change_insert' });
}
