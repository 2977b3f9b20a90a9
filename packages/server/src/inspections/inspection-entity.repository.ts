/** SQL of what inspections read about market entities (the entity register itself is `entities/`). */
import type { Queryable } from '../db/database';

/** Whether the entity exists and is active (a plan is made only for an active entity). */
export async function activeEntityExists(db: Queryable, regionCode: string, id: string): Promise<boolean> {
  const r = await db.query("SELECT id FROM entities WHERE region_code = $1 AND id = $2 AND status = 'active'", [regionCode, id]);
  return r.rows.length > 0;
}

export async function entityExists(db: Queryable, regionCode: string, id: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM entities WHERE region_code = $1 AND id = $2', [regionCode, id]);
  return r.rows.length > 0;
}

/** On the whitelist (白名单); false for an entity not found. */
export async function entityWhitelisted(db: Queryable, regionCode: string, id: string): Promise<boolean> {
  const r = await db.query<{ whitelisted: boolean }>('SELECT whitelisted FROM entities WHERE region_code = $1 AND id = $2', [
    regionCode,
    id,
  ]);
  return r.rows[0]?.whitelisted ?? false;
}

/** The id of the entity with this 统一社会信用代码 (any status), or null. */
export async function entityIdOfUscc(db: Queryable, regionCode: string, uscc: string | null): Promise<string | null> {
  const r = await db.query<{ id: string }>('SELECT id FROM entities WHERE region_code = $1 AND uscc = $2', [regionCode, uscc]);
  return r.rows[0]?.id ?? null;
}

/** The id of the active entity with this 统一社会信用代码, or null. */
export async function activeEntityIdOfUscc(db: Queryable, regionCode: string, uscc: string): Promise<string | null> {
  const r = await db.query<{ id: string }>("SELECT id FROM entities WHERE region_code = $1 AND uscc = $2 AND status = 'active'", [
    regionCode,
    uscc,
  ]);
  return r.rows[0]?.id ?? null;
}

/** The entity's GB/T 4754 industry code, '' when not found. */
export async function entityIndustryCode(db: Queryable, regionCode: string, id: string): Promise<string> {
  const r = await db.query<{ industryCode: string }>(
    'SELECT industry_code AS "industryCode" FROM entities WHERE region_code = $1 AND id = $2',
    [regionCode, id],
  );
  return r.rows[0]?.industryCode ?? '';
}
