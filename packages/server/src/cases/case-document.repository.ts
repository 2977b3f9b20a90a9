/** The documents issued in a case (the `documents` rows whose aggregate is the case), read for the views and downloads. */
import type { CaseDocumentView } from '@rouxing/contracts';
import { DOCUMENT_TYPES, type DocumentType } from '@rouxing/domain';
import type { Queryable } from '../db/database';

export async function caseDocuments(db: Queryable, regionCode: string, caseId: string): Promise<CaseDocumentView[]> {
  const r = await db.query<Omit<CaseDocumentView, 'title'> & { docType: DocumentType }>(
    `SELECT doc.id, doc.doc_type AS "docType", doc.document_no AS "documentNo", doc.file_name AS "fileName", doc.file_sha256 AS "fileSha256",
       m.id AS "measureId", doc.created_at AS "createdAt"
     FROM documents doc LEFT JOIN case_measures m ON m.region_code = doc.region_code AND m.case_id::text = doc.aggregate_id AND m.document_id = doc.id
     WHERE doc.region_code = $1 AND doc.aggregate_type = 'case' AND doc.aggregate_id = $2 ORDER BY doc.created_at, doc.id`,
    [regionCode, caseId],
  );
  return r.rows.map((d) => ({ ...d, title: DOCUMENT_TYPES[d.docType]?.title ?? d.docType, createdAt: String(d.createdAt) }));
}

export interface DocumentFile {
  fileSha256: string;
  fileName: string;
  documentNo: string;
}

/** A document of the region by id (its file and 文号). */
export async function findDocumentFile(db: Queryable, regionCode: string, id: string): Promise<DocumentFile | undefined> {
  const r = await db.query<DocumentFile>(
    'SELECT file_sha256 AS "fileSha256", file_name AS "fileName", document_no AS "documentNo" FROM documents WHERE region_code = $1 AND id = $2',
    [regionCode, id],
  );
  return r.rows[0];
}

/** A document issued in some case, with the case it belongs to. */
export async function findCaseDocumentFile(
  db: Queryable,
  regionCode: string,
  id: string,
): Promise<{ caseId: string; fileSha256: string; fileName: string } | undefined> {
  const r = await db.query<{ caseId: string; fileSha256: string; fileName: string }>(
    `SELECT aggregate_id AS "caseId", file_sha256 AS "fileSha256", file_name AS "fileName" FROM documents
     WHERE region_code = $1 AND id = $2 AND aggregate_type = 'case'`,
    [regionCode, id],
  );
  return r.rows[0];
}
