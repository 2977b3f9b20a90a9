import type { Entity } from '@rouxing/contracts';
import { industryName, maskIdNo, maskPhone, regionName } from '@rouxing/domain';
import type { FieldCrypto } from '../crypto/field-crypto';
import type { EntityRow } from './entity.repository';

/** The API view of an entity; personal data masked (SECURITY.md "Data"). */
export function toEntityDto(row: EntityRow, crypto: FieldCrypto): Entity {
  const idNo = row.legalRepresentativeIdNoEnc ? maskIdNo(crypto.decrypt(row.legalRepresentativeIdNoEnc)) : null;
  const phone = row.contactPhoneEnc ? maskPhone(crypto.decrypt(row.contactPhoneEnc)) : null;
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionName: regionName(row.regionCode) ?? row.regionCode,
    uscc: row.uscc,
    name: row.name,
    entityType: row.entityType,
    legalRepresentative: row.legalRepresentative,
    legalRepresentativeIdNo: idNo,
    contactPhone: phone,
    industryCode: row.industryCode,
    industryName: industryName(row.industryCode) ?? row.industryCode,
    address: row.address,
    establishedOn: row.establishedOn,
    whitelisted: row.whitelisted,
    inObservationPeriod: row.inObservationPeriod,
    creditGrade: row.creditGrade,
    riskLevel: row.riskLevel,
    newBusinessForm: row.newBusinessForm,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
