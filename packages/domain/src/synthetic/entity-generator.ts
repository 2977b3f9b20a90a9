/**
 * A seeded generator of realistic 市场主体 for demo data, tests and benchmarks. Pure and fast: no I/O and
 * no clock (the latest establishment date is an option), the same seed gives the same sequence, and
 * the USCC never repeats within one generator: its organisation code comes from a counter through a
 * bijection, so up to 887,503,681 entities (31⁶) are distinct.
 */
import { usccCheckCharacter } from '../uscc/uscc';
import { civil, DAY_MS, daysOf, pad2 } from './calendar';
import { address, entityName, idNumber, kindOf, ORGANIZATION_CODE_CAPACITY, organizationCode, personName, pick } from './entity-parts';
import { INDUSTRY_MIX, type IndustryProfile } from './industry-mix';
import { type Place, placesFor } from './places';
import { hash32, mulberry32 } from './random';
import { MOBILE_PREFIXES } from './vocabulary';

export { isValidResidentId, organizationCodeCheckCharacter, residentIdCheckCharacter } from './codes';
export { ORGANIZATION_CODE_CAPACITY } from './entity-parts';
export { INDUSTRY_MIX, type IndustryProfile } from './industry-mix';
export { mulberry32 } from './random';

/** The fields of a 市场主体 as `EntityInputSchema` (contracts) takes them. */
export interface SyntheticEntity {
  /** GB 32100-2015: `9` (市场监管) + `1` 企业 / `2` 个体工商户 / `3` 农民专业合作社, region, `MA…` organisation code, check. */
  uscc: string;
  name: string;
  /** `organization` entities are 农民专业合作社, the third kind of 市场主体 (市场主体登记管理条例 第二条). */
  entityType: 'enterprise' | 'individual_business' | 'organization';
  legalRepresentative: string;
  /** 18 characters, GB 11643-1999 check character, born in the entity's county 22–62 years before it was set up. */
  legalRepresentativeIdNo: string | null;
  /** A mobile number `1[3-9]\d{9}` from a segment in use. */
  contactPhone: string | null;
  /** A division or group code listed in INDUSTRIES. */
  industryCode: string;
  address: string;
  /** A county-level GB/T 2260 code. */
  regionCode: string;
  /** `YYYY-MM-DD`, 1990-01-01 up to `asOf`, more recent dates more likely. */
  establishedOn: string | null;
  newBusinessForm: boolean;
}

/** Options of `createEntityGenerator`. */
export interface GeneratorOptions {
  /**
   * Where the entities are: county codes, or a prefecture or the province (their counties). Default:
   * every county of Hunan, equally likely. An unknown code throws.
   */
  regionCodes?: readonly string[];
  /** Share of entities with a legal representative's ID number (default 0.3: registry exports rarely carry it). */
  idNoRatio?: number;
  /** Share with a contact phone (default 0.6). */
  phoneRatio?: number;
  /** The latest establishment date, `YYYY-MM-DD` (default `2025-12-31`). */
  asOf?: string;
  /**
   * Index of the first entity (default 0). Two generators with the same seed and disjoint index ranges
   * never share a USCC: give a later run the previous run's end to add to the same table.
   */
  startIndex?: number;
}

/** A stream of synthetic entities. */
export interface EntityGenerator {
  next(): SyntheticEntity;
  /** How many entities `next` has returned. */
  readonly generated: number;
}

const FIRST_ESTABLISHED = Date.UTC(1990, 0, 1) / DAY_MS;

/** A lookup table of 4096 slots over the mix's weights: one draw picks a profile without a search. */
function weightedTable(profiles: readonly IndustryProfile[]): Uint16Array {
  const table = new Uint16Array(4096);
  const total = profiles.reduce((s, x) => s + x.weight, 0);
  let acc = 0;
  let slot = 0;
  profiles.forEach((x, i) => {
    acc += x.weight;
    const end = i === profiles.length - 1 ? table.length : Math.round((acc / total) * table.length);
    for (; slot < end; slot++) {
      table[slot] = i;
    }
  });
  return table;
}

const MIX_TABLE = weightedTable(INDUSTRY_MIX);

/**
 * Creates a generator of synthetic 市场主体. Every entity passes `EntityInputSchema` and `checkUscc`; the
 * same `seed` and options give the same sequence.
 */
export function createEntityGenerator(seed: number, options: GeneratorOptions = {}): EntityGenerator {
  const rnd = mulberry32(seed);
  const places = placesFor(options.regionCodes);
  const idNoRatio = options.idNoRatio ?? 0.3;
  const phoneRatio = options.phoneRatio ?? 0.6;
  const lastDay = daysOf(options.asOf ?? '2025-12-31');
  const span = lastDay - FIRST_ESTABLISHED;
  const start = options.startIndex ?? 0;
  const orgOffset = hash32(seed) % ORGANIZATION_CODE_CAPACITY;
  let generated = 0;

  // The draws happen in this order for every entity; changing it changes every seed's sequence.
  function next(): SyntheticEntity {
    const place = places.length === 1 ? (places[0] as Place) : pick(rnd, places);
    const profile = INDUSTRY_MIX[MIX_TABLE[Math.floor(rnd() * 4096)] as number] as IndustryProfile;
    const kind = kindOf(rnd, profile);
    const male = rnd() < 0.62;
    const person = personName(rnd, male);
    const name = entityName(rnd, kind, place, profile, person.family);

    // Registrations grew year on year: the density rises linearly to `asOf`.
    const establishedDays = FIRST_ESTABLISHED + Math.floor(Math.sqrt(rnd()) * (span + 1));
    const [ey, em, ed] = civil(establishedDays);
    const birthDays = establishedDays - Math.floor((22 + rnd() * 40) * 365.25);

    const typeDigit = kind === 'individual_business' ? '2' : kind === 'organization' ? '3' : '1';
    const first17 = `9${typeDigit}${place.code}${organizationCode(start + generated, orgOffset)}`;
    generated++;

    return {
      uscc: first17 + usccCheckCharacter(first17),
      name,
      entityType: kind,
      legalRepresentative: person.name,
      legalRepresentativeIdNo: rnd() < idNoRatio ? idNumber(rnd, place.code, birthDays, male) : null,
      contactPhone: rnd() < phoneRatio ? `${pick(rnd, MOBILE_PREFIXES)}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}` : null,
      industryCode: profile.code,
      address: address(rnd, place, profile.code[0] === 'A' || (kind === 'individual_business' && rnd() < 0.25)),
      regionCode: place.code,
      establishedOn: `${ey}-${pad2(em)}-${pad2(ed)}`,
      newBusinessForm: rnd() < profile.newBusinessForm,
    };
  }

  return {
    next,
    get generated() {
      return generated;
    },
  };
}
