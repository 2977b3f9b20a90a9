/** `surveys` and `survey_responses` (问卷调查). */
import type { Survey, SurveyAnswer, SurveyQuestion, SurveyState } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

const COLUMNS = `s.id, s.title, s.description, s.on_public_portal AS "onPublicPortal", s.on_enterprise_portal AS "onEnterprisePortal",
  s.questions, s.state, s.created_by_name AS "createdByName", s.created_at AS "createdAt", s.published_at AS "publishedAt",
  (SELECT count(*)::int FROM survey_responses r WHERE r.region_code = $1 AND r.survey_id = s.id) AS responses`;

export interface NewSurvey {
  regionCode: string;
  id: string;
  title: string;
  description: string;
  onPublicPortal: boolean;
  onEnterprisePortal: boolean;
  questions: SurveyQuestion[];
  createdBy: string;
  createdByName: string;
  now: string;
}

export async function insertSurvey(tx: Queryable, s: NewSurvey): Promise<void> {
  await tx.query(
    `INSERT INTO surveys (region_code, id, title, description, on_public_portal, on_enterprise_portal, questions, state, created_by, created_by_name, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'draft', $8, $9, $10)`,
    [
      s.regionCode,
      s.id,
      s.title,
      s.description,
      s.onPublicPortal,
      s.onEnterprisePortal,
      JSON.stringify(s.questions),
      s.createdBy,
      s.createdByName,
      s.now,
    ],
  );
}

/** Replaces a draft's content; false when it is no longer a draft. */
export async function updateDraft(tx: Queryable, s: Omit<NewSurvey, 'createdBy' | 'createdByName' | 'now'>): Promise<boolean> {
  const r = await tx.query(
    `UPDATE surveys SET title = $3, description = $4, on_public_portal = $5, on_enterprise_portal = $6, questions = $7
     WHERE region_code = $1 AND id = $2 AND state = 'draft'`,
    [s.regionCode, s.id, s.title, s.description, s.onPublicPortal, s.onEnterprisePortal, JSON.stringify(s.questions)],
  );
  return (r.rowCount ?? 0) === 1;
}

/**
 * The survey, locked for the rest of the transaction when `forUpdate`: the row alone, by its key, then read with
 * its count of responses (Citus refuses `FOR UPDATE` on a query with a subquery; issue 15).
 */
export async function findSurvey(db: Queryable, regionCode: string, id: string, forUpdate = false): Promise<Survey | null> {
  if (forUpdate) {
    const l = await db.query('SELECT 1 FROM surveys WHERE region_code = $1 AND id = $2 FOR UPDATE', [regionCode, id]);
    if (l.rows.length === 0) {
      return null;
    }
  }
  const r = await db.query<Survey>(`SELECT ${COLUMNS} FROM surveys s WHERE s.region_code = $1 AND s.id = $2`, [regionCode, id]);
  return r.rows[0] ?? null;
}

export async function listSurveys(db: Queryable, regionCode: string): Promise<Survey[]> {
  const r = await db.query<Survey>(`SELECT ${COLUMNS} FROM surveys s WHERE s.region_code = $1 ORDER BY s.created_at DESC LIMIT 500`, [
    regionCode,
  ]);
  return r.rows;
}

/** The published surveys of a portal, newest first. */
export async function listPublishedSurveys(db: Queryable, regionCode: string, portal: 'public' | 'enterprise'): Promise<Survey[]> {
  const r = await db.query<Survey>(
    `SELECT ${COLUMNS} FROM surveys s WHERE s.region_code = $1 AND s.state = 'published'
       AND ${portal === 'public' ? 's.on_public_portal' : 's.on_enterprise_portal'} ORDER BY s.published_at DESC LIMIT 100`,
    [regionCode],
  );
  return r.rows;
}

export async function setSurveyState(tx: Queryable, regionCode: string, id: string, to: SurveyState, now: string): Promise<void> {
  await tx.query(
    `UPDATE surveys SET state = $3, published_at = CASE WHEN $3 = 'published' THEN $4::timestamptz ELSE published_at END,
       closed_at = CASE WHEN $3 = 'closed' THEN $4::timestamptz ELSE closed_at END
     WHERE region_code = $1 AND id = $2`,
    [regionCode, id, to, now],
  );
}

/** Stores an answer; false when the entity has answered already (the partial unique index). */
export async function insertResponse(
  tx: Queryable,
  r: {
    regionCode: string;
    id: string;
    surveyId: string;
    channel: 'public' | 'enterprise';
    entityId: string | null;
    answers: SurveyAnswer;
    now: string;
  },
): Promise<boolean> {
  const res = await tx.query(
    `INSERT INTO survey_responses (region_code, id, survey_id, channel, entity_id, answers, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (region_code, survey_id, entity_id) WHERE entity_id IS NOT NULL DO NOTHING`,
    [r.regionCode, r.id, r.surveyId, r.channel, r.entityId, JSON.stringify(r.answers), r.now],
  );
  return (res.rowCount ?? 0) === 1;
}

export async function surveyAnsweredBy(
  db: Queryable,
  regionCode: string,
  surveyIds: readonly string[],
  entityId: string,
): Promise<Set<string>> {
  const r = await db.query<{ surveyId: string }>(
    'SELECT survey_id AS "surveyId" FROM survey_responses WHERE region_code = $1 AND survey_id = ANY($2::uuid[]) AND entity_id = $3',
    [regionCode, surveyIds, entityId],
  );
  return new Set(r.rows.map((x) => x.surveyId));
}

export async function responsesOf(
  db: Queryable,
  regionCode: string,
  surveyId: string,
): Promise<{ channel: string; answers: SurveyAnswer; submittedAt: string }[]> {
  const r = await db.query<{ channel: string; answers: SurveyAnswer; submittedAt: string }>(
    `SELECT channel, answers, submitted_at AS "submittedAt" FROM survey_responses WHERE region_code = $1 AND survey_id = $2 ORDER BY submitted_at, id`,
    [regionCode, surveyId],
  );
  return r.rows;
}
