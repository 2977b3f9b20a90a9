import type { PersonInput } from '@rouxing/contracts';
import { type Actor, checkIdNumber, maskIdNo, maskPhone } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { validationError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { findPersonByHash, insertPerson, type PersonRow, updatePersonContact } from '../person.repository';

/** The 公民身份号码 checked (GB 11643), or a 422 naming `path`. */
export function checkedIdNumber(raw: string, path: string): { normalized: string; birthDate: string } {
  const c = checkIdNumber(raw);
  if (!c.valid) {
    throw validationError([{ path, message: c.reason }]);
  }
  return c;
}

/**
 * The natural person a case names: found by the keyed hash of the number (the name, phone and address as the
 * officer now gives them), or entered — the number and phone encrypted, their masked forms beside them — with
 * its event and audit row (no number in clear in either).
 */
export async function resolvePerson(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  input: PersonInput,
  path: string,
): Promise<PersonRow> {
  const { normalized } = checkedIdNumber(input.idNumber, `${path}.idNumber`);
  const hash = ctx.fieldCrypto.lookupHash(normalized);
  const now = ctx.now().toISOString();
  const contact = {
    name: input.name,
    phoneEnc: input.phone ? ctx.fieldCrypto.encrypt(input.phone) : null,
    phoneMasked: input.phone ? maskPhone(input.phone) : null,
    address: input.address,
  };
  const known = await findPersonByHash(tx, actor.regionCode, hash, true);
  if (known) {
    await updatePersonContact(tx, actor.regionCode, known.id, contact, now);
    return { ...known, ...contact };
  }
  const row: PersonRow = {
    regionCode: actor.regionCode,
    id: newId(),
    idNumberEnc: ctx.fieldCrypto.encrypt(normalized),
    idNumberHash: hash,
    idNumberMasked: maskIdNo(normalized),
    ...contact,
  };
  if (!(await insertPerson(tx, { ...row, createdBy: actor.userId }, now))) {
    // Entered by someone else at this instant: that row is the person.
    return (await findPersonByHash(tx, actor.regionCode, hash, true)) as PersonRow;
  }
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'person',
    aggregateId: row.id,
    type: 'person.create',
    payload: { name: row.name, idNumber: row.idNumberMasked, phone: row.phoneMasked },
  });
  return row;
}
