/**
 * The registry import's engine: streams rows from the stored file, validates each, and commits the
 * good ones in batches (import-batch.ts). A row is either wholly in or reported with its reason; a batch
 * is never half-written.
 */
import type { AppContext } from '../context';
import { entityInsert } from '../entities/entity-insert';
import { parseEntityInput } from '../entities/validate-entity';
import { newId } from '../records/ids';
import type { ImportFormat } from './detect-format';
import { headerOf, mapHeader, rowToRawInput } from './entity-import-format';
import { commitImportBatch, entityRowDigest, type ImportCounters } from './import-batch';
import { createImportBatcher, type ImportBatcher } from './import-batcher';
import { type ImportJobRow, updateImportProgress } from './import-job.repository';
import { abortReason, openSheet, visitSheet } from './read-sheet';
import type { SheetRow } from './row-readers';
import type { FileSource } from './zip-entries';

export { detectFormat, type ImportFormat } from './detect-format';
export { entityRowDigest } from './import-batch';
export { IMPORT_BATCH_SIZE } from './import-batcher';

/** The progress bar is refreshed at least this often, between batches too. */
const PROGRESS_EVERY_MS = 500;

export interface ImportOutcome {
  status: 'done' | 'failed';
  rowsRead: number;
  rowsCommitted: number;
  rowsFailed: number;
  message: string | null;
}

type Positions = ReturnType<typeof mapHeader>['positions'];
type Progress = (status: ImportJobRow['status'], extra?: { message?: string | null; finishedAt?: string | null }) => Promise<void>;

/** One data row: validated and queued for its batch, or reported (a row counts once however many of its fields are wrong). */
function acceptRow(ctx: AppContext, job: ImportJobRow, batcher: ImportBatcher, c: ImportCounters, row: SheetRow, positions: Positions) {
  c.rowsRead++;
  const parsed = parseEntityInput(rowToRawInput(row.cells, positions), job.regionCode);
  if (!parsed.ok) {
    for (const f of parsed.fields) {
      batcher.rowError({ row: row.rowNo, field: headerOf(f.path), message: f.message });
    }
    c.rowsFailed++;
    return;
  }
  const input = parsed.value;
  const earlier = batcher.earlierRowOf(input.uscc);
  if (earlier !== undefined) {
    batcher.rowError({ row: row.rowNo, field: '统一社会信用代码', message: `与第${earlier}行的统一社会信用代码重复` });
    c.rowsFailed++;
    return;
  }
  // The CPU work of a row happens here, while the previous batch is being written.
  batcher.add(input.uscc, { rowNo: row.rowNo, digest: entityRowDigest(input), row: entityInsert(input, newId(), ctx.fieldCrypto) });
}

/** Runs a job to its end; never throws (a failure is recorded on the job). */
export async function runEntityImport(
  ctx: AppContext,
  job: ImportJobRow,
  actor: { id: string; name: string },
  format: ImportFormat,
  file: FileSource,
): Promise<ImportOutcome> {
  const c: ImportCounters = { rowsRead: 0, rowsCommitted: 0, rowsFailed: 0, errorSeq: 0, batchNo: 0 };
  const sheet = openSheet(file, format);
  const progress: Progress = (status, extra = {}) =>
    updateImportProgress(ctx.db, job.regionCode, job.id, { status, ...c, bytesRead: sheet.bytes(), ...extra });
  const batcher = createImportBatcher(async (rows, errors) => {
    const r = await commitImportBatch(ctx, job, actor, rows, errors, c, sheet.bytes);
    // Counted only once the transaction has committed; the reader may have moved on meanwhile.
    c.rowsCommitted += r.committed;
    c.rowsFailed += r.alreadyRegistered;
    c.errorSeq += r.errors;
    c.batchNo = r.batchNo;
  });
  const counts = () => ({ rowsRead: c.rowsRead, rowsCommitted: c.rowsCommitted, rowsFailed: c.rowsFailed });
  try {
    await progress('running');
    const refusal = await visitSheet(sheet.rows, {
      header: mapHeader,
      row: async (row, positions) => {
        acceptRow(ctx, job, batcher, c, row, positions);
        if (batcher.full) {
          await batcher.flush();
        }
      },
      progress: () => progress('running'),
      progressEveryMs: PROGRESS_EVERY_MS,
    });
    if (refusal) {
      await progress('failed', { message: refusal, finishedAt: ctx.now().toISOString() });
      return { status: 'failed', ...c, message: refusal };
    }
    await batcher.flush();
    await batcher.settle();
    await progress('done', { finishedAt: ctx.now().toISOString() });
    return { status: 'done', ...counts(), message: null };
  } catch (err) {
    await batcher.settle().catch(() => undefined);
    ctx.log.error({ err, jobId: job.id }, 'entity import failed');
    const message = `导入中止：${abortReason(err, job.id)}。已提交的批次保留。`;
    await progress('failed', { message, finishedAt: ctx.now().toISOString() }).catch(() => undefined);
    return { status: 'failed', ...counts(), message };
  }
}
