import type { Readable } from 'node:stream';
import type { ImportJob } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden } from '../../errors';
import { appendAudit } from '../../records/audit.repository';
import { appendEvent } from '../../records/event.repository';
import { newId } from '../../records/ids';
import { findImportJob, type ImportJobRow, insertImportJob } from '../import-job.repository';
import { launchImport, storeImportFile } from '../import-launch';
import { type ImportOutcome, runEntityImport } from '../run-entity-import';

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
  const stored = await storeImportFile(ctx, file);
  const id = newId();
  await recordJobStart(ctx, actor, meta, id, file.fileName, stored);
  const job = (await findImportJob(ctx.db, actor.regionCode, id)) as ImportJobRow;
  return launchImport(ctx, job, opts, () =>
    runEntityImport(ctx, job, { id: actor.userId, name: actor.displayName }, stored.format, { path: ctx.blobs.path(stored.sha256) }),
  );
}
