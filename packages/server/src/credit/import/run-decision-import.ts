/**
 * The import of issued penalty decisions: every row of the stored file read, validated and re-checked
 * (progress visible meanwhile), the good ones stored batch by batch with one event per batch in the one
 * transaction of the file (decision-sink.ts) — which is kept only if no row was bad: a file is imported
 * whole or not at all, and each bad row is reported with its column and reason.
 */

import type { ImportRowError } from '@rouxing/contracts';
import { shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/database';
import type { ImportFormat } from '../../imports/detect-format';
import { type ImportJobRow, insertImportErrors, updateImportProgress } from '../../imports/import-job.repository';
import { abortReason, openSheet, visitSheet } from '../../imports/read-sheet';
import type { SheetRow } from '../../imports/row-readers';
import type { ImportOutcome } from '../../imports/run-entity-import';
import type { FileSource } from '../../imports/zip-entries';
import type { DecisionBatchMeta, PreparedDecision } from '../prepared-decision';
import { createRechecker, type IncomingDecision, type Rechecker } from '../steps/rechecker';
import { storeDecisions } from '../steps/store-decisions';
import { decisionHeaderOf, decisionOfRow, mapDecisionHeader, type Positions } from './decision-import-format';
import { type DecisionSink, withDecisionSink } from './decision-sink';

/** Rows re-checked together (one look-up of parties, 文号 and priors per batch). */
export const DECISION_BATCH_SIZE = 5_000;
const PROGRESS_EVERY_MS = 400;

interface Run {
  ctx: AppContext;
  job: ImportJobRow;
  rechecker: Rechecker;
  errors: ImportRowError[];
  pending: IncomingDecision[];
  seen: Map<string, number>;
  rowsRead: number;
  rowsFailed: number;
  bytes: () => number;
}

const progress = (
  r: Run,
  status: ImportJobRow['status'],
  extra: { rowsCommitted?: number; message?: string | null; finishedAt?: string | null } = {},
) =>
  updateImportProgress(r.ctx.db, r.job.regionCode, r.job.id, {
    status,
    rowsRead: r.rowsRead,
    rowsCommitted: extra.rowsCommitted ?? 0,
    rowsFailed: r.rowsFailed,
    bytesRead: r.bytes(),
    message: extra.message ?? null,
    finishedAt: extra.finishedAt ?? null,
  });

/** Re-checks the rows read so far; their problems become row errors; the good ones go to the sink. */
async function flush(r: Run, sink: DecisionSink): Promise<void> {
  const batch = r.pending;
  r.pending = [];
  if (batch.length === 0) {
    return;
  }
  const { prepared, problems } = await r.rechecker.prepare(batch);
  const failed = new Set<number>();
  for (const p of problems) {
    failed.add(p.index);
    r.errors.push({ row: (batch[p.index] as IncomingDecision).rowNo, field: decisionHeaderOf(p.path), message: p.message });
  }
  r.rowsFailed += failed.size;
  // Once a row is bad nothing will be stored: the rest is only checked.
  if (r.errors.length === 0) {
    await sink.add(prepared);
  }
}

function acceptRow(r: Run, row: SheetRow, positions: Positions): void {
  r.rowsRead++;
  const result = decisionOfRow(row.cells, positions);
  if (!result.ok) {
    for (const p of result.problems) {
      r.errors.push({ row: row.rowNo, field: p.field, message: p.message });
    }
    r.rowsFailed++;
    return;
  }
  const earlier = r.seen.get(result.values.documentNo);
  if (earlier !== undefined) {
    r.errors.push({ row: row.rowNo, field: '决定书文号', message: `与第${earlier}行的决定书文号重复` });
    r.rowsFailed++;
    return;
  }
  r.seen.set(result.values.documentNo, row.rowNo);
  r.pending.push({ rowNo: row.rowNo, values: result.values });
}

async function fail(r: Run, message: string): Promise<ImportOutcome> {
  r.errors.sort((a, b) => a.row - b.row);
  for (let i = 0; i < r.errors.length; i += 10_000) {
    await insertImportErrors(r.ctx.db, r.job.regionCode, r.job.id, i + 1, r.errors.slice(i, i + 10_000));
  }
  await progress(r, 'failed', { message, finishedAt: r.ctx.now().toISOString() });
  return { status: 'failed', rowsRead: r.rowsRead, rowsCommitted: 0, rowsFailed: r.rowsFailed, message };
}

/** Runs a job to its end; never throws (a failure is recorded on the job, and nothing of the file is stored). */
export async function runDecisionImport(
  ctx: AppContext,
  job: ImportJobRow,
  actor: { userId: string; displayName: string },
  meta: DecisionBatchMeta,
  format: ImportFormat,
  file: FileSource,
): Promise<ImportOutcome & { evaluations: number }> {
  const sheet = openSheet(file, format);
  const rechecker = createRechecker(ctx.db, {
    regionCode: meta.regionCode,
    departmentId: meta.departmentId,
    authority: meta.authority,
    today: shanghaiToday(new Date(meta.now)),
    fieldCrypto: ctx.fieldCrypto,
  });
  const r: Run = { ctx, job, rechecker, errors: [], pending: [], seen: new Map(), rowsRead: 0, rowsFailed: 0, bytes: sheet.bytes };
  const write = (tx: Queryable, rows: readonly PreparedDecision[], batch: number) =>
    storeDecisions(tx, actor, rows, meta, { type: 'issued_decision_import', id: job.id, batch });
  try {
    await progress(r, 'running');
    const { value: refusal, stored } = await withDecisionSink(
      ctx.db,
      write,
      async (sink) => {
        const refused = await visitSheet(sheet.rows, {
          header: mapDecisionHeader,
          row: async (row, positions) => {
            acceptRow(r, row, positions);
            if (r.pending.length >= DECISION_BATCH_SIZE) {
              await flush(r, sink);
            }
          },
          progress: () => progress(r, 'running'),
          progressEveryMs: PROGRESS_EVERY_MS,
        });
        await flush(r, sink);
        return refused;
      },
      (refused) => !refused && r.errors.length === 0,
    );
    if (refusal || r.errors.length > 0) {
      const outcome = await fail(r, refusal ?? `${r.rowsFailed}行有误，整个文件未导入（不会只导入一部分）；请改正后重新导入`);
      return { ...outcome, evaluations: rechecker.evaluations };
    }
    await progress(r, 'done', { rowsCommitted: stored, finishedAt: ctx.now().toISOString() });
    return {
      status: 'done',
      rowsRead: r.rowsRead,
      rowsCommitted: stored,
      rowsFailed: 0,
      message: null,
      evaluations: rechecker.evaluations,
    };
  } catch (err) {
    ctx.log.error({ err, jobId: job.id }, 'issued decision import failed');
    const message = `导入中止：${abortReason(err, job.id)}。未导入任何决定。`;
    await progress(r, 'failed', { message, finishedAt: ctx.now().toISOString() }).catch(() => undefined);
    return {
      status: 'failed',
      rowsRead: r.rowsRead,
      rowsCommitted: 0,
      rowsFailed: r.rowsFailed,
      message,
      evaluations: rechecker.evaluations,
    };
  }
}
