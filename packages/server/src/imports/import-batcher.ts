/**
 * The rows of the batch being assembled, and the one batch being written: the next batch is read and
 * validated while the previous one is written (at most one commit in flight, its failure surfacing at the
 * next flush).
 */
import type { ImportRowError } from '@rouxing/contracts';
import type { PreparedRow } from './import-batch';
import { createWriteInFlight } from './write-in-flight';

/** Rows per transaction: large enough that the per-commit cost (WAL flush, event, progress) stays small. */
export const IMPORT_BATCH_SIZE = 10_000;

export interface ImportBatcher {
  /** A row's problem, reported with the batch. */
  rowError(e: ImportRowError): void;
  /** The line of an earlier row of this batch with the same code (earlier batches are checked by the database). */
  earlierRowOf(uscc: string): number | undefined;
  add(uscc: string, row: PreparedRow): void;
  /** The batch has reached its size. */
  readonly full: boolean;
  /** Waits for the batch in flight, then starts writing the one assembled (if any). */
  flush(): Promise<void>;
  /** Waits for the batch in flight; throws its failure. */
  settle(): Promise<void>;
}

export function createImportBatcher(commit: (rows: PreparedRow[], errors: ImportRowError[]) => Promise<void>): ImportBatcher {
  let pending: PreparedRow[] = [];
  let pendingErrors: ImportRowError[] = [];
  let seenInBatch = new Map<string, number>();
  const writes = createWriteInFlight();

  return {
    rowError: (e) => {
      pendingErrors.push(e);
    },
    earlierRowOf: (uscc) => seenInBatch.get(uscc),
    add: (uscc, row) => {
      seenInBatch.set(uscc, row.rowNo);
      pending.push(row);
    },
    get full() {
      return pending.length >= IMPORT_BATCH_SIZE || pendingErrors.length >= IMPORT_BATCH_SIZE;
    },
    settle: writes.settle,
    flush: async () => {
      await writes.settle();
      if (pending.length > 0 || pendingErrors.length > 0) {
        const rows = pending;
        const errors = pendingErrors;
        pending = [];
        pendingErrors = [];
        seenInBatch = new Map();
        await writes.start(() => commit(rows, errors));
      }
    },
  };
}
