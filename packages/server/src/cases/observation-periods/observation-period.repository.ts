/** `observation_periods` (观察期, 常政办发〔2025〕5号 第十四项) and the entities' flag that follows them. */
import type { ObservationPeriod, ObservationStatus } from '@rouxing/contracts';
import type { ObservationPeriodSpan } from '@rouxing/domain';
import type { Queryable } from '../../db/database';

/** The entity's approved observation periods, for the 常政办发〔2025〕5号 第十四项 rule of the lifecycle. */
export async function observationPeriodsOf(
  db: Queryable,
  regionCode: string,
  entityId: string | null,
): Promise<(ObservationPeriodSpan & { reason: string })[]> {
  // 常政办发〔2025〕5号 第十四项: periods are for entities of new business forms; a natural person has none.
  if (entityId === null) {
    return [];
  }
  const r = await db.query<ObservationPeriodSpan & { reason: string }>(
    `SELECT start_on AS start, end_on AS "end", reason FROM observation_periods
     WHERE region_code = $1 AND entity_id = $2 AND status = 'approved' ORDER BY start_on`,
    [regionCode, entityId],
  );
  return r.rows;
}

/** What the rules of 常政办发〔2025〕5号 第十四项 ask of the entity. */
export async function entityForObservation(
  db: Queryable,
  regionCode: string,
  entityId: string,
): Promise<{ id: string; name: string; newBusinessForm: boolean; creditGrade: string | null } | undefined> {
  const r = await db.query<{ id: string; name: string; newBusinessForm: boolean; creditGrade: string | null }>(
    'SELECT id, name, new_business_form AS "newBusinessForm", credit_grade AS "creditGrade" FROM entities WHERE region_code = $1 AND id = $2',
    [regionCode, entityId],
  );
  return r.rows[0];
}

export interface NewObservationPeriod {
  regionCode: string;
  id: string;
  entityId: string;
  departmentId: string;
  startOn: string;
  endOn: string;
  reason: string;
  proposedBy: string;
  proposedByName: string;
  createdAt: string;
}

export async function insertObservationPeriod(tx: Queryable, p: NewObservationPeriod): Promise<void> {
  await tx.query(
    `INSERT INTO observation_periods (region_code, id, entity_id, department_id, start_on, end_on, reason, status, proposed_by, proposed_by_name, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,'pending',$8,$9,$10)`,
    [p.regionCode, p.id, p.entityId, p.departmentId, p.startOn, p.endOn, p.reason, p.proposedBy, p.proposedByName, p.createdAt],
  );
}

export interface ObservationPeriodRef {
  status: ObservationStatus;
  proposedBy: string;
  departmentId: string;
  entityId: string;
  startOn: string;
  endOn: string;
}

/** The period, its row locked until the transaction ends. */
export async function lockObservationPeriod(tx: Queryable, regionCode: string, id: string): Promise<ObservationPeriodRef | undefined> {
  const r = await tx.query<ObservationPeriodRef>(
    `SELECT status, proposed_by AS "proposedBy", department_id AS "departmentId", entity_id AS "entityId", start_on AS "startOn", end_on AS "endOn"
     FROM observation_periods WHERE region_code = $1 AND id = $2 FOR UPDATE`,
    [regionCode, id],
  );
  return r.rows[0];
}

export async function decideObservationPeriodRow(
  tx: Queryable,
  regionCode: string,
  id: string,
  d: { status: 'approved' | 'refused'; approvedBy: string; approvedByName: string; decidedAt: string },
): Promise<void> {
  await tx.query(
    `UPDATE observation_periods SET status = $3, approved_by = $4, approved_by_name = $5, decided_at = $6 WHERE region_code = $1 AND id = $2`,
    [regionCode, id, d.status, d.approvedBy, d.approvedByName, d.decidedAt],
  );
}

/**
 * `entities.in_observation_period` (read by the decision engine's door) follows the approved periods on
 * `today`: for one entity, or (entityId null) for every entity of the region that has or had a period.
 */
export async function refreshObservationFlag(db: Queryable, regionCode: string, entityId: string | null, today: string): Promise<void> {
  await db.query(
    `UPDATE entities e SET in_observation_period = EXISTS (
       SELECT 1 FROM observation_periods p WHERE p.region_code = $1 AND p.entity_id = e.id AND p.status = 'approved'
         AND p.start_on <= $3::date AND p.end_on >= $3::date)
     WHERE e.region_code = $1 AND ($2::uuid IS NULL OR e.id = $2::uuid)
       AND (e.in_observation_period OR EXISTS (SELECT 1 FROM observation_periods p WHERE p.region_code = $1 AND p.entity_id = e.id))`,
    [regionCode, entityId, today],
  );
}

export async function listObservationPeriodRows(db: Queryable, regionCode: string): Promise<ObservationPeriod[]> {
  const r = await db.query<ObservationPeriod>(
    `SELECT p.id, p.entity_id AS "entityId", e.name AS "entityName", e.uscc, p.department_id AS "departmentId", d.name AS "departmentName",
       p.proposed_by AS "proposedBy", p.start_on AS "startOn", p.end_on AS "endOn",
       p.reason, p.status, p.proposed_by_name AS "proposedByName", p.approved_by_name AS "approvedByName", p.created_at AS "createdAt"
     FROM observation_periods p JOIN entities e ON e.region_code = p.region_code AND e.id = p.entity_id
       JOIN departments d ON d.region_code = p.region_code AND d.id = p.department_id
     WHERE p.region_code = $1 ORDER BY p.created_at DESC`,
    [regionCode],
  );
  return r.rows;
}
