import type { Readable } from 'node:stream';
import type { ImportJob } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { findDepartmentLetterhead } from '../../departments/department.repository';
import { forbidden } from '../../errors';
import { findImportJob, type ImportJobRow, insertImportJob } from '../../imports/import-job.repository';
import { launchImport, storeImportFile } from '../../imports/import-launch';
import type { ImportOutcome } from '../../imports/run-entity-import';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { runDecisionImport } from '../import/run-decision-import';
import type { DecisionBatchMeta } from '../prepared-decision';
import { correctionDueOn } from '../steps/store-decisions';

/** The department an actor records decisions for, with its name (the deciding body); refused without one. */
export async function recordingDepartment(ctx: AppContext, actor: Actor): Promise<{ id: string; name: string }> {
  const dept = actor.departmentId ? await findDepartmentLetterhead(ctx.db, actor.regionCode, actor.departmentId) : null;
  if (!actor.departmentId || !dept) {
    throw forbidden('只有执法部门的人员可以录入本部门的行政处罚决定');
  }
  return { id: actor.departmentId, name: dept.name };
}

/**
 * Accepts a file of issued penalty decisions (行政处罚决定, 常政办发〔2025〕5号 第十五项): stores it by hash, records
 * the job with its event and audit row, and imports it in the background — every row re-checked by the
 * decision engine, the whole file stored or nothing. `wait` runs it to the end (the CLI, tests, benchmark).
 */
export async function startDecisionImport(
  ctx: AppContext,
  actor: Actor,
  file: { fileName: string; stream: Readable; truncated?: () => boolean },
  meta: RequestMeta,
  opts: { wait?: boolean } = {},
): Promise<{ job: ImportJob; done: Promise<ImportOutcome & { evaluations: number }> }> {
  if (!can(actor, 'issued_decision.record')) {
    file.stream.resume();
    throw forbidden('无权导入行政处罚决定');
  }
  const dept = await recordingDepartment(ctx, actor);
  const dueOn = await correctionDueOn(ctx, actor.regionCode);
  const stored = await storeImportFile(ctx, file);
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await insertImportJob(tx, {
      regionCode: actor.regionCode,
      id,
      departmentId: dept.id,
      kind: 'issued_decisions',
      fileName: file.fileName,
      fileHash: stored.sha256,
      status: 'queued',
      bytesTotal: stored.size,
      rowsTotal: stored.rowsTotal,
      createdBy: actor.userId,
      createdAt: now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'issued_decision_import',
      aggregateId: id,
      type: 'issued_decision_import.started',
      toState: 'queued',
      payload: { fileName: file.fileName, fileHash: stored.sha256, bytes: stored.size, format: stored.format },
      attachments: [stored.sha256],
    });
  });
  const job = (await findImportJob(ctx.db, actor.regionCode, id)) as ImportJobRow;
  const batchMeta: DecisionBatchMeta = {
    regionCode: actor.regionCode,
    departmentId: dept.id,
    authority: dept.name,
    source: 'import',
    importJobId: id,
    dueOn,
    now,
  };
  return launchImport(ctx, job, opts, () =>
    runDecisionImport(ctx, job, actor, batchMeta, stored.format, { path: ctx.blobs.path(stored.sha256) }),
  );
}
