/** The officer's to-do list (常政办发〔2025〕5号 第六项至第九项) as queries over the department's cases: deadlines are columns. */
import type { DeliveryMethod } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

/** A line of the list names its case. */
export interface TodoCase {
  id: string;
  caseNo: string;
  entityName: string;
}

const BASE_FROM = `FROM cases c LEFT JOIN entities e ON e.region_code = c.region_code AND e.id = c.entity_id
  LEFT JOIN persons p ON p.region_code = c.region_code AND p.id = c.person_id`;
const OF_DEPARTMENT = 'c.region_code = $1 AND c.department_id = $2';
const CASE_LINE = 'c.id, c.case_no AS "caseNo", COALESCE(e.name, p.name) AS "entityName"';

/** Notices served whose party has not chosen yet, with the choice deadline. */
export async function casesAwaitingChoice(db: Queryable, regionCode: string, departmentId: string) {
  const r = await db.query<TodoCase & { deadline: string }>(
    `SELECT ${CASE_LINE}, c.snapshot->'notice'->>'choiceDeadline' AS deadline ${BASE_FROM}
     WHERE ${OF_DEPARTMENT} AND c.state = 'notice_served'`,
    [regionCode, departmentId],
  );
  return r.rows;
}

/** Running commitments, with their deadline. */
export async function casesWithRunningCommitment(db: Queryable, regionCode: string, departmentId: string) {
  const r = await db.query<TodoCase & { deadline: string }>(
    `SELECT ${CASE_LINE}, c.commitment_deadline AS deadline ${BASE_FROM} WHERE ${OF_DEPARTMENT} AND c.state = 'commitment_pending'`,
    [regionCode, departmentId],
  );
  return r.rows;
}

/** Documents sent and not yet delivered, in cases not archived. */
export async function casesWithPendingDelivery(db: Queryable, regionCode: string, departmentId: string) {
  const r = await db.query<TodoCase & { sentOn: string; method: DeliveryMethod; documentNo: string }>(
    `SELECT ${CASE_LINE}, dl.sent_on AS "sentOn", dl.method, doc.document_no AS "documentNo" ${BASE_FROM}
       JOIN deliveries dl ON dl.region_code = c.region_code AND dl.case_id = c.id
       JOIN documents doc ON doc.region_code = dl.region_code AND doc.id = dl.document_id
     WHERE ${OF_DEPARTMENT} AND dl.delivered_on IS NULL AND c.state <> 'archived'`,
    [regionCode, departmentId],
  );
  return r.rows;
}

/** Cases completed or terminated and not archived yet, with the day they closed. */
export async function casesAwaitingArchive(db: Queryable, regionCode: string, departmentId: string) {
  const r = await db.query<TodoCase & { closedOn: string }>(
    `SELECT ${CASE_LINE}, c.closed_on AS "closedOn" ${BASE_FROM} WHERE ${OF_DEPARTMENT} AND c.state IN ('completed', 'terminated')`,
    [regionCode, departmentId],
  );
  return r.rows;
}

/** Cases with a proposal awaiting a reviewer, with its summary and proposer. */
export async function casesAwaitingApproval(db: Queryable, regionCode: string, departmentId: string) {
  const r = await db.query<TodoCase & { summary: string; proposedBy: string }>(
    `SELECT ${CASE_LINE}, c.proposal->>'summary' AS summary, c.proposal->>'proposedBy' AS "proposedBy" ${BASE_FROM}
     WHERE ${OF_DEPARTMENT} AND c.proposal IS NOT NULL`,
    [regionCode, departmentId],
  );
  return r.rows;
}
