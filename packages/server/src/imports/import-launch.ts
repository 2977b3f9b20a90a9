/**
 * How every file import begins: the uploaded file stored by hash (the original stays as evidence of what was
 * imported), its type known by its content and its rows counted when it can be; then the job run in the
 * background (or to its end when `wait`: the CLI, tests, benchmarks).
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ImportJob } from '@rouxing/contracts';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { BlobTooLargeError } from '../storage/blob-store';
import { detectFormat, type ImportFormat } from './detect-format';
import { findImportJob, type ImportJobRow } from './import-job.repository';
import { toImportJobDto } from './import-job-dto';
import { countXlsxRows } from './xlsx-row-count';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** The stored file (by hash: the original stays as evidence of what was imported), its type by content, and its rows when known. */
export async function storeImportFile(
  ctx: AppContext,
  file: { stream: Readable; truncated?: () => boolean },
): Promise<{ sha256: string; size: number; format: ImportFormat; rowsTotal: number | null }> {
  let stored: { sha256: string; size: number };
  try {
    stored = await ctx.blobs.put(file.stream, { maxBytes: MAX_IMPORT_BYTES });
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
  // The upload stopped at its limit (the stream ends there without an error): refused before any job exists.
  if (file.truncated?.()) {
    throw new AppError('UPLOAD.TOO_LARGE', '文件超过200 MB的大小限制', [{ path: 'file', message: '文件超过200 MB' }]);
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

/** Runs a recorded job in the background (to its end first when `wait`); the job as it stands then. */
export async function launchImport<T>(
  ctx: AppContext,
  job: ImportJobRow,
  opts: { wait?: boolean },
  run: () => Promise<T>,
): Promise<{ job: ImportJob; done: Promise<T> }> {
  const done = run();
  ctx.background.add(done);
  done.finally(() => ctx.background.delete(done));
  if (opts.wait) {
    await done;
  }
  const current = (await findImportJob(ctx.db, job.regionCode, job.id)) as ImportJobRow;
  return { job: await toImportJobDto(ctx.db, current), done };
}
