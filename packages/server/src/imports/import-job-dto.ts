import type { ImportJob } from '@rouxing/contracts';
import type { Queryable } from '../db/database';
import { type ImportJobRow, listImportErrors } from './import-job.repository';

/** The API view of a job; with its first 100 row errors unless it is a line of a list. */
export async function toImportJobDto(db: Queryable, row: ImportJobRow, withErrors = true): Promise<ImportJob> {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    rowsRead: row.rowsRead,
    rowsCommitted: row.rowsCommitted,
    rowsFailed: row.rowsFailed,
    bytesRead: Math.min(row.bytesRead, row.bytesTotal),
    bytesTotal: row.bytesTotal,
    rowsTotal: row.rowsTotal,
    message: row.message,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    errors: withErrors ? await listImportErrors(db, row.regionCode, row.id, 100) : [],
  };
}
