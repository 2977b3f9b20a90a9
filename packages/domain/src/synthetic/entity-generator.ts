/**
 * A seeded generator of realistic 市场主体 for demo data, tests and benchmarks. Pure and fast: no I/O and
 * no clock (the latest establishment date is an option), the same seed gives the same sequence, and
 * the USCC never repeats within one generator: its organisation code comes from a counter through a
 * bijection, so up to 887,503,681 entities (31⁶) are distinct.
 */
import { countiesUnder, HUNAN_COUNTIES, type Region, regionFullName, regionOf } from '../reference/regions';
import { usccCheckCharacter } from '../uscc/uscc';
import { organizationCodeCheckCharacter, residentIdCheckCharacter } from './codes';
import { INDUSTRY_MIX, type IndustryProfile } from './industry-mix';
import { hash32, mulberry32 } from './random';
import {
  BRAND_CHARS_A,
  BRAND_CHARS_B,
  CHANGNING_TOWNS,
  GIVEN_FEMALE,
  GIVEN_MALE,
  MOBILE_PREFIXES,
  ROADS,
  SURNAMES,
  VILLAGES,
} from './vocabulary';

export { isValidResidentId, organizationCodeCheckCharacter, residentIdCheckCharacter } from './codes';
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

/** How many distinct organisation codes (`MA` + 6 characters) one seed can give: 31⁶. */
export const ORGANIZATION_CODE_CAPACITY = 31 ** 6;

// The bijection index → organisation code value: x ↦ (x·A + B) mod 31⁶, A prime to 31. A·31⁶ < 2⁵³.
const ORG_MULTIPLIER = 5_783_417;
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const DAY_MS = 86_400_000;
const FIRST_ESTABLISHED = Date.UTC(1990, 0, 1) / DAY_MS;

/** Where an entity is and how its name and address begin there. */
interface Place {
  code: string;
  /** `湖南省衡阳市常宁市`. */
  address: string;
  /** Name prefix of a 个体工商户 or cooperative: the county (`常宁市`), or city and district (`衡阳市珠晖区`). */
  local: string;
  /** Name prefix of an enterprise registered at the prefecture level (`衡阳市`, `湘西`). */
  prefecture: string;
  /** Name prefix of an enterprise: the county, or for a district its city. */
  enterprise: string;
  /** The county's own 街道 and 乡镇 when known. */
  towns: readonly string[] | null;
}

function placeOf(county: Region): Place {
  const city = regionOf(county.parent as string) as Region;
  const prefecture = city.name.replace(/(土家族苗族)?自治州$/, '');
  const district = county.name.endsWith('区');
  return {
    code: county.code,
    address: regionFullName(county.code) as string,
    local: district ? `${city.name}${county.name}` : county.name,
    prefecture,
    enterprise: district ? prefecture : county.name,
    towns: county.code === '430482' ? CHANGNING_TOWNS : null,
  };
}

function placesFor(regionCodes: readonly string[] | undefined): Place[] {
  if (!regionCodes) {
    return HUNAN_COUNTIES.map(placeOf);
  }
  const seen = new Map<string, Place>();
  for (const code of regionCodes) {
    const counties = countiesUnder(code);
    if (counties.length === 0) {
      throw new Error(`未知的行政区划代码：${code}（应为湖南省的省、市或县级代码）`);
    }
    for (const c of counties) {
      seen.set(c.code, placeOf(c));
    }
  }
  return [...seen.values()];
}

function daysOf(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const days = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : Number.NaN;
  if (!m || new Date(days * DAY_MS).toISOString().slice(0, 10) !== date) {
    throw new Error(`asOf 应为有效日期 YYYY-MM-DD：${date}`);
  }
  return days;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Days since 1970-01-01 → [year, month, day] (Howard Hinnant's civil_from_days: no Date, no allocation of one). */
function civil(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

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

  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  // Frequent surnames first: a skewed draw gives 李, 王, 刘 … more often than 曹.
  const surname = () => SURNAMES[Math.floor(rnd() * rnd() * SURNAMES.length)] as string;

  function organizationCode(index: number): string {
    if (index >= ORGANIZATION_CODE_CAPACITY) {
      throw new Error(`一个种子最多生成 ${ORGANIZATION_CODE_CAPACITY} 个不重复的统一社会信用代码`);
    }
    let v = (index * ORG_MULTIPLIER + orgOffset) % ORGANIZATION_CODE_CAPACITY;
    let body = '';
    for (let k = 0; k < 6; k++) {
      body = USCC_CHARS[v % 31] + body;
      v = Math.floor(v / 31);
    }
    // 2015 onward, 市场监管 assigns codes beginning `MA`; GB 11714 gives the ninth character.
    body = `MA${body}`;
    return body + organizationCodeCheckCharacter(body);
  }

  function idNumber(region: string, birthDays: number, male: boolean): string {
    const [y, m, d] = civil(birthDays);
    const seq = Math.floor(rnd() * 50) * 2 + (male ? 1 : 0);
    const first17 = `${region}${y}${pad2(m)}${pad2(d)}${seq < 10 ? `00${seq}` : seq < 100 ? `0${seq}` : seq}`;
    return first17 + residentIdCheckCharacter(first17);
  }

  function address(place: Place, rural: boolean): string {
    const n = 1 + Math.floor(rnd() * 300);
    if (place.towns) {
      const town = pick(place.towns);
      return rural && !town.endsWith('街道')
        ? `${place.address}${town}${pick(VILLAGES)}${1 + Math.floor(rnd() * 12)}组`
        : `${place.address}${town}${pick(ROADS)}${n}号`;
    }
    return rural ? `${place.address}${pick(VILLAGES)}${1 + Math.floor(rnd() * 12)}组` : `${place.address}${pick(ROADS)}${n}号`;
  }

  function next(): SyntheticEntity {
    const place = places.length === 1 ? (places[0] as Place) : pick(places);
    const profile = INDUSTRY_MIX[MIX_TABLE[Math.floor(rnd() * 4096)] as number] as IndustryProfile;
    const kind =
      rnd() < profile.individualShare && profile.individual.length > 0
        ? 'individual_business'
        : profile.cooperative && rnd() < profile.cooperative.share
          ? 'organization'
          : 'enterprise';

    const male = rnd() < 0.62;
    const family = surname();
    const given = male ? GIVEN_MALE : GIVEN_FEMALE;
    const legalRepresentative = rnd() < 0.3 ? family + pick(given) : family + pick(given) + pick(given);

    // 个体工商户 often trade under the owner's name (刘记, 老刘); others choose two lucky characters.
    const brand =
      kind === 'individual_business' && rnd() < 0.15
        ? rnd() < 0.5
          ? `${family}记`
          : `老${family}`
        : pick(BRAND_CHARS_A) + pick(BRAND_CHARS_B);
    let name: string;
    if (kind === 'individual_business') {
      name = place.local + brand + pick(profile.individual);
    } else if (kind === 'organization') {
      name = place.local + brand + pick((profile.cooperative as NonNullable<IndustryProfile['cooperative']>).names);
    } else {
      const r = rnd();
      const prefix = r < 0.7 ? place.enterprise : r < 0.88 ? place.prefecture : '湖南';
      const s = rnd();
      name = `${prefix}${brand}${pick(profile.enterprise)}${s < 0.94 ? '有限公司' : s < 0.99 ? '有限责任公司' : '股份有限公司'}`;
    }

    // Registrations grew year on year: the density rises linearly to `asOf`.
    const establishedDays = FIRST_ESTABLISHED + Math.floor(Math.sqrt(rnd()) * (span + 1));
    const [ey, em, ed] = civil(establishedDays);
    const birthDays = establishedDays - Math.floor((22 + rnd() * 40) * 365.25);

    const typeDigit = kind === 'individual_business' ? '2' : kind === 'organization' ? '3' : '1';
    const first17 = `9${typeDigit}${place.code}${organizationCode(start + generated)}`;
    generated++;

    return {
      uscc: first17 + usccCheckCharacter(first17),
      name,
      entityType: kind,
      legalRepresentative,
      legalRepresentativeIdNo: rnd() < idNoRatio ? idNumber(place.code, birthDays, male) : null,
      contactPhone: rnd() < phoneRatio ? `${pick(MOBILE_PREFIXES)}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}` : null,
      industryCode: profile.code,
      address: address(place, profile.code[0] === 'A' || (kind === 'individual_business' && rnd() < 0.25)),
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
