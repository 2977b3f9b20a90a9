/**
 * The public feed of published no-penalty list entries (常政办发〔2025〕5号 第2项: 公示, 对接市数据局): no login,
 * published versions only; with `since`, the rows that changed after it — entries of versions
 * published after it, and entries of versions superseded after it (listStatus `superseded`).
 */
import type { PublicEntry, PublicListQuery } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

type FeedRow = Omit<PublicEntry, 'listStatus' | 'legalBasis'> & {
  status: 'published' | 'superseded';
  legalBasis: { law: string; article: number | null; paragraph: number | null; text: string } | null;
  legalBasisText: string;
};

export async function searchPublicEntries(
  db: Queryable,
  q: Omit<PublicListQuery, 'page' | 'pageSize'> & { limit: number; offset: number },
): Promise<{ rows: FeedRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.since) {
    params.push(q.since);
    where.push(`(l.status = 'published' AND l.published_at > $${params.length}
      OR l.status = 'superseded' AND l.superseded_at > $${params.length})`);
  } else {
    where.push(`l.status = 'published'`);
  }
  const add = (sql: (n: number) => string, v: unknown) => {
    params.push(v);
    where.push(sql(params.length));
  };
  if (q.region) {
    add((n) => `l.region_code = $${n}`, q.region);
  }
  if (q.department) {
    add((n) => `(d.name ILIKE $${n} OR l.issuer ILIKE $${n})`, `%${q.department}%`);
  }
  if (q.domain) {
    add((n) => `l.domain ILIKE $${n}`, `%${q.domain}%`);
  }
  if (q.kind) {
    add((n) => `e.kind = $${n}`, q.kind);
  }
  if (q.q) {
    add((n) => `(e.item_text ILIKE $${n} OR e.violation_code ILIKE $${n} OR v.name ILIKE $${n} OR l.title ILIKE $${n})`, `%${q.q}%`);
  }
  const from = `no_penalty_entries e
    JOIN no_penalty_lists l ON l.region_code = e.region_code AND l.id = e.list_id
    JOIN departments d ON d.region_code = l.region_code AND d.id = l.department_id
    LEFT JOIN violation_items v ON v.region_code = e.region_code AND v.code = e.violation_code`;
  const changedAt = `CASE WHEN l.status = 'superseded' THEN l.superseded_at ELSE l.published_at END`;
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${from} WHERE ${where.join(' AND ')}`, params);
  params.push(q.limit, q.offset);
  const r = await db.query<FeedRow>(
    `SELECT l.id AS "listId", l.series_id AS "seriesId", l.version, l.title AS "listTitle", l.status, l.level, l.issuer,
       l.region_code AS "regionCode", d.name AS department, l.domain, l.document_no AS "documentNo", e.item_code AS "itemCode",
       e.item_text AS item, e.violation_code AS "violationCode", v.name AS "violationName", v.legal_basis AS "legalBasis",
       e.legal_basis_text AS "legalBasisText", e.kind, e.conditions, e.conditions_text AS "conditionsText",
       l.effective_from AS "effectiveFrom", l.effective_to AS "effectiveTo", l.published_at AS "publishedAt", ${changedAt} AS "changedAt"
     FROM ${from} WHERE ${where.join(' AND ')}
     ORDER BY ${changedAt}, l.id, e.seq LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { rows: r.rows, total: total.rows[0]?.n ?? 0 };
}
