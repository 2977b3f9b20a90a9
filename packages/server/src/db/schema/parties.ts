import { pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns';

/**
 * A natural person as the party of a case (自然人当事人: 公安、交通 deal mostly with individuals). The 公民身份号码
 * and the phone are encrypted (FieldCrypto); `id_number_hash` is the keyed look-up hash (FieldCrypto.lookupHash)
 * by which a person is found again — one row per person and region — and by which decisions on record name
 * them (`sanction_records.person_hash`). The masked forms are kept beside for lists and documents.
 */
export const persons = pgTable(
  'persons',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    address: text('address').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: tstz('created_at').notNull(),
    updatedAt: tstz('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), unique('persons_id_number_uq').on(t.regionCode, t.idNumberHash)],
);
