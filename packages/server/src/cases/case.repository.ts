/** Reading cases and their parts (the writes live with the use cases, inside their transactions). */
import type {
  CaseDocumentView,
  CaseEventView,
  CaseSummary,
  DeliveryView,
  FollowUpView,
  MaterialView,
  ProposalView,
} from '@rouxing/contracts';
import { type CaseSnapshot, caseCommitmentOverdue, DOCUMENT_TYPES, type DocumentType, type ObservationPeriodSpan } from '@rouxing/domain';
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
  entityId: string;
  entityName: string;
  partyUscc: string;
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
  c.entity_id AS "entityId", e.name AS "entityName", c.party_uscc AS "partyUscc", c.origin, c.state, c.facts, c.legal_basis AS "legalBasis",
  c.violation_item_id AS "violationItemId", c.snapshot, c.proposal, c.commitment_deadline AS "commitmentDeadline",
  c.started_on AS "startedOn", c.closed_on AS "closedOn", c.archived_on AS "archivedOn", c.version`;
const CASE_FROM = `cases c JOIN departments d ON d.region_code = c.region_code AND d.id = c.department_id
  JOIN entities e ON e.region_code = c.region_code AND e.id = c.entity_id`;

export async function findCase(db: Queryable, regionCode: string, id: string, lock = false): Promise<CaseRow | undefined> {
  if (lock) {
    // Lock the case row alone (FOR UPDATE on the join would lock the department and entity too).
    await db.query('SELECT 1 FROM cases WHERE region_code = $1 AND id = $2 FOR UPDATE', [regionCode, id]);
  }
  const r = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.region_code = $1 AND c.id = $2`, [regionCode, id]);
  return r.rows[0];
}

export function toSummary(row: CaseRow, today: string): CaseSummary {
  return {
    id: row.id,
    caseNo: row.caseNo,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    entityId: row.entityId,
    entityName: row.entityName,
    partyUscc: row.partyUscc,
    origin: row.origin,
    state: row.state,
    facts: row.facts,
    startedOn: row.startedOn,
    commitmentDeadline: row.commitmentDeadline,
    commitmentOverdue: caseCommitmentOverdue(row.snapshot, today),
    closedOn: row.closedOn,
    archivedOn: row.archivedOn,
  };
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
    add('(e.name LIKE ? OR c.case_no LIKE ? OR c.party_uscc LIKE ?)'.replaceAll('?', `$${params.length + 1}`), `%${f.q}%`);
  }
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${CASE_FROM} WHERE ${w}`, params);
  const rows = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE ${w} ORDER BY c.created_at DESC, c.id DESC LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
    params,
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

/** The entity's approved observation periods (SPEC §14), for the 第十四项 rule of the lifecycle. */
export async function observationPeriodsOf(
  db: Queryable,
  regionCode: string,
  entityId: string,
): Promise<(ObservationPeriodSpan & { reason: string })[]> {
  const r = await db.query<ObservationPeriodSpan & { reason: string }>(
    `SELECT start_on AS start, end_on AS "end", reason FROM observation_periods
     WHERE region_code = $1 AND entity_id = $2 AND status = 'approved' ORDER BY start_on`,
    [regionCode, entityId],
  );
  return r.rows;
}

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

export async function caseMaterials(db: Queryable, regionCode: string, caseId: string): Promise<MaterialView[]> {
  const r = await db.query<MaterialView>(
    `SELECT id, item, measure_id AS "measureId", file_name AS "fileName", file_sha256 AS "fileSha256", size, note, source,
       created_at AS "createdAt", created_by_name AS "createdByName"
     FROM case_materials WHERE region_code = $1 AND case_id = $2 ORDER BY created_at, id`,
    [regionCode, caseId],
  );
  return r.rows.map((m) => ({ ...m, size: m.size === null ? null : Number(m.size), createdAt: String(m.createdAt) }));
}

export interface MeasureExtra {
  id: string;
  type: string;
  content: string;
  details: Record<string, unknown>;
  documentId: string | null;
  partySignedAt: string | null;
}

export async function caseMeasureExtras(db: Queryable, regionCode: string, caseId: string): Promise<Map<string, MeasureExtra>> {
  const r = await db.query<MeasureExtra>(
    `SELECT id, type, content, details, document_id AS "documentId", party_signed_at AS "partySignedAt"
     FROM case_measures WHERE region_code = $1 AND case_id = $2`,
    [regionCode, caseId],
  );
  return new Map(r.rows.map((m) => [m.id, { ...m, partySignedAt: m.partySignedAt === null ? null : String(m.partySignedAt) }]));
}

const FOLLOW_UP_COLUMNS = `v.id, v.case_id AS "caseId", c.case_no AS "caseNo", e.name AS "entityName", v.measure_id AS "measureId",
  v.measure_type AS "measureType", v.due_on AS "dueOn", v.visited_on AS "visitedOn", v.correction, v.legality, v.conduct, v.comment,
  v.answered_by_party AS "answeredByParty"`;
const FOLLOW_UP_FROM = `follow_up_visits v JOIN cases c ON c.region_code = v.region_code AND c.id = v.case_id
  JOIN entities e ON e.region_code = c.region_code AND e.id = c.entity_id`;

export async function followUpsWhere(db: Queryable, today: string, where: string, params: unknown[]): Promise<FollowUpView[]> {
  const r = await db.query<Omit<FollowUpView, 'overdue'>>(
    `SELECT ${FOLLOW_UP_COLUMNS} FROM ${FOLLOW_UP_FROM} WHERE ${where} ORDER BY v.due_on, v.id`,
    params,
  );
  return r.rows.map((v) => ({ ...v, overdue: v.visitedOn === null && today > v.dueOn }));
}

export async function caseEvents(db: Queryable, regionCode: string, caseId: string): Promise<CaseEventView[]> {
  const r = await db.query<CaseEventView>(
    `SELECT seq, type, actor_name AS "actorName", occurred_at AS "occurredAt", from_state AS "fromState", to_state AS "toState", hash
     FROM events WHERE region_code = $1 AND aggregate_type = 'case' AND aggregate_id = $2 ORDER BY seq`,
    [regionCode, caseId],
  );
  return r.rows.map((e) => ({ ...e, occurredAt: String(e.occurredAt) }));
}

export async function electronicConsentOf(db: Queryable, regionCode: string, entityId: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM delivery_consents WHERE region_code = $1 AND entity_id = $2 AND revoked_at IS NULL', [
    regionCode,
    entityId,
  ]);
  return r.rows.length > 0;
}
