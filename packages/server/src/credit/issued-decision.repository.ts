/**
 * SQL of issued penalty decisions: a write of many (COPY on a PostgreSQL server, one multi-row INSERT on
 * PGlite) into the decisions, the decisions on record (sanction_records, what first-offence checks read)
 * and the correction items; the look-ups an import needs per batch; the list.
 */
import type { IssuedDecisionQuery } from '@rouxing/contracts';
import { shanghaiToday } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import type { DecisionBatchMeta, PreparedDecision } from './prepared-decision';
import { type CreditRecordValues, creditRecordOf } from './steps/credit-record-of';

const NEEDS_ESCAPE = /[\\\t\n\r]/;
/** A value in COPY's text format (NULL as \N; backslash, tab, newline, carriage return escaped). */
function t(v: string | null): string {
  if (v === null) {
    return '\\N';
  }
  return NEEDS_ESCAPE.test(v)
    ? v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : v;
}
/** penalty, or no_penalty for a decision corrected to 不予行政处罚. */
const outcomeOf = (r: PreparedDecision) => (r.penalties.length > 0 ? 'penalty' : 'no_penalty');
const arrayLiteral = (xs: readonly string[]) => `{${xs.join(',')}}`;

export const DECISION_COLUMNS = `region_code, id, department_id, document_no, party_type, entity_id, person_name, person_id_enc, person_hash,
  violation_code, facts, penalties, fine_yuan, decided_on, fulfilled_on, source, import_job_id, corrects_id, created_at`;
export const SANCTION_COLUMNS =
  'region_code, id, entity_id, person_hash, decided_on, department_id, authority, violation_code, outcome, document_no, source, created_at';
export const CREDIT_COLUMNS = `region_code, id, decision_id, department_id, entity_id, person_hash, severity, severity_rule, severity_basis, status,
  min_end, repair_eligible_from, max_end, regime, ended_on, created_at`;
export const CORRECTION_COLUMNS =
  'region_code, id, department_id, decision_id, reason, explanation, basis, fine_range, status, due_on, created_at';

/** The COPY text of a batch for the three tables. */
function copyTextOf(
  rows: readonly PreparedDecision[],
  m: DecisionBatchMeta,
): { decisions: string; sanctions: string; corrections: string; credits: string } {
  let decisions = '';
  let credits = '';
  const today = shanghaiToday(new Date(m.now));
  let sanctions = '';
  let corrections = '';
  const head = `${m.regionCode}\t`;
  const job = m.importJobId ?? '\\N';
  const authority = t(m.authority);
  for (const r of rows) {
    const doc = t(r.documentNo);
    decisions += `${head}${r.id}\t${m.departmentId}\t${doc}\t${r.partyType}\t${t(r.entityId)}\t${t(r.personName)}\t${t(r.personIdEnc)}\t${t(r.personHash)}\t${t(r.violationCode)}\t${t(JSON.stringify(r.facts))}\t${arrayLiteral(r.penalties)}\t${r.fineYuan}\t${r.decidedOn}\t${t(r.fulfilledOn)}\t${m.source}\t${job}\t${t(r.correctsId)}\t${m.now}\n`;
    sanctions += `${head}${r.id}\t${t(r.entityId)}\t${t(r.personHash)}\t${r.decidedOn}\t${m.departmentId}\t${authority}\t${t(r.violationCode)}\t${outcomeOf(r)}\t${doc}\tissued\t${m.now}\n`;
    const c = r.correction;
    if (c) {
      corrections += `${head}${c.id}\t${m.departmentId}\t${r.id}\t${c.reason}\t${t(c.explanation)}\t${t(JSON.stringify(c.basis))}\t${t(c.fineRange ? JSON.stringify(c.fineRange) : null)}\topen\t${m.dueOn}\t${m.now}\n`;
    }
    const k = creditRecordOf(r, today);
    if (k) {
      credits += `${head}${k.id}\t${r.id}\t${m.departmentId}\t${t(k.entityId)}\t${t(k.personHash)}\t${k.severity}\t${k.severityRule}\t${t(k.severityBasis)}\t${k.status}\t${t(k.minEnd)}\t${t(k.repairEligibleFrom)}\t${t(k.maxEnd)}\t${t(k.regime)}\t${t(k.endedOn)}\t${m.now}\n`;
    }
  }
  return { decisions, sanctions, corrections, credits };
}

/** Writes a batch by COPY (PostgreSQL server; the text from `copyTextOf`). */
async function copyDecisionBatch(
  tx: Queryable,
  text: { decisions: string; sanctions: string; corrections: string; credits: string },
): Promise<void> {
  if (!tx.copyFrom) {
    throw new Error('COPY is not available on this database');
  }
  if (text.decisions) {
    await tx.copyFrom(`COPY issued_decisions (${DECISION_COLUMNS}) FROM STDIN`, text.decisions);
    await tx.copyFrom(`COPY sanction_records (${SANCTION_COLUMNS}) FROM STDIN`, text.sanctions);
  }
  if (text.corrections) {
    await tx.copyFrom(`COPY correction_items (${CORRECTION_COLUMNS}) FROM STDIN`, text.corrections);
  }
  if (text.credits) {
    await tx.copyFrom(`COPY credit_records (${CREDIT_COLUMNS}) FROM STDIN`, text.credits);
  }
}

/** Writes a batch: COPY where the database offers it, else multi-row INSERTs (PGlite). */
export async function insertDecisionBatch(tx: Queryable, rows: readonly PreparedDecision[], m: DecisionBatchMeta): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  if (tx.copyFrom) {
    await copyDecisionBatch(tx, copyTextOf(rows, m));
    return;
  }
  const col = <T>(f: (r: PreparedDecision) => T) => rows.map(f);
  await tx.query(
    `INSERT INTO issued_decisions (${DECISION_COLUMNS})
     SELECT $1, t.id, $2, t.doc, t.pt, t.eid, t.pn, t.pie, t.ph, t.vc, t.facts::jsonb, t.pen::text[], t.fine, t.dec, t.ful, $3, $4, t.cid, $5
     FROM unnest($6::uuid[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
       $16::numeric[], $17::date[], $18::date[], $19::uuid[]) AS t(id, doc, pt, eid, pn, pie, ph, vc, facts, pen, fine, dec, ful, cid)`,
    [
      m.regionCode,
      m.departmentId,
      m.source,
      m.importJobId,
      m.now,
      col((r) => r.id),
      col((r) => r.documentNo),
      col((r) => r.partyType),
      col((r) => r.entityId),
      col((r) => r.personName),
      col((r) => r.personIdEnc),
      col((r) => r.personHash),
      col((r) => r.violationCode),
      col((r) => JSON.stringify(r.facts)),
      col((r) => arrayLiteral(r.penalties)),
      col((r) => r.fineYuan),
      col((r) => r.decidedOn),
      col((r) => r.fulfilledOn),
      col((r) => r.correctsId),
    ],
  );
  await insertSanctionRows(tx, rows, m);
  await insertCreditRecords(
    tx,
    m,
    rows.flatMap((r) => creditRecordOf(r, shanghaiToday(new Date(m.now))) ?? []),
  );
  await insertCorrectionRows(tx, rows, m);
}

/** Registered entities by 统一社会信用代码 (the codes not registered are absent). */
export async function entityIdsByUscc(db: Queryable, regionCode: string, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) {
    return new Map();
  }
  const r = await db.query<{ uscc: string; id: string }>(
    'SELECT uscc, id FROM entities WHERE region_code = $1 AND uscc = ANY($2::text[])',
    [regionCode, codes],
  );
  return new Map(r.rows.map((x) => [x.uscc, x.id]));
}

/** Which of these 文号 the department has already recorded. */
export async function recordedDocumentNos(
  db: Queryable,
  regionCode: string,
  departmentId: string,
  nos: readonly string[],
): Promise<Set<string>> {
  if (nos.length === 0) {
    return new Set();
  }
  const r = await db.query<{ no: string }>(
    'SELECT document_no AS no FROM issued_decisions WHERE region_code = $1 AND department_id = $2 AND document_no = ANY($3::text[])',
    [regionCode, departmentId, nos],
  );
  return new Set(r.rows.map((x) => x.no));
}

/** Earlier decisions on record against these parties (entities or persons by hash), from `since` on: the first-offence look-back. */
export async function priorDecisionsOf(
  db: Queryable,
  regionCode: string,
  parties: { entityIds: readonly string[]; personHashes: readonly string[] },
  since: string,
): Promise<{ party: string; on: string; authority: string; violationCode: string | null }[]> {
  if (parties.entityIds.length === 0 && parties.personHashes.length === 0) {
    return [];
  }
  const r = await db.query<{ party: string; on: string; authority: string; violationCode: string | null }>(
    `SELECT COALESCE(entity_id::text, person_hash) AS party, decided_on AS "on", authority, violation_code AS "violationCode"
     FROM sanction_records WHERE region_code = $1 AND decided_on >= $2 AND (entity_id = ANY($3::uuid[]) OR person_hash = ANY($4::text[]))`,
    [regionCode, since, parties.entityIds, parties.personHashes],
  );
  return r.rows;
}

export interface IssuedDecisionRow {
  id: string;
  departmentId: string;
  departmentName: string;
  documentNo: string;
  partyType: 'legal_person' | 'other_organization' | 'natural_person';
  entityId: string | null;
  entityName: string | null;
  uscc: string | null;
  personName: string | null;
  personIdEnc: string | null;
  personHash: string | null;
  violationCode: string;
  violationName: string | null;
  facts: Record<string, unknown>;
  penalties: string[];
  fineYuan: number;
  decidedOn: string;
  fulfilledOn: string | null;
  source: 'import' | 'push' | 'correction';
  correctsId: string | null;
  createdAt: string;
  correctionId: string | null;
  correctionReason: string | null;
  correctionStatus: string | null;
}

const ROW = `d.id, d.department_id AS "departmentId", dep.name AS "departmentName", d.document_no AS "documentNo", d.party_type AS "partyType",
  d.entity_id AS "entityId", e.name AS "entityName", e.uscc, d.person_name AS "personName", d.person_id_enc AS "personIdEnc",
  d.person_hash AS "personHash", d.violation_code AS "violationCode", v.name AS "violationName", d.facts, d.penalties,
  d.fine_yuan::float8 AS "fineYuan", d.decided_on AS "decidedOn", d.fulfilled_on AS "fulfilledOn", d.source, d.corrects_id AS "correctsId",
  d.created_at AS "createdAt", c.id AS "correctionId", c.reason AS "correctionReason", c.status AS "correctionStatus"`;
const FROM = `issued_decisions d
  JOIN departments dep ON dep.region_code = d.region_code AND dep.id = d.department_id
  LEFT JOIN entities e ON e.region_code = d.region_code AND e.id = d.entity_id
  LEFT JOIN violation_items v ON v.region_code = d.region_code AND v.code = d.violation_code
  LEFT JOIN correction_items c ON c.region_code = d.region_code AND c.decision_id = d.id`;

export async function findIssuedDecision(db: Queryable, regionCode: string, id: string): Promise<IssuedDecisionRow | null> {
  const r = await db.query<IssuedDecisionRow>(`SELECT ${ROW} FROM ${FROM} WHERE d.region_code = $1 AND d.id = $2`, [regionCode, id]);
  return r.rows[0] ?? null;
}

/** A page of decisions: one department's (departmentId), or the region's (null). */
export async function listIssuedDecisions(
  db: Queryable,
  regionCode: string,
  departmentId: string | null,
  q: IssuedDecisionQuery,
): Promise<{ rows: IssuedDecisionRow[]; total: number }> {
  const params: unknown[] = [regionCode];
  const where = ['d.region_code = $1'];
  if (departmentId) {
    params.push(departmentId);
    where.push(`d.department_id = $${params.length}`);
  }
  if (q.q) {
    params.push(`%${q.q}%`);
    where.push(
      `(d.document_no ILIKE $${params.length} OR e.name ILIKE $${params.length} OR e.uscc ILIKE $${params.length} OR d.person_name ILIKE $${params.length})`,
    );
  }
  if (q.flagged !== undefined) {
    where.push(q.flagged ? 'c.id IS NOT NULL' : 'c.id IS NULL');
  }
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${FROM} WHERE ${w}`, params);
  const rows = await db.query<IssuedDecisionRow>(
    `SELECT ${ROW} FROM ${FROM} WHERE ${w} ORDER BY d.decided_on DESC, d.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    params,
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

/** The corrected decision replaces the one it corrects on record: the earlier sanction record is removed (its successor is written with it). */
export async function deleteSanctionRecord(tx: Queryable, regionCode: string, id: string): Promise<void> {
  await tx.query('DELETE FROM sanction_records WHERE region_code = $1 AND id = $2', [regionCode, id]);
}

/** The credit records of a write (multi-row INSERT; the COPY path writes them with `copyTextOf`). */
export async function insertCreditRecords(
  tx: Queryable,
  m: Pick<DecisionBatchMeta, 'regionCode' | 'departmentId' | 'now'>,
  ks: readonly CreditRecordValues[],
): Promise<void> {
  if (ks.length === 0) {
    return;
  }
  const col = <T>(f: (k: CreditRecordValues) => T) => ks.map(f);
  await tx.query(
    `INSERT INTO credit_records (${CREDIT_COLUMNS})
     SELECT $1, t.id, t.did, $2, t.eid, t.ph, t.sev, t.rule, t.basis, t.st, t.mn, t.rf, t.mx, t.regime, t.ended, $3
     FROM unnest($4::uuid[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::date[], $13::date[],
       $14::date[], $15::text[], $16::date[]) AS t(id, did, eid, ph, sev, rule, basis, st, mn, rf, mx, regime, ended)`,
    [
      m.regionCode,
      m.departmentId,
      m.now,
      col((k) => k.id),
      col((k) => k.decisionId),
      col((k) => k.entityId),
      col((k) => k.personHash),
      col((k) => k.severity),
      col((k) => k.severityRule),
      col((k) => k.severityBasis),
      col((k) => k.status),
      col((k) => k.minEnd),
      col((k) => k.repairEligibleFrom),
      col((k) => k.maxEnd),
      col((k) => k.regime),
      col((k) => k.endedOn),
    ],
  );
}

async function insertSanctionRows(tx: Queryable, rows: readonly PreparedDecision[], m: DecisionBatchMeta): Promise<void> {
  const col = <T>(f: (r: PreparedDecision) => T) => rows.map(f);
  await tx.query(
    `INSERT INTO sanction_records (${SANCTION_COLUMNS})
     SELECT $1, t.id, t.eid, t.ph, t.dec, $2, $3, t.vc, t.outcome, t.doc, 'issued', $4
     FROM unnest($5::uuid[], $6::uuid[], $7::text[], $8::date[], $9::text[], $10::text[], $11::text[]) AS t(id, eid, ph, dec, vc, doc, outcome)`,
    [
      m.regionCode,
      m.departmentId,
      m.authority,
      m.now,
      col((r) => r.id),
      col((r) => r.entityId),
      col((r) => r.personHash),
      col((r) => r.decidedOn),
      col((r) => r.violationCode),
      col((r) => r.documentNo),
      col(outcomeOf),
    ],
  );
}

async function insertCorrectionRows(tx: Queryable, rows: readonly PreparedDecision[], m: DecisionBatchMeta): Promise<void> {
  const flagged = rows.filter((r) => r.correction);
  if (flagged.length > 0) {
    const c = (f: (x: NonNullable<PreparedDecision['correction']>) => unknown) =>
      flagged.map((r) => f(r.correction as NonNullable<PreparedDecision['correction']>));
    await tx.query(
      `INSERT INTO correction_items (${CORRECTION_COLUMNS})
       SELECT $1, t.id, $2, t.did, t.reason, t.expl, t.basis::jsonb, t.fr::jsonb, 'open', $3, $4
       FROM unnest($5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[]) AS t(id, did, reason, expl, basis, fr)`,
      [
        m.regionCode,
        m.departmentId,
        m.dueOn,
        m.now,
        c((x) => x.id),
        flagged.map((r) => r.id),
        c((x) => x.reason),
        c((x) => x.explanation),
        c((x) => JSON.stringify(x.basis)),
        c((x) => (x.fineRange ? JSON.stringify(x.fineRange) : null)),
      ],
    );
  }
}
