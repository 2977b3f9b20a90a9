/** SQL of the discretion benchmarks (行政裁量基准). */
import type { BenchmarkInput, DiscretionBenchmark } from '@rouxing/contracts';
import type { Queryable } from '../db/database';
import { reviewColumns } from './review.repository';

export type BenchmarkRow = Omit<DiscretionBenchmark, 'displayStatus'>;

const COLUMNS = `b.region_code AS "regionCode", b.id, b.series_id AS "seriesId", b.version, b.violation_code AS "violationCode",
  v.name AS "violationName", b.level, b.issuer, b.department_id AS "departmentId", d.name AS "departmentName",
  json_build_object('min', b.fine_min, 'max', b.fine_max) AS fine, b.tiers, b.mitigated_floor AS "mitigatedFloor",
  b.aggravating, b.mitigating, b.effective_from AS "effectiveFrom", b.note, ${reviewColumns('b')}`;
const FROM = `discretion_benchmarks b JOIN departments d ON d.region_code = b.region_code AND d.id = b.department_id
  LEFT JOIN violation_items v ON v.region_code = b.region_code AND v.code = b.violation_code`;

export async function findBenchmark(db: Queryable, regionCode: string, id: string): Promise<BenchmarkRow | null> {
  const r = await db.query<BenchmarkRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE b.region_code = $1 AND b.id = $2`, [regionCode, id]);
  return r.rows[0] ?? null;
}

export async function searchBenchmarks(
  db: Queryable,
  regionCode: string,
  q: { violationCode?: string; departmentId?: string; status?: string; publishedOnly?: boolean; page: number; pageSize: number },
): Promise<{ items: BenchmarkRow[]; total: number }> {
  const where = ['b.region_code = $1'];
  const params: unknown[] = [regionCode];
  if (q.violationCode) {
    params.push(`%${q.violationCode}%`);
    where.push(`(b.violation_code ILIKE $${params.length} OR v.name ILIKE $${params.length})`);
  }
  if (q.departmentId) {
    params.push(q.departmentId);
    where.push(`b.department_id = $${params.length}`);
  }
  if (q.status) {
    params.push(q.status);
    where.push(`b.status = $${params.length}`);
  }
  if (q.publishedOnly) {
    where.push(`b.status = 'published'`);
  }
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${FROM} WHERE ${where.join(' AND ')}`, params);
  params.push(q.pageSize, (q.page - 1) * q.pageSize);
  const r = await db.query<BenchmarkRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')}
     ORDER BY b.violation_code, b.level, b.version DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { items: r.rows, total: total.rows[0]?.n ?? 0 };
}

export async function publishedBenchmarksForCode(db: Queryable, regionCode: string, violationCode: string): Promise<BenchmarkRow[]> {
  const r = await db.query<BenchmarkRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE b.region_code = $1 AND b.violation_code = $2 AND b.status = 'published'`,
    [regionCode, violationCode],
  );
  return r.rows;
}

type BenchmarkFields = BenchmarkInput;

export async function insertBenchmark(
  tx: Queryable,
  row: BenchmarkFields & { regionCode: string; id: string; seriesId: string; version: number; createdBy: { id: string; name: string } },
  now: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO discretion_benchmarks (region_code, id, series_id, version, violation_code, level, issuer, department_id, fine_min, fine_max,
       tiers, mitigated_floor, aggravating, mitigating, effective_from, note, status, created_by, created_by_name, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,'draft',$17,$18,$19,$19)`,
    [
      row.regionCode,
      row.id,
      row.seriesId,
      row.version,
      row.violationCode,
      row.level,
      row.issuer,
      row.departmentId,
      row.fine.min,
      row.fine.max,
      JSON.stringify(row.tiers),
      row.mitigatedFloor,
      JSON.stringify(row.aggravating),
      JSON.stringify(row.mitigating),
      row.effectiveFrom,
      row.note,
      row.createdBy.id,
      row.createdBy.name,
      now,
    ],
  );
}

export async function updateDraftBenchmark(
  tx: Queryable,
  regionCode: string,
  id: string,
  revision: number,
  f: BenchmarkFields,
  now: string,
): Promise<boolean> {
  const r = await tx.query(
    `UPDATE discretion_benchmarks SET violation_code = $4, level = $5, issuer = $6, department_id = $7, fine_min = $8, fine_max = $9,
       tiers = $10, mitigated_floor = $11, aggravating = $12, mitigating = $13, effective_from = $14, note = $15,
       revision = revision + 1, updated_at = $16
     WHERE region_code = $1 AND id = $2 AND revision = $3 AND status = 'draft'`,
    [
      regionCode,
      id,
      revision,
      f.violationCode,
      f.level,
      f.issuer,
      f.departmentId,
      f.fine.min,
      f.fine.max,
      JSON.stringify(f.tiers),
      f.mitigatedFloor,
      JSON.stringify(f.aggravating),
      JSON.stringify(f.mitigating),
      f.effectiveFrom,
      f.note,
      now,
    ],
  );
  return r.rowCount === 1;
}
