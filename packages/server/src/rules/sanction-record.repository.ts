/** SQL of the decisions made against a party (处罚决定、不予处罚决定): what a first-offence test reads. */
import type { PriorViolationRecord } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export interface SanctionRecordInsert {
  regionCode: string;
  id: string;
  entityId: string;
  decidedOn: string;
  departmentId: string | null;
  authority: string;
  violationCode: string | null;
  outcome: 'penalty' | 'no_penalty' | 'waived';
  documentNo: string;
  source: 'case' | 'import' | 'demo';
}

export async function insertSanctionRecord(tx: Queryable, r: SanctionRecordInsert, now: string): Promise<void> {
  await tx.query(
    `INSERT INTO sanction_records (region_code, id, entity_id, decided_on, department_id, authority, violation_code, outcome, document_no, source, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
    [r.regionCode, r.id, r.entityId, r.decidedOn, r.departmentId, r.authority, r.violationCode, r.outcome, r.documentNo, r.source, now],
  );
}

/** Every decision against the entity, newest first. */
export async function sanctionRecordsOf(db: Queryable, regionCode: string, entityId: string): Promise<PriorViolationRecord[]> {
  return recordsWhere(db, 's.entity_id = $2', [regionCode, entityId]);
}

/** Every decision against the natural person with this keyed hash of the 公民身份号码, newest first. */
export async function sanctionRecordsOfPerson(db: Queryable, regionCode: string, personHash: string): Promise<PriorViolationRecord[]> {
  return recordsWhere(db, 's.person_hash = $2', [regionCode, personHash]);
}

async function recordsWhere(db: Queryable, party: string, params: unknown[]): Promise<PriorViolationRecord[]> {
  const r = await db.query<PriorViolationRecord>(
    `SELECT s.id, s.decided_on AS "decidedOn", s.authority, s.violation_code AS "violationCode", v.name AS "violationName", s.outcome,
       s.document_no AS "documentNo"
     FROM sanction_records s LEFT JOIN violation_items v ON v.region_code = s.region_code AND v.code = s.violation_code
     WHERE s.region_code = $1 AND ${party} ORDER BY s.decided_on DESC, s.id`,
    params,
  );
  return r.rows;
}

/** Whether the entity is registered in the region (the decisions on record are asked of a registered party). */
export async function isRegisteredEntity(db: Queryable, regionCode: string, entityId: string): Promise<boolean> {
  const r = await db.query<{ id: string }>('SELECT id FROM entities WHERE region_code = $1 AND id = $2', [regionCode, entityId]);
  return r.rows.length > 0;
}
