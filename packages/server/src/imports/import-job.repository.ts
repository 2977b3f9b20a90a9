import type { ImportJob, ImportRowError } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export interface ImportJobRow {
  regionCode: string;
  id: string;
  departmentId: string | null;
  kind: string;
  fileName: string;
  fileHash: string;
  status: ImportJob['status'];
  rowsRead: number;
  rowsCommitted: number;
  rowsFailed: number;
  bytesRead: number;
  bytesTotal: number;
  rowsTotal: number | null;
  message: string | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
}

const COLUMNS = `region_code AS "regionCode", id, department_id AS "departmentId", kind, file_name AS "fileName", file_hash AS "fileHash", status,
  rows_read AS "rowsRead", rows_committed AS "rowsCommitted", rows_failed AS "rowsFailed", bytes_read AS "bytesRead", bytes_total AS "bytesTotal", rows_total AS "rowsTotal",
  message, created_by AS "createdBy", created_at AS "createdAt", finished_at AS "finishedAt"`;

export async function insertImportJob(
  db: Queryable,
  j: Omit<ImportJobRow, 'rowsRead' | 'rowsCommitted' | 'rowsFailed' | 'bytesRead' | 'message' | 'finishedAt'>,
) {
  await db.query(
    `INSERT INTO import_jobs (region_code, id, department_id, kind, file_name, file_hash, status, bytes_total, rows_total, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [j.regionCode, j.id, j.departmentId, j.kind, j.fileName, j.fileHash, j.status, j.bytesTotal, j.rowsTotal, j.createdBy, j.createdAt],
  );
}

export async function findImportJob(db: Queryable, regionCode: string, id: string): Promise<ImportJobRow | null> {
  const r = await db.query<ImportJobRow>(`SELECT ${COLUMNS} FROM import_jobs WHERE region_code = $1 AND id = $2`, [regionCode, id]);
  return r.rows[0] ?? null;
}

/** Jobs the caller may see: its department's, or every department's for the Judicial Bureau. */
export async function listImportJobs(
  db: Queryable,
  f: { regionCode: string; departmentId: string | null; allDepartments: boolean; page: number; pageSize: number },
): Promise<{ items: ImportJobRow[]; total: number }> {
  const cond = f.allDepartments ? 'region_code = $1' : 'region_code = $1 AND department_id = $2';
  const params = f.allDepartments ? [f.regionCode] : [f.regionCode, f.departmentId];
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM import_jobs WHERE ${cond}`, params);
  const items = await db.query<ImportJobRow>(
    `SELECT ${COLUMNS} FROM import_jobs WHERE ${cond} ORDER BY created_at DESC LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
    params,
  );
  return { items: items.rows, total: total.rows[0]?.n ?? 0 };
}

export async function updateImportProgress(
  db: Queryable,
  regionCode: string,
  id: string,
  p: {
    status: ImportJobRow['status'];
    rowsRead: number;
    rowsCommitted: number;
    rowsFailed: number;
    bytesRead: number;
    message?: string | null;
    finishedAt?: string | null;
  },
): Promise<void> {
  await db.query(
    // Counts only grow: a progress write that lost a race with a batch's commit cannot move them back.
    `UPDATE import_jobs SET status = $3, rows_read = GREATEST(rows_read, $4), rows_committed = GREATEST(rows_committed, $5),
       rows_failed = GREATEST(rows_failed, $6), bytes_read = GREATEST(bytes_read, $7),
       message = COALESCE($8, message), finished_at = COALESCE($9, finished_at)
     WHERE region_code = $1 AND id = $2`,
    [regionCode, id, p.status, p.rowsRead, p.rowsCommitted, p.rowsFailed, p.bytesRead, p.message ?? null, p.finishedAt ?? null],
  );
}

export async function insertImportErrors(
  db: Queryable,
  regionCode: string,
  jobId: string,
  firstSeq: number,
  errors: readonly ImportRowError[],
) {
  if (errors.length === 0) {
    return;
  }
  await db.query(
    `INSERT INTO import_errors (region_code, job_id, seq, row_no, field, message)
     SELECT $1, $2, $3 + t.ord - 1, t.row_no, t.field, t.message
     FROM unnest($4::int[], $5::text[], $6::text[]) WITH ORDINALITY AS t(row_no, field, message, ord)`,
    [regionCode, jobId, firstSeq, errors.map((e) => e.row), errors.map((e) => e.field), errors.map((e) => e.message)],
  );
}

export async function listImportErrors(
  db: Queryable,
  regionCode: string,
  jobId: string,
  limit: number,
  offset = 0,
): Promise<ImportRowError[]> {
  const r = await db.query<ImportRowError>(
    `SELECT row_no AS "row", field, message FROM import_errors WHERE region_code = $1 AND job_id = $2 ORDER BY seq LIMIT ${limit} OFFSET ${offset}`,
    [regionCode, jobId],
  );
  return r.rows;
}

/** Jobs left queued or running by a process that stopped: marked failed at start-up (their committed batches stay). */
export async function failInterruptedJobs(db: Queryable, now: string): Promise<number> {
  const r = await db.query(
    `UPDATE import_jobs SET status = 'failed', message = '导入因服务重启而中断；已提交的批次保留，请重新导入其余行', finished_at = $1
     WHERE status IN ('queued', 'running')`,
    [now],
  );
  return r.rowCount;
}

/** This transaction's commit does not wait for the disk (a batch of an import: see import-batch.ts). */
export async function deferCommitFlush(tx: Queryable): Promise<void> {
  await tx.query('SET LOCAL synchronous_commit = off');
}
