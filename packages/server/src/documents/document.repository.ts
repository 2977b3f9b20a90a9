/** SQL of issued documents (文书): the gapless 文号 counters, the departments' templates, the documents. */
import type { Queryable } from '../db/database';

/**
 * The next serial of (department, type, year). The row lock taken by the UPSERT is held until the
 * transaction ends: concurrent issuers queue, and a rollback returns the number.
 */
export async function takeDocumentSerial(
  tx: Queryable,
  regionCode: string,
  departmentId: string,
  docType: string,
  year: number,
): Promise<number> {
  const r = await tx.query<{ lastNo: number }>(
    `INSERT INTO document_counters (region_code, department_id, doc_type, year, last_no) VALUES ($1, $2, $3, $4, 1)
     ON CONFLICT (region_code, department_id, doc_type, year) DO UPDATE SET last_no = document_counters.last_no + 1
     RETURNING last_no AS "lastNo"`,
    [regionCode, departmentId, docType, year],
  );
  return r.rows[0]?.lastNo as number;
}

/** The department's newest active uploaded template of a type, or null. */
export async function findActiveTemplate(
  db: Queryable,
  regionCode: string,
  departmentId: string,
  docType: string,
): Promise<{ id: string; fileSha256: string } | null> {
  const r = await db.query<{ id: string; fileSha256: string }>(
    `SELECT id, file_sha256 AS "fileSha256" FROM document_templates
     WHERE region_code = $1 AND department_id = $2 AND doc_type = $3 AND active ORDER BY version DESC LIMIT 1`,
    [regionCode, departmentId, docType],
  );
  return r.rows[0] ?? null;
}

export interface DocumentInsert {
  regionCode: string;
  id: string;
  departmentId: string;
  aggregateType: string;
  aggregateId: string;
  docType: string;
  year: number;
  serial: number;
  documentNo: string;
  fileSha256: string;
  fileName: string;
  /** The uploaded template's id, or `default`. */
  templateSource: string;
  createdBy: { id: string; name: string };
  createdAt: string;
}

export async function insertDocument(tx: Queryable, d: DocumentInsert): Promise<void> {
  await tx.query(
    `INSERT INTO documents (region_code, id, department_id, aggregate_type, aggregate_id, doc_type, year, serial, document_no, file_sha256,
       file_name, template_source, created_by, created_by_name, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)`,
    [
      d.regionCode,
      d.id,
      d.departmentId,
      d.aggregateType,
      d.aggregateId,
      d.docType,
      d.year,
      d.serial,
      d.documentNo,
      d.fileSha256,
      d.fileName,
      d.templateSource,
      d.createdBy.id,
      d.createdBy.name,
      d.createdAt,
    ],
  );
}
