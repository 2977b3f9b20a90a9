/**
 * Where the re-checked decisions of an import go while its file is read. A file is stored whole or not at
 * all, so all of it goes into one transaction:
 * - on a PostgreSQL server that transaction is open while the file is read: each batch is written (COPY)
 *   while the next one is read and re-checked — at most one write in flight — and the transaction rolls
 *   back when a bad row turns up, so nothing of a bad file stays;
 * - on PGlite (one connection, which the re-check's look-ups need meanwhile) the batches wait in memory
 *   and are written at the end, in one transaction, only if every row was good.
 * The re-check's look-ups (registered 文号, earlier decisions) go through the database, not the open
 * transaction: on both engines they see what was stored before this file, never the file itself.
 */
import type { Database, Queryable } from '../../db/database';
import { createWriteInFlight } from '../../imports/write-in-flight';
import type { PreparedDecision } from '../prepared-decision';

export interface DecisionSink {
  /** Hands a batch over (on a server: waits for the write in flight, then starts this one). */
  add(rows: readonly PreparedDecision[]): Promise<void>;
  /** Rows handed over so far. */
  readonly rows: number;
}

/** Writes one batch (its rows and its event) in the storing transaction; batches are numbered from 1. */
export type BatchWriter = (tx: Queryable, rows: readonly PreparedDecision[], batch: number) => Promise<void>;

/** Rolls back the storing transaction of a file that had a bad row. */
class Discard extends Error {}

function pipelined(tx: Queryable, write: BatchWriter): DecisionSink & { settle(): Promise<void> } {
  const writes = createWriteInFlight();
  let rows = 0;
  let batch = 0;
  return {
    settle: writes.settle,
    get rows() {
      return rows;
    },
    async add(b) {
      await writes.settle();
      rows += b.length;
      const n = ++batch;
      await writes.start(() => write(tx, b, n));
    },
  };
}

/**
 * Runs `read` (which hands the file's batches to the sink) and stores what it handed over if `keep` says so
 * once reading is done; otherwise nothing is stored. Returns `read`'s value and the rows stored.
 */
export async function withDecisionSink<T>(
  db: Database,
  write: BatchWriter,
  read: (sink: DecisionSink) => Promise<T>,
  keep: (value: T) => boolean,
): Promise<{ value: T; stored: number }> {
  if (db.kind === 'postgres') {
    let ran = false;
    let out: { value: T; stored: number } | undefined;
    try {
      await db.transaction(async (tx) => {
        // The file is read once: a transaction retried (deadlock) could not read it again.
        if (ran) {
          throw new Error('the storing transaction of an import cannot be retried');
        }
        ran = true;
        const sink = pipelined(tx, write);
        let value: T;
        try {
          value = await read(sink);
        } catch (err) {
          // Never leave a write running on the connection the rollback needs.
          await sink.settle().catch(() => undefined);
          throw err;
        }
        await sink.settle();
        out = { value, stored: sink.rows };
        if (!keep(value)) {
          out.stored = 0;
          throw new Discard();
        }
      });
    } catch (err) {
      if (!(err instanceof Discard)) {
        throw err;
      }
    }
    return out as { value: T; stored: number };
  }
  const batches: (readonly PreparedDecision[])[] = [];
  let rows = 0;
  const value = await read({
    add: async (b) => {
      batches.push(b);
      rows += b.length;
    },
    get rows() {
      return rows;
    },
  });
  if (!keep(value)) {
    return { value, stored: 0 };
  }
  await db.transaction(async (tx) => {
    let n = 0;
    for (const b of batches) {
      await write(tx, b, ++n);
    }
  });
  return { value, stored: rows };
}
