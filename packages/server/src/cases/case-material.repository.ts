/** `case_materials`: what the case file (案卷, 常政办发〔2025〕5号 第九项) holds, filed by the platform or uploaded by an officer. */
import type { MaterialView } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export interface NewMaterial {
  regionCode: string;
  id: string;
  caseId: string;
  measureId: string | null;
  item: string;
  source: MaterialView['source'];
  fileSha256: string | null;
  fileName: string | null;
  mediaType: string | null;
  size: number | null;
  note: string;
  createdBy: string;
  createdByName: string;
  createdAt: string;
}

export async function insertMaterial(tx: Queryable, m: NewMaterial): Promise<void> {
  await tx.query(
    `INSERT INTO case_materials (region_code, id, case_id, measure_id, item, source, file_sha256, file_name, media_type, size, note,
       created_by, created_by_name, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
    [
      m.regionCode,
      m.id,
      m.caseId,
      m.measureId,
      m.item,
      m.source,
      m.fileSha256,
      m.fileName,
      m.mediaType,
      m.size,
      m.note,
      m.createdBy,
      m.createdByName,
      m.createdAt,
    ],
  );
}

export async function caseMaterials(db: Queryable, regionCode: string, caseId: string): Promise<MaterialView[]> {
  const r = await db.query<MaterialView>(
    `SELECT id, item, measure_id AS "measureId", file_name AS "fileName", file_sha256 AS "fileSha256", size, note, source,
       created_at AS "createdAt", created_by_name AS "createdByName"
     FROM case_materials WHERE region_code = $1 AND case_id = $2 ORDER BY created_at, id`,
    [regionCode, caseId],
  );
  return r.rows.map((m) => ({ ...m, size: m.size === null ? null : Number(m.size), createdAt: String(m.createdAt) }));
}

/** The case file holds `item` for the measure (null: for the case itself). */
export async function hasMaterial(
  db: Queryable,
  regionCode: string,
  caseId: string,
  measureId: string | null,
  item: string,
): Promise<boolean> {
  const r = await db.query(
    'SELECT 1 FROM case_materials WHERE region_code = $1 AND case_id = $2 AND item = $3 AND measure_id IS NOT DISTINCT FROM $4',
    [regionCode, caseId, item, measureId],
  );
  return r.rows.length > 0;
}

export async function findMaterialFile(
  db: Queryable,
  regionCode: string,
  caseId: string,
  materialId: string,
): Promise<{ fileSha256: string | null; fileName: string | null; mediaType: string | null; source: string } | undefined> {
  const r = await db.query<{ fileSha256: string | null; fileName: string | null; mediaType: string | null; source: string }>(
    'SELECT file_sha256 AS "fileSha256", file_name AS "fileName", media_type AS "mediaType", source FROM case_materials WHERE region_code = $1 AND case_id = $2 AND id = $3',
    [regionCode, caseId, materialId],
  );
  return r.rows[0];
}
