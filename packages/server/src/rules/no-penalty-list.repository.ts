/** SQL of the no-penalty lists (不予处罚清单): versions and their entries. */
import type {
  NoPenaltyList,
  NoPenaltyListEntry,
  NoPenaltyListEntryInput,
  NoPenaltyListInput,
  NoPenaltyListQuery,
} from '@rouxing/contracts';
import type { Queryable } from '../db/database';
import { newId } from '../records/ids';
import { reviewColumns } from './review.repository';

/** A list version as stored (the reply adds `displayStatus`). */
export type ListRow = Omit<NoPenaltyList, 'displayStatus'>;

/** An entry as stored: `seq` is its place in the list (part of the content a publication fixes). */
export type EntryRow = NoPenaltyListEntry & { seq: number };

const LIST_COLUMNS = `l.region_code AS "regionCode", l.id, l.series_id AS "seriesId", l.version, l.title, l.level, l.issuer,
  l.department_id AS "departmentId", d.name AS "departmentName", l.domain, l.document_no AS "documentNo", l.source,
  l.source_url AS "sourceUrl", l.effective_from AS "effectiveFrom", l.effective_to AS "effectiveTo",
  (SELECT count(*)::int FROM no_penalty_entries e WHERE e.region_code = $1 AND e.list_id = l.id) AS "entryCount",
  ${reviewColumns('l')}`;
const LIST_FROM = 'no_penalty_lists l JOIN departments d ON d.region_code = l.region_code AND d.id = l.department_id';

export async function findList(db: Queryable, regionCode: string, id: string): Promise<ListRow | null> {
  const r = await db.query<ListRow>(`SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} WHERE l.region_code = $1 AND l.id = $2`, [regionCode, id]);
  return r.rows[0] ?? null;
}

export async function searchLists(db: Queryable, regionCode: string, q: NoPenaltyListQuery): Promise<{ items: ListRow[]; total: number }> {
  const where = ['l.region_code = $1'];
  const params: unknown[] = [regionCode];
  if (q.q) {
    params.push(`%${q.q}%`);
    where.push(`(l.title ILIKE $${params.length} OR l.issuer ILIKE $${params.length} OR l.domain ILIKE $${params.length})`);
  }
  if (q.departmentId) {
    params.push(q.departmentId);
    where.push(`l.department_id = $${params.length}`);
  }
  if (q.status) {
    params.push(q.status);
    where.push(`l.status = $${params.length}`);
  }
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${LIST_FROM} WHERE ${where.join(' AND ')}`, params);
  params.push(q.pageSize, (q.page - 1) * q.pageSize);
  const r = await db.query<ListRow>(
    `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} WHERE ${where.join(' AND ')}
     ORDER BY l.title, l.series_id, l.version DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { items: r.rows, total: total.rows[0]?.n ?? 0 };
}

export async function listEntries(db: Queryable, regionCode: string, listId: string): Promise<EntryRow[]> {
  const r = await db.query<EntryRow>(
    `SELECT e.id, e.seq, e.item_code AS "itemCode", e.violation_code AS "violationCode", v.name AS "violationName", e.kind, e.conditions,
       e.item_text AS "itemText", e.conditions_text AS "conditionsText", e.legal_basis_text AS "legalBasisText",
       e.normal_penalty_text AS "normalPenaltyText", e.notes
     FROM no_penalty_entries e LEFT JOIN violation_items v ON v.region_code = e.region_code AND v.code = e.violation_code
     WHERE e.region_code = $1 AND e.list_id = $2 ORDER BY e.seq`,
    [regionCode, listId],
  );
  return r.rows;
}

export type ListFields = Omit<NoPenaltyListInput, 'entries'>;

export async function insertList(
  tx: Queryable,
  row: ListFields & { regionCode: string; id: string; seriesId: string; version: number; createdBy: { id: string; name: string } },
  now: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO no_penalty_lists (region_code, id, series_id, version, title, level, issuer, department_id, domain, document_no, source,
       source_url, effective_from, effective_to, status, created_by, created_by_name, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,'draft',$15,$16,$17,$17)`,
    [
      row.regionCode,
      row.id,
      row.seriesId,
      row.version,
      row.title,
      row.level,
      row.issuer,
      row.departmentId,
      row.domain,
      row.documentNo,
      row.source,
      row.sourceUrl,
      row.effectiveFrom,
      row.effectiveTo,
      row.createdBy.id,
      row.createdBy.name,
      now,
    ],
  );
}

/** Updates a draft's fields if `revision` is current; false when stale. */
export async function updateDraftList(
  tx: Queryable,
  regionCode: string,
  id: string,
  revision: number,
  f: ListFields,
  now: string,
): Promise<boolean> {
  const r = await tx.query(
    `UPDATE no_penalty_lists SET title = $4, level = $5, issuer = $6, department_id = $7, domain = $8, document_no = $9, source = $10,
       source_url = $11, effective_from = $12, effective_to = $13, revision = revision + 1, updated_at = $14
     WHERE region_code = $1 AND id = $2 AND revision = $3 AND status = 'draft'`,
    [
      regionCode,
      id,
      revision,
      f.title,
      f.level,
      f.issuer,
      f.departmentId,
      f.domain,
      f.documentNo,
      f.source,
      f.sourceUrl,
      f.effectiveFrom,
      f.effectiveTo,
      now,
    ],
  );
  return r.rowCount === 1;
}

/** Replaces the entries of a draft (the caller has checked that it is a draft). */
export async function replaceEntries(
  tx: Queryable,
  regionCode: string,
  listId: string,
  entries: readonly NoPenaltyListEntryInput[],
): Promise<void> {
  await tx.query('DELETE FROM no_penalty_entries WHERE region_code = $1 AND list_id = $2', [regionCode, listId]);
  if (entries.length === 0) {
    return;
  }
  await tx.query(
    `INSERT INTO no_penalty_entries (region_code, list_id, seq, id, item_code, violation_code, kind, conditions, item_text, conditions_text,
       legal_basis_text, normal_penalty_text, notes)
     SELECT $1, $2, s.seq, s.id, s.item_code, s.violation_code, s.kind, s.conditions::jsonb, s.item_text, s.conditions_text::jsonb,
       s.legal_basis_text, s.normal_penalty_text, s.notes
     FROM unnest($3::int[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
       AS s(seq, id, item_code, violation_code, kind, conditions, item_text, conditions_text, legal_basis_text, normal_penalty_text, notes)`,
    [
      regionCode,
      listId,
      entries.map((_, i) => i + 1),
      entries.map(() => newId()),
      entries.map((e) => e.itemCode),
      entries.map((e) => e.violationCode),
      entries.map((e) => e.kind),
      entries.map((e) => JSON.stringify(e.conditions)),
      entries.map((e) => e.itemText),
      entries.map((e) => JSON.stringify(e.conditionsText)),
      entries.map((e) => e.legalBasisText),
      entries.map((e) => e.normalPenaltyText),
      entries.map((e) => e.notes),
    ],
  );
}

/** Published entries of the region for one violation code, with their version (the decision engine's input). */
export async function publishedEntriesForCode(
  db: Queryable,
  regionCode: string,
  violationCode: string,
): Promise<(EntryRow & { listId: string; listTitle: string; version: number; effectiveFrom: string; effectiveTo: string | null })[]> {
  const r = await db.query<
    EntryRow & { listId: string; listTitle: string; version: number; effectiveFrom: string; effectiveTo: string | null }
  >(
    `SELECT e.id, e.seq, e.item_code AS "itemCode", e.violation_code AS "violationCode", NULL AS "violationName", e.kind, e.conditions,
       e.item_text AS "itemText", e.conditions_text AS "conditionsText", e.legal_basis_text AS "legalBasisText",
       e.normal_penalty_text AS "normalPenaltyText", e.notes, l.id AS "listId", l.title AS "listTitle", l.version,
       l.effective_from AS "effectiveFrom", l.effective_to AS "effectiveTo"
     FROM no_penalty_entries e JOIN no_penalty_lists l ON l.region_code = e.region_code AND l.id = e.list_id
     WHERE e.region_code = $1 AND e.violation_code = $2 AND l.status = 'published' ORDER BY l.published_at, e.seq`,
    [regionCode, violationCode],
  );
  return r.rows;
}
