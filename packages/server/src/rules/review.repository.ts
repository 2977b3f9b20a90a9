/**
 * SQL of the review workflow shared by list versions and benchmark versions: the columns of
 * `reviewColumns()` in db/schema/rules.ts. The table is one of two constants, never user input.
 */
import type { RuleStatus } from '@rouxing/contracts';
import { lockChain, type Queryable } from '../db/database';

export type ReviewTable = 'no_penalty_lists' | 'discretion_benchmarks';

export interface ReviewState {
  regionCode: string;
  id: string;
  seriesId: string;
  version: number;
  departmentId: string;
  status: RuleStatus;
  revision: number;
  createdBy: string;
}

/** The review columns of the table aliased `a`, named as the contracts name them. */
export const reviewColumns = (
  a: string,
) => `${a}.status, ${a}.revision, ${a}.created_by AS "createdBy", ${a}.created_by_name AS "createdByName",
  ${a}.submitted_at AS "submittedAt", ${a}.approved_by_name AS "approvedByName", ${a}.published_at AS "publishedAt",
  ${a}.superseded_at AS "supersededAt", ${a}.rejection_reason AS "rejectionReason"`;

/** Locks one version for a transition (until the transaction ends). */
export async function lockReviewState(tx: Queryable, table: ReviewTable, regionCode: string, id: string): Promise<ReviewState | null> {
  const r = await tx.query<ReviewState>(
    `SELECT region_code AS "regionCode", id, series_id AS "seriesId", version, department_id AS "departmentId", status, revision,
       created_by AS "createdBy" FROM ${table} WHERE region_code = $1 AND id = $2 FOR UPDATE`,
    [regionCode, id],
  );
  return r.rows[0] ?? null;
}

export async function markSubmitted(tx: Queryable, table: ReviewTable, s: ReviewState, now: string): Promise<void> {
  await tx.query(
    `UPDATE ${table} SET status = 'pending_review', submitted_at = $3, rejection_reason = NULL, revision = revision + 1, updated_at = $3
     WHERE region_code = $1 AND id = $2`,
    [s.regionCode, s.id, now],
  );
}

export async function markRejected(tx: Queryable, table: ReviewTable, s: ReviewState, reason: string, now: string): Promise<void> {
  await tx.query(
    `UPDATE ${table} SET status = 'draft', rejection_reason = $3, revision = revision + 1, updated_at = $4 WHERE region_code = $1 AND id = $2`,
    [s.regionCode, s.id, reason, now],
  );
}

/** Publishes a version and supersedes the published one of its series; returns the superseded ids. */
export async function markPublished(
  tx: Queryable,
  table: ReviewTable,
  s: ReviewState,
  approver: { id: string; name: string },
  now: string,
): Promise<string[]> {
  const superseded = await tx.query<{ id: string }>(
    `UPDATE ${table} SET status = 'superseded', superseded_at = $4, updated_at = $4
     WHERE region_code = $1 AND series_id = $2 AND status = 'published' AND id <> $3 RETURNING id`,
    [s.regionCode, s.seriesId, s.id, now],
  );
  await tx.query(
    `UPDATE ${table} SET status = 'published', approved_by = $3, approved_by_name = $4, published_at = $5, revision = revision + 1, updated_at = $5
     WHERE region_code = $1 AND id = $2`,
    [s.regionCode, s.id, approver.id, approver.name, now],
  );
  return superseded.rows.map((r) => r.id);
}

/** The next version number of a series, serialised per series until the transaction ends. */
export async function nextVersionOf(tx: Queryable, table: ReviewTable, regionCode: string, seriesId: string): Promise<number> {
  await lockChain(tx, `${table}|${regionCode}|${seriesId}`);
  const r = await tx.query<{ v: number }>(
    `SELECT coalesce(max(version), 0)::int AS v FROM ${table} WHERE region_code = $1 AND series_id = $2`,
    [regionCode, seriesId],
  );
  return (r.rows[0]?.v ?? 0) + 1;
}

/** Whether a draft exists in the series already (one open draft per series). */
export async function openDraftOf(tx: Queryable, table: ReviewTable, regionCode: string, seriesId: string): Promise<string | null> {
  const r = await tx.query<{ id: string }>(
    `SELECT id FROM ${table} WHERE region_code = $1 AND series_id = $2 AND status IN ('draft', 'pending_review') LIMIT 1`,
    [regionCode, seriesId],
  );
  return r.rows[0]?.id ?? null;
}
