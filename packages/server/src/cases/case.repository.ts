/** The `cases` table: a case's row and snapshot, the list, its record of events, and the overdue sweep's reads. */
import type { CaseEventView, CaseSummary, ProposalView } from '@rouxing/contracts';
import type { CaseSnapshot } from '@rouxing/domain';
import type { Queryable } from '../db/database';

export interface StoredProposal extends Omit<ProposalView, 'summary'> {
  summary: string;
  /** For a measure: the id it will get. */
  measureId?: string;
}

export interface CaseRow {
  regionCode: string;
  id: string;
  caseNo: string;
  departmentId: string;
  departmentName: string;
  partyKind: CaseSummary['partyKind'];
  entityId: string | null;
  /** The party's name (the entity's or the person's). */
  entityName: string;
  partyUscc: string | null;
  personId: string | null;
  /** A person's 公民身份号码, masked. */
  partyIdNumber: string | null;
  origin: CaseSummary['origin'];
  state: CaseSummary['state'];
  facts: string;
  legalBasis: string;
  violationItemId: string | null;
  snapshot: CaseSnapshot;
  proposal: StoredProposal | null;
  commitmentDeadline: string | null;
  startedOn: string;
  closedOn: string | null;
  archivedOn: string | null;
  version: number;
}

const CASE_COLUMNS = `c.region_code AS "regionCode", c.id, c.case_no AS "caseNo", c.department_id AS "departmentId", d.name AS "departmentName",
  c.party_kind AS "partyKind", c.entity_id AS "entityId", COALESCE(e.name, p.name) AS "entityName", c.party_uscc AS "partyUscc",
  c.person_id AS "personId", p.id_number_masked AS "partyIdNumber", c.origin, c.state, c.facts, c.legal_basis AS "legalBasis",
  c.violation_item_id AS "violationItemId", c.snapshot, c.proposal, c.commitment_deadline AS "commitmentDeadline",
  c.started_on AS "startedOn", c.closed_on AS "closedOn", c.archived_on AS "archivedOn", c.version`;
const CASE_FROM = `cases c JOIN departments d ON d.region_code = c.region_code AND d.id = c.department_id
  LEFT JOIN entities e ON e.region_code = c.region_code AND e.id = c.entity_id
  LEFT JOIN persons p ON p.region_code = c.region_code AND p.id = c.person_id`;

export async function findCase(db: Queryable, regionCode: string, id: string, lock = false): Promise<CaseRow | undefined> {
  if (lock) {
    // Lock the case row alone (FOR UPDATE on the join would lock the department and entity too).
    await db.query('SELECT 1 FROM cases WHERE region_code = $1 AND id = $2 FOR UPDATE', [regionCode, id]);
  }
  const r = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.region_code = $1 AND c.id = $2`, [regionCode, id]);
  return r.rows[0];
}

export interface CaseFilter {
  departmentId?: string | null;
  partyUscc?: string | null;
  state?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export async function searchCases(db: Queryable, regionCode: string, f: CaseFilter): Promise<{ rows: CaseRow[]; total: number }> {
  const where = ['c.region_code = $1'];
  const params: unknown[] = [regionCode];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (f.departmentId !== undefined) {
    add('c.department_id = ?', f.departmentId);
  }
  if (f.partyUscc !== undefined) {
    add('c.party_uscc = ?', f.partyUscc);
  }
  if (f.state) {
    add('c.state = ?', f.state);
  }
  if (f.q) {
    add(
      '(COALESCE(e.name, p.name) LIKE ? OR c.case_no LIKE ? OR c.party_uscc LIKE ?)'.replaceAll('?', `$${params.length + 1}`),
      `%${f.q}%`,
    );
  }
  const w = where.join(' AND ');
  // Without a search term every filter is the case's own, the entity and person joins are outer, and the department join
  // drops no case (a case is opened in its officer's department, and no department is ever deleted — it is made inactive):
  // the count reads the cases alone, from the department's index (issue 15).
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${f.q ? CASE_FROM : 'cases c'} WHERE ${w}`, params);
  const rows = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE ${w} ORDER BY c.created_at DESC, c.id DESC LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
    params,
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

export interface NewCase {
  regionCode: string;
  id: string;
  caseNo: string;
  departmentId: string;
  partyKind: CaseSummary['partyKind'];
  entityId: string | null;
  personId: string | null;
  partyUscc: string | null;
  origin: CaseSummary['origin'];
  state: CaseSummary['state'];
  facts: string;
  legalBasis: string;
  violationItemId: string | null;
  snapshot: CaseSnapshot;
  startedOn: string;
  createdBy: string;
  createdAt: string;
}

export async function insertCase(tx: Queryable, c: NewCase): Promise<void> {
  await tx.query(
    `INSERT INTO cases (region_code, id, case_no, department_id, entity_id, party_uscc, origin, state, facts, legal_basis, violation_item_id,
       snapshot, started_on, created_by, created_at, updated_at, party_kind, person_id)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$15,$16,$17)`,
    [
      c.regionCode,
      c.id,
      c.caseNo,
      c.departmentId,
      c.entityId,
      c.partyUscc,
      c.origin,
      c.state,
      c.facts,
      c.legalBasis,
      c.violationItemId,
      JSON.stringify(c.snapshot),
      c.startedOn,
      c.createdBy,
      c.createdAt,
      c.partyKind,
      c.personId,
    ],
  );
}

/** A lifecycle step's outcome on the row: the new snapshot and the columns read from it. */
export interface CaseStepChange {
  snapshot: CaseSnapshot;
  commitmentDeadline: string | null;
  proposal: StoredProposal | null;
  updatedAt: string;
}

export async function saveCaseStep(tx: Queryable, regionCode: string, id: string, c: CaseStepChange): Promise<void> {
  await tx.query(
    `UPDATE cases SET state = $3, snapshot = $4, commitment_deadline = $5, closed_on = $6, archived_on = $7, proposal = $8,
       version = version + 1, updated_at = $9 WHERE region_code = $1 AND id = $2`,
    [
      regionCode,
      id,
      c.snapshot.state,
      JSON.stringify(c.snapshot),
      c.commitmentDeadline,
      c.snapshot.closedOn,
      c.snapshot.archivedOn,
      c.proposal ? JSON.stringify(c.proposal) : null,
      c.updatedAt,
    ],
  );
}

/** A change on the case that is not a lifecycle step still moves its version. */
export async function touchCase(tx: Queryable, regionCode: string, id: string, updatedAt: string): Promise<void> {
  await tx.query('UPDATE cases SET version = version + 1, updated_at = $3 WHERE region_code = $1 AND id = $2', [regionCode, id, updatedAt]);
}

/** Keeps (or with null clears) the proposal awaiting a reviewer. */
export async function setCaseProposal(tx: Queryable, regionCode: string, id: string, proposal: StoredProposal | null): Promise<void> {
  await tx.query('UPDATE cases SET proposal = $3 WHERE region_code = $1 AND id = $2', [
    regionCode,
    id,
    proposal ? JSON.stringify(proposal) : null,
  ]);
}

export async function caseEvents(db: Queryable, regionCode: string, caseId: string): Promise<CaseEventView[]> {
  const r = await db.query<CaseEventView>(
    `SELECT seq, type, actor_name AS "actorName", occurred_at AS "occurredAt", from_state AS "fromState", to_state AS "toState", hash
     FROM events WHERE region_code = $1 AND aggregate_type = 'case' AND aggregate_id = $2 ORDER BY seq`,
    [regionCode, caseId],
  );
  return r.rows.map((e) => ({ ...e, occurredAt: String(e.occurredAt) }));
}

/** What the 告知书 offered, as the officer wrote it (kept on the serve_notice event). */
export async function noticeOffered(db: Queryable, regionCode: string, caseId: string): Promise<string> {
  const r = await db.query<{ offered: string | null }>(
    `SELECT payload->>'offered' AS offered FROM events WHERE region_code = $1 AND aggregate_type = 'case' AND aggregate_id = $2
       AND type = 'case.serve_notice' ORDER BY seq DESC LIMIT 1`,
    [regionCode, caseId],
  );
  return r.rows[0]?.offered ?? '';
}

/** Running commitments past their deadline that have not been flagged for that deadline yet (every region). */
export async function unflaggedOverdueCommitments(
  db: Queryable,
  today: string,
): Promise<{ regionCode: string; id: string; deadline: string }[]> {
  const r = await db.query<{ regionCode: string; id: string; deadline: string }>(
    `SELECT c.region_code AS "regionCode", c.id, c.commitment_deadline AS deadline FROM cases c
     WHERE c.state = 'commitment_pending' AND c.commitment_deadline < $1
       AND NOT EXISTS (SELECT 1 FROM events ev WHERE ev.region_code = c.region_code AND ev.aggregate_type = 'case' AND ev.aggregate_id = c.id::text
         AND ev.type = 'case.commitment_overdue' AND ev.payload->>'deadline' = c.commitment_deadline::text)`,
    [today],
  );
  return r.rows;
}
