/** SQL of the 市场主体 registry. */
import { checkUscc } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import { queryGrams, searchGramsOf, searchTextOf, textArrayLiteral } from './search-grams';

export interface EntityRow {
  regionCode: string;
  id: string;
  uscc: string;
  name: string;
  entityType: 'enterprise' | 'individual_business' | 'organization';
  legalRepresentative: string;
  legalRepresentativeIdNoEnc: string | null;
  contactPhoneEnc: string | null;
  industryCode: string;
  address: string;
  establishedOn: string | null;
  newBusinessForm: boolean;
  whitelisted: boolean;
  inObservationPeriod: boolean;
  creditGrade: 'A' | 'B' | 'C' | 'D' | null;
  riskLevel: 'high' | 'medium' | 'low' | null;
  status: 'active' | 'deregistered';
  version: number;
  createdAt: string;
  updatedAt: string;
}

const ENTITY_COLUMNS = `region_code AS "regionCode", id, uscc, name, entity_type AS "entityType", legal_representative AS "legalRepresentative",
  legal_representative_id_no_enc AS "legalRepresentativeIdNoEnc", contact_phone_enc AS "contactPhoneEnc", industry_code AS "industryCode",
  address, established_on AS "establishedOn", new_business_form AS "newBusinessForm", whitelisted, in_observation_period AS "inObservationPeriod",
  credit_grade AS "creditGrade", risk_level AS "riskLevel", status, version, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** A row ready to insert (personal data already encrypted). */
export interface EntityInsert {
  regionCode: string;
  id: string;
  uscc: string;
  name: string;
  entityType: string;
  legalRepresentative: string;
  legalRepresentativeIdNoEnc: string | null;
  contactPhoneEnc: string | null;
  industryCode: string;
  address: string;
  establishedOn: string | null;
  newBusinessForm: boolean;
}

/**
 * Inserts many rows in one statement (arrays through unnest: one round trip, the same SQL on PGlite
 * and PostgreSQL). A USCC already registered in the region is skipped; the inserted USCCs are returned.
 */
export async function insertEntities(tx: Queryable, rows: readonly EntityInsert[], now: string): Promise<Set<string>> {
  if (rows.length === 0) {
    return new Set();
  }
  if (tx.copyFrom) {
    return insertEntitiesByCopy(tx, tx.copyFrom.bind(tx), rows, now);
  }
  const col = <K extends keyof EntityInsert>(k: K) => rows.map((r) => r[k]);
  const r = await tx.query<{ uscc: string }>(
    `INSERT INTO entities (region_code, id, uscc, name, entity_type, legal_representative, legal_representative_id_no_enc, contact_phone_enc,
       industry_code, address, established_on, new_business_form, search_text, search_grams, created_at, updated_at)
     SELECT t.region_code, t.id, t.uscc, t.name, t.entity_type, t.lr, t.idno, t.phone, t.industry, t.address, t.est, t.nbf,
       t.name || ' ' || t.uscc || ' ' || t.lr, t.grams::text[], $13, $13
     FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
       $11::date[], $12::bool[], $14::text[]) AS t(region_code, id, uscc, name, entity_type, lr, idno, phone, industry, address, est, nbf, grams)
     ON CONFLICT (region_code, uscc) DO NOTHING
     RETURNING uscc`,
    [
      col('regionCode'),
      col('id'),
      col('uscc'),
      col('name'),
      col('entityType'),
      col('legalRepresentative'),
      col('legalRepresentativeIdNoEnc'),
      col('contactPhoneEnc'),
      col('industryCode'),
      col('address'),
      col('establishedOn'),
      col('newBusinessForm'),
      now,
      rows.map((r) => textArrayLiteral(searchGramsOf(r.regionCode, r.name, r.legalRepresentative))),
    ],
  );
  return new Set(r.rows.map((x) => x.uscc));
}

export async function findEntity(db: Queryable, regionCode: string, id: string): Promise<EntityRow | null> {
  const r = await db.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE region_code = $1 AND id = $2`, [regionCode, id]);
  return r.rows[0] ?? null;
}

export async function findEntityByUscc(db: Queryable, regionCode: string, uscc: string): Promise<EntityRow | null> {
  const r = await db.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE region_code = $1 AND uscc = $2`, [regionCode, uscc]);
  return r.rows[0] ?? null;
}

export interface EntityFilter {
  regionCode: string;
  q?: string;
  industryCode?: string;
  entityType?: string;
  creditGrade?: string;
  whitelisted?: boolean;
  newBusinessForm?: boolean;
  inObservationPeriod?: boolean;
}

function whereOf(f: EntityFilter): { cond: string; params: unknown[] } {
  const params: unknown[] = [f.regionCode];
  const where = ['region_code = $1'];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replaceAll('?', `$${params.length}`));
  };
  if (f.q && checkUscc(f.q.toUpperCase()).valid) {
    // A whole 统一社会信用代码 is found where the ILIKE would find it, in the uscc column, by its unique index (the
    // ILIKE reads every entity of the region: hundreds of milliseconds in a county of a province-sized registry).
    add('uscc = ?', f.q.toUpperCase());
  } else if (f.q) {
    // Narrowed by the name index where the query allows it (search-grams.ts) and confirmed by the ILIKE — except for a
    // query of exactly two characters: its one pair is among an entity's grams exactly when the name or the representative
    // holds it, which is when the ILIKE matches (the query has a character beyond ASCII, so it is not in the USCC).
    const grams = queryGrams(f.regionCode, f.q);
    if (grams) {
      add('search_grams @> ?::text[]', grams);
    }
    if (!grams || [...f.q].length > 2) {
      add('search_text ILIKE ?', `%${f.q.replace(/[%_\\]/g, '\\$&')}%`);
    }
  }
  if (f.industryCode) {
    // A section letter, division or group matches every code beneath it (H matches H62 and H6210).
    add('industry_code LIKE ?', `${f.industryCode}%`);
  }
  if (f.entityType) {
    add('entity_type = ?', f.entityType);
  }
  if (f.creditGrade) {
    add('credit_grade = ?', f.creditGrade);
  }
  if (f.whitelisted !== undefined) {
    add('whitelisted = ?', f.whitelisted);
  }
  if (f.newBusinessForm !== undefined) {
    add('new_business_form = ?', f.newBusinessForm);
  }
  if (f.inObservationPeriod !== undefined) {
    add('in_observation_period = ?', f.inObservationPeriod);
  }
  return { cond: where.join(' AND '), params };
}

export async function searchEntities(
  db: Queryable,
  f: EntityFilter,
  page: number,
  pageSize: number,
): Promise<{ items: EntityRow[]; total: number }> {
  const { cond, params } = whereOf(f);
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM entities WHERE ${cond}`, params);
  const items = await db.query<EntityRow>(
    `SELECT ${ENTITY_COLUMNS} FROM entities WHERE ${cond} ORDER BY name, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    params,
  );
  return { items: items.rows, total: total.rows[0]?.n ?? 0 };
}

/** Every matching row in pages of `size` (keyset on id), for exports. */
export async function* scanEntities(db: Queryable, f: EntityFilter, size = 2000): AsyncGenerator<EntityRow[]> {
  const { cond, params } = whereOf(f);
  let after: string | null = null;
  for (;;) {
    const p = after ? [...params, after] : params;
    const r: { rows: EntityRow[] } = await db.query<EntityRow>(
      `SELECT ${ENTITY_COLUMNS} FROM entities WHERE ${cond}${after ? ` AND id > $${p.length}` : ''} ORDER BY id LIMIT ${size}`,
      p,
    );
    if (r.rows.length === 0) {
      return;
    }
    yield r.rows;
    after = (r.rows[r.rows.length - 1] as EntityRow).id;
    if (r.rows.length < size) {
      return;
    }
  }
}

export interface EntityChanges {
  name: string;
  entityType: string;
  legalRepresentative: string;
  legalRepresentativeIdNoEnc: string | null;
  contactPhoneEnc: string | null;
  industryCode: string;
  address: string;
  establishedOn: string | null;
  newBusinessForm: boolean;
}

/** Optimistic update: applies only when the stored version is still `version`; returns the new row or null. */
export async function updateEntityRow(
  tx: Queryable,
  regionCode: string,
  id: string,
  version: number,
  c: EntityChanges,
  now: string,
): Promise<EntityRow | null> {
  const r = await tx.query<EntityRow>(
    `UPDATE entities SET name = $4, entity_type = $5, legal_representative = $6, legal_representative_id_no_enc = $7, contact_phone_enc = $8,
       industry_code = $9, address = $10, established_on = $11, new_business_form = $12, search_text = $4 || ' ' || uscc || ' ' || $6,
       search_grams = $14::text[], version = version + 1, updated_at = $13
     WHERE region_code = $1 AND id = $2 AND version = $3
     RETURNING ${ENTITY_COLUMNS}`,
    [
      regionCode,
      id,
      version,
      c.name,
      c.entityType,
      c.legalRepresentative,
      c.legalRepresentativeIdNoEnc,
      c.contactPhoneEnc,
      c.industryCode,
      c.address,
      c.establishedOn,
      c.newBusinessForm,
      now,
      searchGramsOf(regionCode, c.name, c.legalRepresentative),
    ],
  );
  return r.rows[0] ?? null;
}

/** A value in COPY's text format: NULL as \N; backslash, tab, newline and carriage return escaped. */
function copyText(v: string | null): string {
  if (v === null) {
    return '\\N';
  }
  return /[\\\t\n\r]/.test(v)
    ? v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : v;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

function copyLine(r: EntityInsert, now: string): string {
  const search = searchTextOf(r);
  const grams = textArrayLiteral(searchGramsOf(r.regionCode, r.name, r.legalRepresentative));
  const text = [r.regionCode, r.uscc, r.name, r.entityType, r.legalRepresentative, r.industryCode, r.address, search, grams];
  // One test for the whole row: registry data almost never holds a tab, newline or backslash.
  const e = NEEDS_ESCAPE.test(text.join('')) ? copyText : (v: string) => v;
  const opt = (v: string | null) => (v === null ? '\\N' : e(v));
  return `${e(r.regionCode)}\t${r.id}\t${e(r.uscc)}\t${e(r.name)}\t${e(r.entityType)}\t${e(r.legalRepresentative)}\t${opt(r.legalRepresentativeIdNoEnc)}\t${opt(r.contactPhoneEnc)}\t${e(r.industryCode)}\t${e(r.address)}\t${opt(r.establishedOn)}\t${r.newBusinessForm ? 't' : 'f'}\t${e(search)}\t${e(grams)}\t${now}\t${now}\n`;
}

const COPY_COLUMNS = `region_code, id, uscc, name, entity_type, legal_representative, legal_representative_id_no_enc, contact_phone_enc,
  industry_code, address, established_on, new_business_form, search_text, search_grams, created_at, updated_at`;

/**
 * A COPY refused by a unique constraint. PostgreSQL says 23505; a Citus coordinator re-raises the worker's
 * error of a COPY into a distributed table with its message and detail but without its SQLSTATE (XX000,
 * multi_copy.c `ReportCopyError`, Citus 13.2), so there the message is what is left to tell.
 */
export function isCopyUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e.code === '23505' || (e.code === 'XX000' && /^duplicate key value violates unique constraint/.test(e.message ?? ''));
}

/**
 * On a PostgreSQL server a batch goes in by COPY, straight into the table. If one of its codes is
 * already registered, the COPY fails on the unique constraint, is rolled back to a savepoint, and the
 * batch takes the slower path: COPY into a staging table, then one INSERT … ON CONFLICT DO NOTHING.
 * Either way, the same result as the multi-row INSERT used on PGlite.
 */
async function insertEntitiesByCopy(
  tx: Queryable,
  copyFrom: (sql: string, data: string) => Promise<void>,
  rows: readonly EntityInsert[],
  now: string,
): Promise<Set<string>> {
  const seen = new Set<string>();
  const fresh: EntityInsert[] = [];
  for (const r of rows) {
    const key = `${r.regionCode}|${r.uscc}`;
    if (!seen.has(key)) {
      seen.add(key);
      fresh.push(r);
    }
  }
  let data = '';
  for (const r of fresh) {
    data += copyLine(r, now);
  }
  await tx.query('SAVEPOINT entity_copy');
  try {
    if (fresh.length > 0) {
      await copyFrom(`COPY entities (${COPY_COLUMNS}) FROM STDIN`, data);
    }
    await tx.query('RELEASE SAVEPOINT entity_copy');
    return new Set(fresh.map((r) => r.uscc));
  } catch (err) {
    if (!isCopyUniqueViolation(err)) {
      throw err;
    }
    await tx.query('ROLLBACK TO SAVEPOINT entity_copy');
  }
  await tx.query(`CREATE TEMP TABLE IF NOT EXISTS entity_stage (LIKE entities INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`);
  await tx.query('TRUNCATE entity_stage');
  data = '';
  for (const r of rows) {
    data += copyLine(r, now);
  }
  await copyFrom(`COPY entity_stage (${COPY_COLUMNS}) FROM STDIN`, data);
  const r = await tx.query<{ uscc: string }>(
    `INSERT INTO entities (${COPY_COLUMNS}) SELECT ${COPY_COLUMNS} FROM entity_stage ON CONFLICT (region_code, uscc) DO NOTHING RETURNING uscc`,
  );
  return new Set(r.rows.map((x) => x.uscc));
}
