/** `guiding_cases` (指导性案例, 常政办发〔2025〕5号 第十项): anonymised archived cases, published to everyone. */
import type { Queryable } from '../../db/database';
import { AppError } from '../../errors';

/** The guiding case published from the case, if any. */
export async function guidingCaseOf(db: Queryable, regionCode: string, caseId: string): Promise<string | null> {
  const r = await db.query<{ id: string }>('SELECT id FROM guiding_cases WHERE region_code = $1 AND case_id = $2', [regionCode, caseId]);
  return r.rows[0]?.id ?? null;
}

/** What the anonymisation must mask and the industry the case is filed under (a natural person: the name, no industry). */
export async function partyForGuidingCase(
  db: Queryable,
  regionCode: string,
  party: { entityId: string | null; personId: string | null },
): Promise<{ name: string; legalRepresentative: string; industryCode: string } | undefined> {
  const r = await db.query<{ name: string; legalRepresentative: string; industryCode: string }>(
    party.entityId
      ? 'SELECT name, legal_representative AS "legalRepresentative", industry_code AS "industryCode" FROM entities WHERE region_code = $1 AND id = $2'
      : `SELECT name, '' AS "legalRepresentative", '' AS "industryCode" FROM persons WHERE region_code = $1 AND id = $2`,
    [regionCode, party.entityId ?? party.personId],
  );
  return r.rows[0];
}

export interface NewGuidingCase {
  regionCode: string;
  id: string;
  caseId: string;
  departmentId: string;
  title: string;
  industry: string;
  summary: string;
  body: string;
  keywords: string[];
  publishedBy: string;
  publishedByName: string;
  publishedAt: string;
}

/** Publishes the guiding case; a case is published once (`CONFLICT.DUPLICATE` the second time). */
export async function insertGuidingCase(tx: Queryable, g: NewGuidingCase): Promise<void> {
  await tx
    .query(
      `INSERT INTO guiding_cases (region_code, id, case_id, department_id, title, industry, summary, body, keywords, published_by, published_by_name, published_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
      [
        g.regionCode,
        g.id,
        g.caseId,
        g.departmentId,
        g.title,
        g.industry,
        g.summary,
        g.body,
        g.keywords,
        g.publishedBy,
        g.publishedByName,
        g.publishedAt,
      ],
    )
    .catch((err: unknown) => {
      if (String((err as Error).message).includes('guiding_cases_case_uq')) {
        throw new AppError('CONFLICT.DUPLICATE', '该案件已经发布为指导性案例');
      }
      throw err;
    });
}

export interface PublicGuidingCaseRow {
  id: string;
  title: string;
  industry: string;
  summary: string;
  body: string;
  keywords: string[];
  departmentName: string;
  publishedAt: string;
}

/** The region's guiding cases, newest first (at most 100), those with `q` in title, summary, body or keywords. */
export async function searchGuidingCases(db: Queryable, regionCode: string, q: string | undefined): Promise<PublicGuidingCaseRow[]> {
  const params: unknown[] = [regionCode];
  let where = 'g.region_code = $1';
  if (q) {
    params.push(`%${q}%`);
    where += ` AND (g.title LIKE $2 OR g.summary LIKE $2 OR g.body LIKE $2 OR array_to_string(g.keywords, ' ') LIKE $2)`;
  }
  const r = await db.query<PublicGuidingCaseRow>(
    `SELECT g.id, g.title, g.industry, g.summary, g.body, g.keywords, d.name AS "departmentName", g.published_at AS "publishedAt"
     FROM guiding_cases g JOIN departments d ON d.region_code = g.region_code AND d.id = g.department_id WHERE ${where} ORDER BY g.published_at DESC LIMIT 100`,
    params,
  );
  return r.rows;
}
