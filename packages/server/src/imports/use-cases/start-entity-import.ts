import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ImportJob } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, forbidden } from '../../errors';
import { appendAudit } from '../../records/audit.repository';
import { appendEvent } from '../../records/event.repository';
import { newId } from '../../records/ids';
import { BlobTooLargeError } from '../../storage/blob-store';
import { detectFormat, type ImportFormat } from '../detect-format';
import { findImportJob, type ImportJobRow, insertImportJob } from '../import-job.repository';
import { toImportJobDto } from '../import-job-dto';
import { type ImportOutcome, runEntityImport } from '../run-entity-import';
import { countXlsxRows } from '../xlsx-row-count';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** The stored file (by hash: the original stays as evidence of what was imported), its type by content, and its rows when known. */
export async function storeImportFile(
  ctx: AppContext,
  stream: Readable,
): Promise<{ sha256: string; size: number; format: ImportFormat; rowsTotal: number | null }> {
  let stored: { sha256: string; size: number };
  try {
    stored = await ctx.blobs.put(stream, { maxBytes: MAX_IMPORT_BYTES });
  } catch (err) {
    if (err instanceof BlobTooLargeError) {
      throw new AppError('UPLOAD.TOO_LARGE', err.message, [{ path: 'file', message: err.message }]);
    }
    // The upload's parser gave up (a body cut off mid-file): the client's error. A system error (the disk)
    // stays a 500.
    if (!(err instanceof AppError) && !(err as { syscall?: string }).syscall) {
      const message = '上传的文件未能完整读取（请求被截断或不是有效的multipart/form-data格式）';
      throw new AppError('BAD_REQUEST', message, [{ path: 'file', message }]);
    }
    throw err;
  }
  const head = Buffer.alloc(8192);
  const fh = await open(ctx.blobs.path(stored.sha256), 'r');
  const { bytesRead } = await fh.read(head, 0, head.length, 0).finally(() => fh.close());
  const format = stored.size === 0 ? null : detectFormat(head.subarray(0, bytesRead));
  if (!format) {
    const message = '文件类型不受支持：请上传.xlsx文件或UTF-8编码的.csv文件';
    throw new AppError('UPLOAD.UNSUPPORTED_TYPE', message, [{ path: 'file', message }]);
  }
  const header = format === 'xlsx' ? await countXlsxRows(ctx.blobs.path(stored.sha256)) : null;
  return { ...stored, format, rowsTotal: header === null ? null : Math.max(0, header - 1) };
}

/** The job, its first event (with the file's hash as attachment) and the audit row, in one transaction. */
async function recordJobStart(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  fileName: string,
  stored: Awaited<ReturnType<typeof storeImportFile>>,
): Promise<void> {
  const now = ctx.now().toISOString();
  const actorRef = { id: actor.userId, name: actor.displayName };
  await ctx.db.transaction(async (tx) => {
    await insertImportJob(tx, {
      regionCode: actor.regionCode,
      id,
      departmentId: actor.departmentId,
      kind: 'entities',
      fileName,
      fileHash: stored.sha256,
      status: 'queued',
      bytesTotal: stored.size,
      rowsTotal: stored.rowsTotal,
      createdBy: actor.userId,
      createdAt: now,
    });
    await appendEvent(tx, {
      regionCode: actor.regionCode,
      aggregateType: 'entity_import',
      aggregateId: id,
      type: 'entity_import.started',
      actor: actorRef,
      occurredAt: now,
      toState: 'queued',
      payload: { fileName, fileHash: stored.sha256, bytes: stored.size, format: stored.format },
      attachments: [stored.sha256],
    });
    await appendAudit(tx, {
      regionCode: actor.regionCode,
      actor: actorRef,
      action: 'entity.import',
      objectType: 'import_job',
      objectId: id,
      result: 'success',
      sourceIp: meta.sourceIp,
      details: { fileName, fileHash: stored.sha256, bytes: stored.size },
      occurredAt: now,
    });
  });
}

/**
 * Accepts an import file: stores it by hash, checks its type by content, records the job, and starts the
 * import in the background. `wait` runs it to the end before returning (the CLI and tests).
 */
export async function startEntityImport(
  ctx: AppContext,
  actor: Actor,
  file: { fileName: string; stream: Readable; truncated?: () => boolean },
  meta: RequestMeta,
  opts: { wait?: boolean } = {},
): Promise<{ job: ImportJob; done: Promise<ImportOutcome> }> {
  if (!can(actor, 'entity.import')) {
    file.stream.resume();
    throw forbidden('无权导入市场主体');
  }
  const stored = await storeImportFile(ctx, file.stream);
  const id = newId();
  await recordJobStart(ctx, actor, meta, id, file.fileName, stored);
  const job = (await findImportJob(ctx.db, actor.regionCode, id)) as ImportJobRow;
  const done = runEntityImport(ctx, job, { id: actor.userId, name: actor.displayName }, stored.format, ctx.blobs.open(stored.sha256));
  ctx.background.add(done);
  done.finally(() => ctx.background.delete(done));
  if (opts.wait) {
    await done;
  }
  // The upload stopped at its limit (the stream ends there without an error): the client is told so.
  if (file.truncated?.()) {
    throw new AppError('UPLOAD.TOO_LARGE', '文件超过200 MB的大小限制', [{ path: 'file', message: '文件超过200 MB' }]);
  }
  const current = (await findImportJob(ctx.db, actor.regionCode, id)) as ImportJobRow;
  return { job: await toImportJobDto(ctx.db, current), done };
}
