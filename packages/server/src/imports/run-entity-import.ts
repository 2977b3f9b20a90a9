/**
 * The registry import's engine: streams rows from the stored file, validates each, and commits the
 * good ones in batches. Each batch is one transaction: its rows, its row errors, one event carrying the
 * hashes of its rows (DESIGN.md: one event per batch, not per row) and the job's progress. A row is
 * either wholly in or reported with its reason; a batch is never half-written.
 */
import { type Readable, Transform } from 'node:stream';
import type { EntityInput, ImportRowError } from '@rouxing/contracts';
import type { AppContext } from '../context';
import { type EntityInsert, insertEntities } from '../entities/entity.repository';
import { entityInsert } from '../entities/entity-insert';
import { parseEntityInput } from '../entities/validate-entity';
import { sha256Hex } from '../records/canonical';
import { appendEvent } from '../records/event.repository';
import { newId } from '../records/ids';
import { headerOf, mapHeader, rowToRawInput } from './entity-import-format';
import { type ImportJobRow, insertImportErrors, updateImportProgress } from './import-job.repository';
import { readCsvRows, readXlsxRows, type SheetRow } from './row-readers';

/** Rows per transaction: large enough that the per-commit cost (WAL flush, event, progress) stays small. */
export const IMPORT_BATCH_SIZE = 10_000;
/** The progress bar is refreshed at least this often, between batches too. */
const PROGRESS_EVERY_MS = 500;

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

export type ImportFormat = 'xlsx' | 'csv';

/** The file type by its content (magic bytes), not its name: .xlsx is a ZIP; CSV is UTF-8 text. */
export function detectFormat(head: Buffer): ImportFormat | null {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return 'xlsx';
  }
  const text = head.subarray(0, Math.min(head.length, 4096));
  if (text.includes(0)) {
    return null;
  }
  // A UTF-8 decoder that refuses bad bytes; `stream` lets a character cut at the end of the sample pass.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(text, { stream: true });
    return 'csv';
  } catch {
    return null;
  }
}

interface Counters {
  rowsRead: number;
  rowsCommitted: number;
  rowsFailed: number;
  errorSeq: number;
  batchNo: number;
}

export interface ImportOutcome {
  status: 'done' | 'failed';
  rowsRead: number;
  rowsCommitted: number;
  rowsFailed: number;
  message: string | null;
}

/** Runs a job to its end; never throws (a failure is recorded on the job). */
export async function runEntityImport(
  ctx: AppContext,
  job: ImportJobRow,
  actor: { id: string; name: string },
  format: ImportFormat,
  source: Readable,
): Promise<ImportOutcome> {
  const c: Counters = { rowsRead: 0, rowsCommitted: 0, rowsFailed: 0, errorSeq: 0, batchNo: 0 };
  let bytesRead = 0;
  // Count bytes as the reader pulls them (the progress bar). A pipe, not a 'data' listener: that would
  // start the flow before the reader is attached and lose the first chunks.
  const counted = source.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytesRead += chunk.length;
        done(null, chunk);
      },
    }),
  );
  const progress = (status: ImportJobRow['status'], extra: { message?: string | null; finishedAt?: string | null } = {}) =>
    updateImportProgress(ctx.db, job.regionCode, job.id, { status, ...c, bytesRead, ...extra });

  /** Validated rows, already turned into what the database stores (ids, ciphertexts, digests). */
  let pending: { rowNo: number; row: EntityInsert; digest: string }[] = [];
  let pendingErrors: ImportRowError[] = [];
  /** Codes seen in the batch being assembled (earlier batches are checked by the database). */
  let seenInBatch = new Map<string, number>();

  const commit = async () => {
    const batch = pending;
    const errors = pendingErrors;
    pending = [];
    pendingErrors = [];
    seenInBatch = new Map();
    const now = ctx.now().toISOString();
    const result = await ctx.db.transaction(async (tx) => {
      // A batch's commit need not wait for the disk: if the server stops, the newest batches are lost
      // whole (never half), the job is marked failed at start-up and re-importing reports what is
      // already in. The job's final 'done' is committed synchronously, which flushes every batch.
      await tx.query('SET LOCAL synchronous_commit = off');
      const rows = batch.map((p) => p.row);
      const inserted = await insertEntities(tx, rows, now);
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
      errors.sort((a, b) => a.row - b.row);
      // Only one batch is in flight at a time, so the error numbering cannot interleave.
      const firstSeq = c.errorSeq + 1;
      await insertImportErrors(tx, job.regionCode, job.id, firstSeq, errors);
      const batchNo = c.batchNo + 1;
      if (committed.length > 0) {
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
            // The hash of each committed row's validated content, in file order.
            rowHashes: committed.map((r) => r.hash),
          },
        });
      }
      await updateImportProgress(tx, job.regionCode, job.id, {
        status: 'running',
        rowsRead: c.rowsRead,
        rowsCommitted: c.rowsCommitted + committed.length,
        rowsFailed: c.rowsFailed + alreadyRegistered,
        bytesRead,
      });
      return { committed: committed.length, alreadyRegistered, errors: errors.length, batchNo };
    });
    // Counted only once the transaction has committed; the reader may have moved on meanwhile.
    c.rowsCommitted += result.committed;
    c.rowsFailed += result.alreadyRegistered;
    c.errorSeq += result.errors;
    c.batchNo = result.batchNo;
  };

  /**
   * The next batch is read and validated while the previous one is written: at most one commit in
   * flight, its failure surfacing at the next flush.
   */
  let inFlight: Promise<unknown> | null = null;
  const settle = async () => {
    if (inFlight) {
      const err = await inFlight;
      inFlight = null;
      if (err) {
        throw err;
      }
    }
  };
  const flush = async () => {
    await settle();
    if (pending.length > 0 || pendingErrors.length > 0) {
      inFlight = commit().then(
        () => null,
        (err: unknown) => err ?? new Error('commit failed'),
      );
    }
  };

  let lastProgressAt = Date.now();
  try {
    await progress('running');
    const rows: AsyncGenerator<SheetRow> = format === 'xlsx' ? readXlsxRows(counted) : readCsvRows(counted);
    let positions: ReturnType<typeof mapHeader>['positions'] | null = null;
    for await (const row of rows) {
      if (!positions) {
        const header = mapHeader(row.cells);
        if (header.missing.length > 0) {
          const message = `表头缺少必填列：${header.missing.join('、')}。请使用导入模板。`;
          await progress('failed', { message, finishedAt: ctx.now().toISOString() });
          return { status: 'failed', ...c, message };
        }
        positions = header.positions;
        continue;
      }
      if (row.cells.every((x) => x.trim() === '')) {
        continue;
      }
      c.rowsRead++;
      const parsed = parseEntityInput(rowToRawInput(row.cells, positions), job.regionCode);
      if (!parsed.ok) {
        for (const f of parsed.fields) {
          pendingErrors.push({ row: row.rowNo, field: headerOf(f.path), message: f.message });
        }
        // A row counts once however many of its fields are wrong.
        c.rowsFailed++;
      } else {
        const earlier = seenInBatch.get(parsed.value.uscc);
        if (earlier !== undefined) {
          pendingErrors.push({ row: row.rowNo, field: '统一社会信用代码', message: `与第${earlier}行的统一社会信用代码重复` });
          c.rowsFailed++;
        } else {
          seenInBatch.set(parsed.value.uscc, row.rowNo);
          // The CPU work of a row happens here, while the previous batch is being written.
          const input = parsed.value;
          pending.push({
            rowNo: row.rowNo,
            digest: entityRowDigest(input),
            row: entityInsert(input, newId(), ctx.fieldCrypto),
          });
        }
      }
      if (pending.length >= IMPORT_BATCH_SIZE || pendingErrors.length >= IMPORT_BATCH_SIZE) {
        await flush();
      } else if ((c.rowsRead & 1023) === 0 && Date.now() - lastProgressAt > PROGRESS_EVERY_MS) {
        lastProgressAt = Date.now();
        await progress('running');
      }
    }
    if (!positions) {
      const message = '文件为空：没有表头行';
      await progress('failed', { message, finishedAt: ctx.now().toISOString() });
      return { status: 'failed', ...c, message };
    }
    await flush();
    await settle();
    await progress('done', { finishedAt: ctx.now().toISOString() });
    return { status: 'done', rowsRead: c.rowsRead, rowsCommitted: c.rowsCommitted, rowsFailed: c.rowsFailed, message: null };
  } catch (err) {
    await settle().catch(() => undefined);
    ctx.log.error({ err, jobId: job.id }, 'entity import failed');
    const message = `导入中止：${err instanceof Error ? err.message : String(err)}。已提交的批次保留。`;
    await progress('failed', { message, finishedAt: ctx.now().toISOString() }).catch(() => undefined);
    return { status: 'failed', rowsRead: c.rowsRead, rowsCommitted: c.rowsCommitted, rowsFailed: c.rowsFailed, message };
  }
}
