/** `case_measures`: what the snapshot does not hold about a measure (its text, details, document, the party's signature). */
import type { MeasureType } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export interface MeasureExtra {
  id: string;
  type: string;
  content: string;
  details: Record<string, unknown>;
  documentId: string | null;
  partySignedAt: string | null;
}

export interface NewMeasure {
  regionCode: string;
  caseId: string;
  id: string;
  type: MeasureType;
  content: string;
  details: Record<string, unknown>;
  documentId: string | null;
  createdAt: string;
}

export async function insertMeasure(tx: Queryable, m: NewMeasure): Promise<void> {
  await tx.query(
    `INSERT INTO case_measures (region_code, case_id, id, type, content, details, document_id, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [m.regionCode, m.caseId, m.id, m.type, m.content, JSON.stringify(m.details), m.documentId, m.createdAt],
  );
}

export async function caseMeasureExtras(db: Queryable, regionCode: string, caseId: string): Promise<Map<string, MeasureExtra>> {
  const r = await db.query<MeasureExtra>(
    `SELECT id, type, content, details, document_id AS "documentId", party_signed_at AS "partySignedAt"
     FROM case_measures WHERE region_code = $1 AND case_id = $2`,
    [regionCode, caseId],
  );
  return new Map(r.rows.map((m) => [m.id, { ...m, partySignedAt: m.partySignedAt === null ? null : String(m.partySignedAt) }]));
}

/** The party signed the 承诺书 of the measure. */
export async function markCommitmentSigned(
  tx: Queryable,
  regionCode: string,
  caseId: string,
  measureId: string,
  at: string,
): Promise<void> {
  await tx.query('UPDATE case_measures SET party_signed_at = $4 WHERE region_code = $1 AND case_id = $2 AND id = $3', [
    regionCode,
    caseId,
    measureId,
    at,
  ]);
}
