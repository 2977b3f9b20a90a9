/**
 * One batch of the registry import, one transaction: its rows, its row errors, one event carrying the hashes
 * of its rows (DESIGN.md: one event per batch, not per row) and the job's progress. A batch is never
 * half-written.
 */
import type { EntityInput, ImportRowError } from '@rouxing/contracts';
import type { AppContext } from '../context';
import type { Queryable } from '../db/database';
import { type EntityInsert, insertEntities } from '../entities/entity.repository';
import { sha256Hex } from '../records/canonical';
import { appendEvent } from '../records/event.repository';
import { deferCommitFlush, type ImportJobRow, insertImportErrors, updateImportProgress } from './import-job.repository';

/** A validated row ready to store: its line in the file, the row as stored (ids, ciphertexts), its digest. */
export interface PreparedRow {
  rowNo: number;
  row: EntityInsert;
  digest: string;
}

/** A job's running counts; committed counts move only once a batch's transaction has committed. */
export interface ImportCounters {
  rowsRead: number;
  rowsCommitted: number;
  rowsFailed: number;
  errorSeq: number;
  batchNo: number;
}

export interface BatchOutcome {
  committed: number;
  alreadyRegistered: number;
  errors: number;
  batchNo: number;
}

/**
 * The digest of one committed row: SHA-256 of its validated fields as a JSON array in a fixed order
 * (canonical by construction, and cheap enough for a million rows).
 */
export function entityRowDigest(e: EntityInput): string {
  return sha256Hex(
    JSON.stringify([
      e.uscc,
      e.name,
      e.entityType,
      e.legalRepresentative,
      e.legalRepresentativeIdNo ?? null,
      e.contactPhone ?? null,
      e.industryCode,
      e.address,
      e.regionCode,
      e.establishedOn ?? null,
      e.newBusinessForm,
    ]),
  );
}

/** The rows the database took, in file order; a row it did not take (code already registered) becomes a row error. */
function sortOutInserted(batch: readonly PreparedRow[], inserted: Set<string>, errors: ImportRowError[]) {
  const committed: { rowNo: number; uscc: string; hash: string }[] = [];
  let alreadyRegistered = 0;
  for (const { rowNo, row, digest } of batch) {
    if (inserted.has(row.uscc)) {
      committed.push({ rowNo, uscc: row.uscc, hash: digest });
    } else {
      alreadyRegistered++;
      errors.push({
        row: rowNo,
        field: '统一社会信用代码',
        message: `统一社会信用代码 ${row.uscc} 已登记（或已在本文件前面的行中导入），未重复导入`,
      });
    }
  }
  return { committed, alreadyRegistered };
}

/** The batch's event on the job's chain: what file, which rows, and the hash of each committed row in file order. */
async function recordBatch(
  tx: Queryable,
  job: ImportJobRow,
  actor: { id: string; name: string },
  batchNo: number,
  committed: readonly { rowNo: number; hash: string }[],
  now: string,
): Promise<void> {
  await appendEvent(tx, {
    regionCode: job.regionCode,
    aggregateType: 'entity_import',
    aggregateId: job.id,
    type: 'entity_import.batch_committed',
    actor,
    occurredAt: now,
    payload: {
      batch: batchNo,
      fileHash: job.fileHash,
      rows: committed.length,
      firstRow: committed[0]?.rowNo,
      lastRow: committed[committed.length - 1]?.rowNo,
      rowHashes: committed.map((r) => r.hash),
    },
  });
}

/**
 * Writes one batch. `c` and `bytesRead` are read inside the transaction (the reader moves on meanwhile);
 * the caller adds the outcome to the counters once this has committed.
 */
export async function commitImportBatch(
  ctx: AppContext,
  job: ImportJobRow,
  actor: { id: string; name: string },
  batch: readonly PreparedRow[],
  errors: ImportRowError[],
  c: Readonly<ImportCounters>,
  bytesRead: () => number,
): Promise<BatchOutcome> {
  const now = ctx.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    // A batch's commit need not wait for the disk: if the server stops, the newest batches are lost
    // whole (never half), the job is marked failed at start-up and re-importing reports what is
    // already in. The job's final 'done' is committed synchronously, which flushes every batch.
    await deferCommitFlush(tx);
    const inserted = await insertEntities(
      tx,
      batch.map((p) => p.row),
      now,
    );
    const { committed, alreadyRegistered } = sortOutInserted(batch, inserted, errors);
    errors.sort((a, b) => a.row - b.row);
    // Only one batch is in flight at a time, so the error numbering cannot interleave.
    await insertImportErrors(tx, job.regionCode, job.id, c.errorSeq + 1, errors);
    const batchNo = c.batchNo + 1;
    if (committed.length > 0) {
      await recordBatch(tx, job, actor, batchNo, committed, now);
    }
    await updateImportProgress(tx, job.regionCode, job.id, {
      status: 'running',
      rowsRead: c.rowsRead,
      rowsCommitted: c.rowsCommitted + committed.length,
      rowsFailed: c.rowsFailed + alreadyRegistered,
      bytesRead: bytesRead(),
    });
    return { committed: committed.length, alreadyRegistered, errors: errors.length, batchNo };
  });
}
