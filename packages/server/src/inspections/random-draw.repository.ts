/** SQL of random draws (双随机一公开): the published result of each draw and the entities and officers it drew. */
import type { RandomDrawInput, RandomDrawResult } from '@rouxing/contracts';
import type { EntityDraw } from '@rouxing/domain';
import type { Queryable } from '../db/database';

export interface DrawInsert {
  regionCode: string;
  id: string;
  departmentId: string;
  input: Pick<RandomDrawInput, 'title' | 'industryPrefix' | 'ratios'>;
  seed: number;
  draw: Pick<EntityDraw, 'poolSize' | 'strata' | 'excluded'>;
  poolFingerprint: string;
  createdBy: { id: string; name: string };
  createdAt: string;
}

export async function insertDraw(tx: Queryable, d: DrawInsert): Promise<void> {
  await tx.query(
    `INSERT INTO random_draws (region_code, id, department_id, title, seed, industry_prefix, ratios, pool_size, pool_fingerprint, strata, excluded,
       created_by, created_by_name, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
    [
      d.regionCode,
      d.id,
      d.departmentId,
      d.input.title,
      d.seed,
      d.input.industryPrefix,
      JSON.stringify(d.input.ratios),
      d.draw.poolSize,
      d.poolFingerprint,
      JSON.stringify(d.draw.strata),
      JSON.stringify(d.draw.excluded),
      d.createdBy.id,
      d.createdBy.name,
      d.createdAt,
    ],
  );
}

/** The entities drawn, in draw order (seq 1, 2, …), each with its officers' ids and names. */
export async function insertDrawEntries(
  tx: Queryable,
  regionCode: string,
  drawId: string,
  entries: readonly { entityId: string; officerIds: readonly string[]; officerNames: readonly string[] }[],
): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  await tx.query(
    `INSERT INTO random_draw_entries (region_code, draw_id, seq, entity_id, officer_ids, officer_names)
     SELECT $1, $2, s.seq, s.entity_id, string_to_array(s.officer_ids, ',')::uuid[], string_to_array(s.officer_names, ',')
     FROM unnest($3::int[], $4::uuid[], $5::text[], $6::text[]) AS s(seq, entity_id, officer_ids, officer_names)`,
    [
      regionCode,
      drawId,
      entries.map((_, i) => i + 1),
      entries.map((e) => e.entityId),
      entries.map((e) => e.officerIds.join(',')),
      entries.map((e) => e.officerNames.join(',')),
    ],
  );
}

/** A draw with its entries (the officers by id and name). */
export async function findDraw(db: Queryable, regionCode: string, id: string): Promise<RandomDrawResult> {
  const d = await db.query<Omit<RandomDrawResult, 'entries'>>(
    `SELECT r.id, r.title, d.name AS "departmentName", r.seed, r.industry_prefix AS "industryPrefix", r.ratios, r.pool_size AS "poolSize",
       r.pool_fingerprint AS "poolFingerprint", r.strata, r.excluded, r.created_at AS "createdAt"
     FROM random_draws r JOIN departments d ON d.region_code = r.region_code AND d.id = r.department_id WHERE r.region_code = $1 AND r.id = $2`,
    [regionCode, id],
  );
  const entries = await db.query<RandomDrawResult['entries'][number]>(
    `SELECT x.seq, x.entity_id AS "entityId", e.name AS "entityName", e.uscc, x.officer_ids AS "officerIds", x.officer_names AS "officerNames"
     FROM random_draw_entries x JOIN entities e ON e.region_code = x.region_code AND e.id = x.entity_id
     WHERE x.region_code = $1 AND x.draw_id = $2 ORDER BY x.seq`,
    [regionCode, id],
  );
  return { ...(d.rows[0] as Omit<RandomDrawResult, 'entries'>), entries: entries.rows };
}

/** The ids of the region's latest draws, newest first. */
export async function latestDrawIds(db: Queryable, regionCode: string, limit: number): Promise<string[]> {
  const r = await db.query<{ id: string }>('SELECT id FROM random_draws WHERE region_code = $1 ORDER BY created_at DESC LIMIT $2', [
    regionCode,
    limit,
  ]);
  return r.rows.map((x) => x.id);
}
