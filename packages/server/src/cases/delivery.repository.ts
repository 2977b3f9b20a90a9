/** `deliveries` (送达 of a case's served documents) and `delivery_consents` (电子送达确认书). */
import type { DeliveryMethod, DeliveryView } from '@rouxing/contracts';
import { DOCUMENT_TYPES, type DocumentType } from '@rouxing/domain';
import type { Queryable } from '../db/database';

export interface NewDelivery {
  regionCode: string;
  id: string;
  caseId: string;
  documentId: string;
  measureId: string | null;
  /** The material the proof of delivery is filed as. */
  proofItem: string;
  method: DeliveryMethod;
  sentOn: string;
  createdAt: string;
}

export async function insertDelivery(tx: Queryable, d: NewDelivery): Promise<void> {
  await tx.query(
    `INSERT INTO deliveries (region_code, id, case_id, document_id, measure_id, proof_item, method, sent_on, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [d.regionCode, d.id, d.caseId, d.documentId, d.measureId, d.proofItem, d.method, d.sentOn, d.createdAt],
  );
}

/** A delivery with its document's 文号, for recording its receipt. */
export interface DeliveryRef {
  id: string;
  caseId: string;
  method: DeliveryMethod;
  deliveredOn: string | null;
  proofItem: string;
  measureId: string | null;
  documentNo: string;
}

/** The delivery, its row locked until the transaction ends. */
export async function lockDelivery(tx: Queryable, regionCode: string, id: string): Promise<DeliveryRef | undefined> {
  const r = await tx.query<DeliveryRef>(
    `SELECT dl.id, dl.case_id AS "caseId", dl.method, dl.delivered_on AS "deliveredOn", dl.proof_item AS "proofItem", dl.measure_id AS "measureId",
       doc.document_no AS "documentNo"
     FROM deliveries dl JOIN documents doc ON doc.region_code = dl.region_code AND doc.id = dl.document_id
     WHERE dl.region_code = $1 AND dl.id = $2 FOR UPDATE OF dl`,
    [regionCode, id],
  );
  return r.rows[0];
}

export async function markDelivered(tx: Queryable, regionCode: string, id: string, deliveredOn: string, recipient: string): Promise<void> {
  await tx.query('UPDATE deliveries SET delivered_on = $3, recipient = $4 WHERE region_code = $1 AND id = $2', [
    regionCode,
    id,
    deliveredOn,
    recipient,
  ]);
}

/** What was sent electronically in the case as `proofItem` and not yet received. */
export async function pendingElectronicDeliveries(
  tx: Queryable,
  regionCode: string,
  caseId: string,
  proofItem: string,
): Promise<Omit<DeliveryRef, 'caseId' | 'method' | 'deliveredOn'>[]> {
  const r = await tx.query<Omit<DeliveryRef, 'caseId' | 'method' | 'deliveredOn'>>(
    `SELECT dl.id, dl.measure_id AS "measureId", dl.proof_item AS "proofItem", doc.document_no AS "documentNo"
     FROM deliveries dl JOIN documents doc ON doc.region_code = dl.region_code AND doc.id = dl.document_id
     WHERE dl.region_code = $1 AND dl.case_id = $2 AND dl.method = 'electronic' AND dl.delivered_on IS NULL AND dl.proof_item = $3`,
    [regionCode, caseId, proofItem],
  );
  return r.rows;
}

export async function caseDeliveries(
  db: Queryable,
  regionCode: string,
  caseId: string,
): Promise<(DeliveryView & { proofItem: string; measureId: string | null })[]> {
  const r = await db.query<DeliveryView & { proofItem: string; measureId: string | null; docType: DocumentType }>(
    `SELECT dl.id, dl.document_id AS "documentId", doc.document_no AS "documentNo", doc.doc_type AS "docType", dl.method,
       CASE WHEN dl.delivered_on IS NULL THEN 'pending' ELSE 'delivered' END AS status, dl.sent_on AS "sentOn", dl.delivered_on AS "deliveredOn",
       dl.recipient, dl.proof_item AS "proofItem", dl.measure_id AS "measureId"
     FROM deliveries dl JOIN documents doc ON doc.region_code = dl.region_code AND doc.id = dl.document_id
     WHERE dl.region_code = $1 AND dl.case_id = $2 ORDER BY dl.created_at, dl.id`,
    [regionCode, caseId],
  );
  return r.rows.map(({ docType, ...d }) => ({ ...d, title: DOCUMENT_TYPES[docType]?.title ?? docType }));
}

/** The entity's 电子送达确认书 on file; a natural person (no portal account, `entityId` null) has none. */
export async function electronicConsentOf(db: Queryable, regionCode: string, entityId: string | null): Promise<boolean> {
  if (entityId === null) {
    return false;
  }
  const r = await db.query('SELECT 1 FROM delivery_consents WHERE region_code = $1 AND entity_id = $2 AND revoked_at IS NULL', [
    regionCode,
    entityId,
  ]);
  return r.rows.length > 0;
}

/** Records the consent (again, after a withdrawal). */
export async function giveDeliveryConsent(tx: Queryable, regionCode: string, entityId: string, at: string, by: string): Promise<void> {
  await tx.query(
    `INSERT INTO delivery_consents (region_code, entity_id, consented_at, consented_by) VALUES ($1,$2,$3,$4)
     ON CONFLICT (region_code, entity_id) DO UPDATE SET consented_at = $3, consented_by = $4, revoked_at = NULL`,
    [regionCode, entityId, at, by],
  );
}

export async function revokeDeliveryConsent(tx: Queryable, regionCode: string, entityId: string, at: string): Promise<void> {
  await tx.query('UPDATE delivery_consents SET revoked_at = $3 WHERE region_code = $1 AND entity_id = $2', [regionCode, entityId, at]);
}
