/** The officer's to-do list (常政办发〔2025〕5号 第六项至第九项) as queries over the department's cases: deadlines are columns. */
import type { DeliveryMethod } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

/** A line of the list names its case. */
export interface TodoCase {
  id: string;
  caseNo: string;
  entityName: string;
}

/** The department's case lines, each tagged with what it awaits. */
export type TodoCaseRow =
  | (TodoCase & { line: 'choice'; deadline: string })
  | (TodoCase & { line: 'commitment'; deadline: string })
  | (TodoCase & { line: 'delivery'; sentOn: string; method: DeliveryMethod; documentNo: string })
  | (TodoCase & { line: 'archive'; closedOn: string })
  | (TodoCase & { line: 'approval'; summary: string; proposedBy: string });

const BASE_FROM = `FROM cases c LEFT JOIN entities e ON e.region_code = c.region_code AND e.id = c.entity_id
  LEFT JOIN persons p ON p.region_code = c.region_code AND p.id = c.person_id`;
const OF_DEPARTMENT = 'c.region_code = $1 AND c.department_id = $2';
const CASE_LINE = 'c.id, c.case_no AS "caseNo", COALESCE(e.name, p.name) AS "entityName"';
/** The columns of every part, in one order; a part fills its own and leaves the others NULL. */
const part = (
  line: string,
  cols: {
    deadline?: string;
    sentOn?: string;
    method?: string;
    documentNo?: string;
    closedOn?: string;
    summary?: string;
    proposedBy?: string;
  },
) =>
  `SELECT '${line}' AS line, ${CASE_LINE}, ${cols.deadline ?? 'NULL::text'} AS deadline, ${cols.sentOn ?? 'NULL::date'} AS "sentOn",
     ${cols.method ?? 'NULL::text'} AS method, ${cols.documentNo ?? 'NULL::text'} AS "documentNo", ${cols.closedOn ?? 'NULL::date'} AS "closedOn",
     ${cols.summary ?? 'NULL::text'} AS summary, ${cols.proposedBy ?? 'NULL::text'} AS "proposedBy"`;

/**
 * The department's case lines in one statement (one routed statement on Citus where there were five; issue 15):
 * notices served whose party has not chosen yet, with the choice deadline; running commitments, with their deadline;
 * documents sent and not yet delivered, in cases not archived; cases completed or terminated and not archived yet,
 * with the day they closed; and, when `withApprovals`, cases with a proposal awaiting a reviewer, with its summary and
 * proposer.
 */
export async function todoCaseRows(
  db: Queryable,
  regionCode: string,
  departmentId: string,
  withApprovals: boolean,
): Promise<TodoCaseRow[]> {
  const parts = [
    `${part('choice', { deadline: "c.snapshot->'notice'->>'choiceDeadline'" })} ${BASE_FROM} WHERE ${OF_DEPARTMENT} AND c.state = 'notice_served'`,
    `${part('commitment', { deadline: 'c.commitment_deadline::text' })} ${BASE_FROM} WHERE ${OF_DEPARTMENT} AND c.state = 'commitment_pending'`,
    `${part('delivery', { sentOn: 'dl.sent_on', method: 'dl.method', documentNo: 'doc.document_no' })} ${BASE_FROM}
       JOIN deliveries dl ON dl.region_code = c.region_code AND dl.case_id = c.id
       JOIN documents doc ON doc.region_code = dl.region_code AND doc.id = dl.document_id
     WHERE ${OF_DEPARTMENT} AND dl.delivered_on IS NULL AND c.state <> 'archived'`,
    `${part('archive', { closedOn: 'c.closed_on' })} ${BASE_FROM} WHERE ${OF_DEPARTMENT} AND c.state IN ('completed', 'terminated')`,
    ...(withApprovals
      ? [
          `${part('approval', { summary: "c.proposal->>'summary'", proposedBy: "c.proposal->>'proposedBy'" })} ${BASE_FROM}
           WHERE ${OF_DEPARTMENT} AND c.proposal IS NOT NULL`,
        ]
      : []),
  ];
  const r = await db.query<TodoCaseRow>(parts.join('\nUNION ALL\n'), [regionCode, departmentId], {
    prepare: withApprovals ? 'todo_cases_approvals' : 'todo_cases',
  });
  return r.rows;
}
