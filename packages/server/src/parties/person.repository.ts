/** SQL of `persons`: natural persons as parties (自然人当事人), found again by the keyed hash of the 公民身份号码. */
import type { Queryable } from '../db/database';

export interface PersonRow {
  regionCode: string;
  id: string;
  name: string;
  idNumberEnc: string;
  idNumberHash: string;
  idNumberMasked: string;
  phoneEnc: string | null;
  phoneMasked: string | null;
  address: string;
}

const COLUMNS = `region_code AS "regionCode", id, name, id_number_enc AS "idNumberEnc", id_number_hash AS "idNumberHash",
  id_number_masked AS "idNumberMasked", phone_enc AS "phoneEnc", phone_masked AS "phoneMasked", address`;

export async function findPerson(db: Queryable, regionCode: string, id: string): Promise<PersonRow | undefined> {
  const r = await db.query<PersonRow>(`SELECT ${COLUMNS} FROM persons WHERE region_code = $1 AND id = $2`, [regionCode, id]);
  return r.rows[0];
}

/** The person with this keyed hash of the 公民身份号码 in the region (locked when `lock`). */
export async function findPersonByHash(db: Queryable, regionCode: string, hash: string, lock = false): Promise<PersonRow | undefined> {
  const r = await db.query<PersonRow>(
    `SELECT ${COLUMNS} FROM persons WHERE region_code = $1 AND id_number_hash = $2${lock ? ' FOR UPDATE' : ''}`,
    [regionCode, hash],
  );
  return r.rows[0];
}

export interface PersonWrite extends PersonRow {
  createdBy: string;
}

/** Inserts the person, or — when the number is already on record (a concurrent insert) — leaves the row and answers false. */
export async function insertPerson(tx: Queryable, p: PersonWrite, now: string): Promise<boolean> {
  const r = await tx.query(
    `INSERT INTO persons (region_code, id, name, id_number_enc, id_number_hash, id_number_masked, phone_enc, phone_masked, address,
       created_by, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$11)
     ON CONFLICT (region_code, id_number_hash) DO NOTHING`,
    [p.regionCode, p.id, p.name, p.idNumberEnc, p.idNumberHash, p.idNumberMasked, p.phoneEnc, p.phoneMasked, p.address, p.createdBy, now],
  );
  return r.rowCount > 0;
}

/** A known person's name, phone and address as the officer now states them. */
export async function updatePersonContact(
  tx: Queryable,
  regionCode: string,
  id: string,
  c: Pick<PersonRow, 'name' | 'phoneEnc' | 'phoneMasked' | 'address'>,
  now: string,
): Promise<void> {
  await tx.query(
    'UPDATE persons SET name = $3, phone_enc = $4, phone_masked = $5, address = $6, updated_at = $7 WHERE region_code = $1 AND id = $2',
    [regionCode, id, c.name, c.phoneEnc, c.phoneMasked, c.address, now],
  );
}
