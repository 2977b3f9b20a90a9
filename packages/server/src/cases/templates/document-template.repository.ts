/** `document_templates`: the department's uploaded, versioned templates (常政办发〔2025〕5号 第七项、第十项); the defaults ship with the product. */
import type { TemplateVersion } from '@rouxing/contracts';
import type { Queryable } from '../../db/database';

export async function templateVersionsOf(db: Queryable, regionCode: string, departmentId: string): Promise<TemplateVersion[]> {
  const r = await db.query<TemplateVersion>(
    `SELECT doc_type AS "docType", version, id, file_name AS "fileName", uploaded_by_name AS "uploadedByName", uploaded_at AS "uploadedAt", active
     FROM document_templates WHERE region_code = $1 AND department_id = $2 ORDER BY doc_type, version DESC`,
    [regionCode, departmentId],
  );
  return r.rows;
}

/** The next version number of the department's template of `docType`. */
export async function nextTemplateVersion(tx: Queryable, regionCode: string, departmentId: string, docType: string): Promise<number> {
  const v = await tx.query<{ next: number }>(
    `SELECT coalesce(max(version), 0) + 1 AS next FROM document_templates WHERE region_code = $1 AND department_id = $2 AND doc_type = $3`,
    [regionCode, departmentId, docType],
  );
  return v.rows[0]?.next ?? 1;
}

/** No uploaded version of `docType` is in use any more (the default applies until another is uploaded). */
export async function deactivateTemplates(tx: Queryable, regionCode: string, departmentId: string, docType: string): Promise<void> {
  await tx.query('UPDATE document_templates SET active = false WHERE region_code = $1 AND department_id = $2 AND doc_type = $3', [
    regionCode,
    departmentId,
    docType,
  ]);
}

export async function insertTemplateVersion(
  tx: Queryable,
  t: {
    regionCode: string;
    id: string;
    departmentId: string;
    docType: string;
    version: number;
    fileSha256: string;
    fileName: string;
    uploadedBy: string;
    uploadedByName: string;
    uploadedAt: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO document_templates (region_code, id, department_id, doc_type, version, file_sha256, file_name, active, uploaded_by, uploaded_by_name, uploaded_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,true,$8,$9,$10)`,
    [t.regionCode, t.id, t.departmentId, t.docType, t.version, t.fileSha256, t.fileName, t.uploadedBy, t.uploadedByName, t.uploadedAt],
  );
}
