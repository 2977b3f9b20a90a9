/**
 * What a case reads around itself: the party (an entity of the region), the department (its 文号 prefix),
 * the violation item it names and the officer's certificate for the documents. Reads only.
 */
import type { Queryable } from '../db/database';

export interface PartyRef {
  id: string;
  uscc: string;
}

export async function findPartyById(db: Queryable, regionCode: string, entityId: string): Promise<PartyRef | undefined> {
  const r = await db.query<PartyRef>('SELECT id, uscc FROM entities WHERE region_code = $1 AND id = $2', [regionCode, entityId]);
  return r.rows[0];
}

/** The entity an enterprise account speaks for (its 统一社会信用代码). */
export async function findPartyByUscc(db: Queryable, regionCode: string, uscc: string): Promise<PartyRef | undefined> {
  const r = await db.query<PartyRef>('SELECT id, uscc FROM entities WHERE region_code = $1 AND uscc = $2', [regionCode, uscc]);
  return r.rows[0];
}

/** The party as the documents name it: an entity, or a natural person (住址; no legal representative). */
export async function partyForDocument(
  db: Queryable,
  regionCode: string,
  party: { entityId: string | null; personId: string | null },
): Promise<{ name: string; address: string; legalRepresentative: string } | undefined> {
  const r = await db.query<{ name: string; address: string; legalRepresentative: string }>(
    party.entityId
      ? 'SELECT name, address, legal_representative AS "legalRepresentative" FROM entities WHERE region_code = $1 AND id = $2'
      : `SELECT name, address, '' AS "legalRepresentative" FROM persons WHERE region_code = $1 AND id = $2`,
    [regionCode, party.entityId ?? party.personId],
  );
  return r.rows[0];
}

/** 执法证号 of the officer who signs a document, if recorded. */
export async function officerCertificateNo(db: Queryable, userId: string): Promise<string | null> {
  const r = await db.query<{ certificateNo: string | null }>('SELECT certificate_no AS "certificateNo" FROM users WHERE id = $1', [userId]);
  return r.rows[0]?.certificateNo ?? null;
}

/** The department's 文号 prefix (e.g. 常市监), '' when it has none. */
export async function departmentDocPrefix(db: Queryable, regionCode: string, departmentId: string): Promise<string> {
  const r = await db.query<{ docPrefix: string }>('SELECT doc_prefix AS "docPrefix" FROM departments WHERE region_code = $1 AND id = $2', [
    regionCode,
    departmentId,
  ]);
  return r.rows[0]?.docPrefix ?? '';
}

export async function departmentExists(db: Queryable, regionCode: string, departmentId: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM departments WHERE region_code = $1 AND id = $2', [regionCode, departmentId]);
  return r.rows.length > 0;
}

export async function violationItemExists(db: Queryable, regionCode: string, id: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM violation_items WHERE region_code = $1 AND id = $2', [regionCode, id]);
  return r.rows.length > 0;
}
