/** SQL of `public_service_records`: 公益抵罚's service, recorded and verified (常政办发〔2025〕5号 第五项); and the published rules. */
import type { PublicOffsetRule, PublicServiceView } from '@rouxing/contracts';
import type { Queryable } from '../../db/database';

const COLUMNS = `s.id, s.case_id AS "caseId", s.service_on AS "serviceOn", s.place, s.description, s.hours,
  s.evidence_material_id AS "evidenceMaterialId", m.file_name AS "evidenceFileName", s.recorded_by AS "recordedBy",
  s.recorded_by_name AS "recordedByName", s.recorded_at AS "recordedAt", s.verified_by_name AS "verifiedByName",
  s.verified_at AS "verifiedAt", s.verification_note AS "verificationNote"`;
const FROM = `public_service_records s
  LEFT JOIN case_materials m ON m.region_code = s.region_code AND m.id = s.evidence_material_id`;

export type PublicServiceRow = PublicServiceView & { recordedBy: string };

const view = (r: PublicServiceRow): PublicServiceRow => ({
  ...r,
  recordedAt: String(r.recordedAt),
  verifiedAt: r.verifiedAt === null ? null : String(r.verifiedAt),
});

export async function publicServiceOf(db: Queryable, regionCode: string, caseId: string): Promise<PublicServiceRow[]> {
  const r = await db.query<PublicServiceRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE s.region_code = $1 AND s.case_id = $2 ORDER BY s.service_on, s.recorded_at, s.id`,
    [regionCode, caseId],
  );
  return r.rows.map(view);
}

export async function findPublicService(db: Queryable, regionCode: string, caseId: string, id: string, lock = false) {
  if (lock) {
    await db.query('SELECT 1 FROM public_service_records WHERE region_code = $1 AND id = $2 FOR UPDATE', [regionCode, id]);
  }
  const r = await db.query<PublicServiceRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE s.region_code = $1 AND s.case_id = $2 AND s.id = $3`, [
    regionCode,
    caseId,
    id,
  ]);
  return r.rows.map(view)[0];
}

/** The hours of verified service on the case (what a 公益抵罚 may rest on). */
export async function verifiedServiceHours(db: Queryable, regionCode: string, caseId: string): Promise<number> {
  const r = await db.query<{ hours: number }>(
    `SELECT COALESCE(sum(hours), 0)::int AS hours FROM public_service_records
     WHERE region_code = $1 AND case_id = $2 AND verified_at IS NOT NULL`,
    [regionCode, caseId],
  );
  return r.rows[0]?.hours ?? 0;
}

/** Whether the material is filed in the case (the evidence must be). */
export async function caseHasMaterial(db: Queryable, regionCode: string, caseId: string, materialId: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM case_materials WHERE region_code = $1 AND case_id = $2 AND id = $3', [
    regionCode,
    caseId,
    materialId,
  ]);
  return r.rows.length > 0;
}

export interface NewPublicService {
  regionCode: string;
  id: string;
  caseId: string;
  serviceOn: string;
  place: string;
  description: string;
  hours: number;
  evidenceMaterialId: string;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
}

export async function insertPublicService(tx: Queryable, s: NewPublicService): Promise<void> {
  await tx.query(
    `INSERT INTO public_service_records (region_code, id, case_id, service_on, place, description, hours, evidence_material_id,
       recorded_by, recorded_by_name, recorded_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
    [
      s.regionCode,
      s.id,
      s.caseId,
      s.serviceOn,
      s.place,
      s.description,
      s.hours,
      s.evidenceMaterialId,
      s.recordedBy,
      s.recordedByName,
      s.recordedAt,
    ],
  );
}

export async function markPublicServiceVerified(
  tx: Queryable,
  regionCode: string,
  id: string,
  v: { by: string; byName: string; at: string; note: string },
): Promise<void> {
  await tx.query(
    `UPDATE public_service_records SET verified_by = $3, verified_by_name = $4, verified_at = $5, verification_note = $6
     WHERE region_code = $1 AND id = $2 AND verified_at IS NULL`,
    [regionCode, id, v.by, v.byName, v.at, v.note],
  );
}

/** Every published 公益抵罚 conversion rule of the region, for the public portal. */
export async function publishedOffsetRules(db: Queryable, regionCode: string): Promise<PublicOffsetRule[]> {
  const r = await db.query<PublicOffsetRule>(
    `SELECT d.name AS "departmentName", d.contact_phone AS "contactPhone", r.field, r.yuan_per_hour AS "yuanPerHour", r.cap_yuan AS "capYuan",
       r.cap_percent_of_fine AS "capPercentOfFine", r.published_at AS "publishedAt"
     FROM service_offset_rules r JOIN departments d ON d.region_code = r.region_code AND d.id = r.department_id
     WHERE r.region_code = $1 ORDER BY d.name`,
    [regionCode],
  );
  return r.rows.map((x) => ({ ...x, publishedAt: String(x.publishedAt) }));
}
