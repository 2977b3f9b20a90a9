/**
 * The registry import's engine: streams rows from the stored file, validates each, and commits the
 * good ones in batches (import-batch.ts). A row is either wholly in or reported with its reason; a batch
 * is never half-written.
 */
import { type Readable, Transform } from 'node:stream';
import type { AppContext } from '../context';
import { entityInsert } from '../entities/entity-insert';
import { parseEntityInput } from '../entities/validate-entity';
import { newId } from '../records/ids';
import type { ImportFormat } from './detect-format';
import { headerOf, mapHeader, rowToRawInput } from './entity-import-format';
import { commitImportBatch, entityRowDigest, type ImportCounters } from './import-batch';
import { createImportBatcher, type ImportBatcher } from './import-batcher';
import { type ImportJobRow, updateImportProgress } from './import-job.repository';
import { readableRows, readCsvRows, readXlsxRows, type SheetRow, UnreadableFileError } from './row-readers';

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

/**
 * Counts the bytes the reader pulls (the progress bar). A pipe, not a 'data' listener: that would start the
 * flow before the reader is attached and lose the first chunks.
 */
function countBytes(source: Readable): { stream: Readable; bytes: () => number } {
  let bytes = 0;
  const stream = source.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    }),
  );
  return { stream, bytes: () => bytes };
}

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

/**
 * Reads the header, then every row into batches. Returns the message of a file that cannot be imported
 * (no header, missing columns), else null once every batch is written.
 */
async function importRows(
  ctx: AppContext,
  job: ImportJobRow,
  rows: AsyncGenerator<SheetRow>,
  batcher: ImportBatcher,
  c: ImportCounters,
  progress: Progress,
): Promise<string | null> {
  let positions: Positions | null = null;
  let lastProgressAt = Date.now();
  for await (const row of rows) {
    if (!positions) {
      const header = mapHeader(row.cells);
      if (header.missing.length > 0) {
        return `表头缺少必填列：${header.missing.join('、')}。请使用导入模板。`;
      }
      positions = header.positions;
      continue;
    }
    if (row.cells.every((x) => x.trim() === '')) {
      continue;
    }
    acceptRow(ctx, job, batcher, c, row, positions);
    if (batcher.full) {
      await batcher.flush();
    } else if ((c.rowsRead & 1023) === 0 && Date.now() - lastProgressAt > PROGRESS_EVERY_MS) {
      lastProgressAt = Date.now();
      await progress('running');
    }
  }
  if (!positions) {
    return '文件为空：没有表头行';
  }
  await batcher.flush();
  await batcher.settle();
  return null;
}

/** Runs a job to its end; never throws (a failure is recorded on the job). */
export async function runEntityImport(
  ctx: AppContext,
  job: ImportJobRow,
  actor: { id: string; name: string },
  format: ImportFormat,
  source: Readable,
): Promise<ImportOutcome> {
  const c: ImportCounters = { rowsRead: 0, rowsCommitted: 0, rowsFailed: 0, errorSeq: 0, batchNo: 0 };
  const counted = countBytes(source);
  const progress: Progress = (status, extra = {}) =>
    updateImportProgress(ctx.db, job.regionCode, job.id, { status, ...c, bytesRead: counted.bytes(), ...extra });
  const batcher = createImportBatcher(async (rows, errors) => {
    const r = await commitImportBatch(ctx, job, actor, rows, errors, c, counted.bytes);
    // Counted only once the transaction has committed; the reader may have moved on meanwhile.
    c.rowsCommitted += r.committed;
    c.rowsFailed += r.alreadyRegistered;
    c.errorSeq += r.errors;
    c.batchNo = r.batchNo;
  });
  const counts = () => ({ rowsRead: c.rowsRead, rowsCommitted: c.rowsCommitted, rowsFailed: c.rowsFailed });
  try {
    await progress('running');
    const rows = readableRows(format === 'xlsx' ? readXlsxRows(counted.stream) : readCsvRows(counted.stream), format);
    const refusal = await importRows(ctx, job, rows, batcher, c, progress);
    if (refusal) {
      await progress('failed', { message: refusal, finishedAt: ctx.now().toISOString() });
      return { status: 'failed', ...c, message: refusal };
    }
    await progress('done', { finishedAt: ctx.now().toISOString() });
    return { status: 'done', ...counts(), message: null };
  } catch (err) {
    await batcher.settle().catch(() => undefined);
    ctx.log.error({ err, jobId: job.id }, 'entity import failed');
    const reason = err instanceof UnreadableFileError ? err.message : `服务器处理出错（已记录，任务编号 ${job.id}）`;
    const message = `导入中止：${reason}。已提交的批次保留。`;
    await progress('failed', { message, finishedAt: ctx.now().toISOString() }).catch(() => undefined);
    return { status: 'failed', ...counts(), message };
  }
}
