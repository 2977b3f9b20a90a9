import type { EntityInput } from '@rouxing/contracts';
import type { FieldCrypto } from '../crypto/field-crypto';
import type { EntityChanges, EntityInsert } from './entity.repository';

/** The stored form of an entity's editable fields: personal data encrypted (SECURITY.md "Data"). */
export function entityChanges(input: Omit<EntityInput, 'uscc' | 'regionCode'>, crypto: FieldCrypto): EntityChanges {
  return {
    name: input.name,
    entityType: input.entityType,
    legalRepresentative: input.legalRepresentative,
    legalRepresentativeIdNoEnc: input.legalRepresentativeIdNo ? crypto.encrypt(input.legalRepresentativeIdNo) : null,
    contactPhoneEnc: input.contactPhone ? crypto.encrypt(input.contactPhone) : null,
    industryCode: input.industryCode,
    address: input.address,
    establishedOn: input.establishedOn ?? null,
    newBusinessForm: input.newBusinessForm,
  };
}

/** A validated input as a row to insert, shared by the form, the import and the seed. */
export function entityInsert(input: EntityInput, id: string, crypto: FieldCrypto): EntityInsert {
  return { regionCode: input.regionCode, id, uscc: input.uscc, ...entityChanges(input, crypto) };
}
