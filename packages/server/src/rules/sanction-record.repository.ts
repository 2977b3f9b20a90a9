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

export interface CaseDecisionRecord {
  regionCode: string;
  caseId: string;
  id: string;
  decidedOn: string;
  outcome: 'penalty' | 'no_penalty' | 'waived' | 'measure';
  documentNo: string;
  /** The violation decided, when the decision names one; else the case's catalogue item, if any. */
  violationCode: string | null;
}

/**
 * What a case of this platform decided, as a decision on record against its party (the entity, or the person by
 * the keyed hash of the number), in the name of the case's department: one record per case (a repeat is ignored).
 */
export async function insertCaseDecisionRecord(tx: Queryable, r: CaseDecisionRecord, now: string): Promise<void> {
  await tx.query(
    `INSERT INTO sanction_records (region_code, id, entity_id, person_hash, decided_on, department_id, authority, violation_code, outcome,
       document_no, source, created_at, case_id)
     SELECT c.region_code, $3, c.entity_id, p.id_number_hash, $4, c.department_id, d.name, COALESCE($5, v.code), $6, $7, 'case', $8, c.id
     FROM cases c JOIN departments d ON d.region_code = c.region_code AND d.id = c.department_id
       LEFT JOIN persons p ON p.region_code = c.region_code AND p.id = c.person_id
       LEFT JOIN violation_items v ON v.region_code = c.region_code AND v.id = c.violation_item_id
     WHERE c.region_code = $1 AND c.id = $2
     ON CONFLICT (region_code, case_id) WHERE case_id IS NOT NULL DO NOTHING`,
    [r.regionCode, r.caseId, r.id, r.decidedOn, r.violationCode, r.outcome, r.documentNo, now],
  );
}

/** The decisions on record against a case's party (entity or person), newest first: what its first-offence test reads. */
export async function sanctionRecordsOfCaseParty(db: Queryable, regionCode: string, caseId: string): Promise<PriorViolationRecord[]> {
  return recordsWhere(
    db,
    `EXISTS (SELECT 1 FROM cases c LEFT JOIN persons p ON p.region_code = $1 AND p.id = c.person_id
       WHERE c.region_code = $1 AND c.id = $2 AND (s.entity_id = c.entity_id OR s.person_hash = p.id_number_hash))`,
    [regionCode, caseId],
  );
}
