/**
 * The parts of one synthetic entity, each drawn from the generator's random stream `rnd`. The order of the
 * draws is the sequence a seed reproduces: `createEntityGenerator` calls these in a fixed order.
 */
import { civil, pad2 } from './calendar';
import { organizationCodeCheckCharacter, residentIdCheckCharacter } from './codes';
import type { IndustryProfile } from './industry-mix';
import type { Place } from './places';
import { BRAND_CHARS_A, BRAND_CHARS_B, GIVEN_FEMALE, GIVEN_MALE, ROADS, SURNAMES, VILLAGES } from './vocabulary';

export type Rnd = () => number;
export type EntityKind = 'enterprise' | 'individual_business' | 'organization';

/** How many distinct organisation codes (`MA` + 6 characters) one seed can give: 31⁶. */
export const ORGANIZATION_CODE_CAPACITY = 31 ** 6;

// The bijection index → organisation code value: x ↦ (x·A + B) mod 31⁶, A prime to 31. A·31⁶ < 2⁵³.
const ORG_MULTIPLIER = 5_783_417;
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

/** The organisation code (GB 11714, nine characters) of the `index`-th entity of a seed whose offset is `orgOffset`. */
export function organizationCode(index: number, orgOffset: number): string {
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

/** A resident ID number (GB 11643-1999) of someone born in `region` on `birthDays`: odd sequence for men. */
export function idNumber(rnd: Rnd, region: string, birthDays: number, male: boolean): string {
  const [y, m, d] = civil(birthDays);
  const seq = Math.floor(rnd() * 50) * 2 + (male ? 1 : 0);
  const first17 = `${region}${y}${pad2(m)}${pad2(d)}${seq < 10 ? `00${seq}` : seq < 100 ? `0${seq}` : seq}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A street address, or a village group for a rural one; in the county's own towns when known. */
export function address(rnd: Rnd, place: Place, rural: boolean): string {
  const n = 1 + Math.floor(rnd() * 300);
  if (place.towns) {
    const town = pick(rnd, place.towns);
    return rural && !town.endsWith('街道')
      ? `${place.address}${town}${pick(rnd, VILLAGES)}${1 + Math.floor(rnd() * 12)}组`
      : `${place.address}${town}${pick(rnd, ROADS)}${n}号`;
  }
  return rural ? `${place.address}${pick(rnd, VILLAGES)}${1 + Math.floor(rnd() * 12)}组` : `${place.address}${pick(rnd, ROADS)}${n}号`;
}

/** 个体工商户, cooperative or enterprise, by the industry's shares. */
export function kindOf(rnd: Rnd, profile: IndustryProfile): EntityKind {
  return rnd() < profile.individualShare && profile.individual.length > 0
    ? 'individual_business'
    : profile.cooperative && rnd() < profile.cooperative.share
      ? 'organization'
      : 'enterprise';
}

/** A legal representative: a surname (frequent ones first: 李, 王, 刘 … more often than 曹) and one or two given characters. */
export function personName(rnd: Rnd, male: boolean): { family: string; name: string } {
  const family = SURNAMES[Math.floor(rnd() * rnd() * SURNAMES.length)] as string;
  const given = male ? GIVEN_MALE : GIVEN_FEMALE;
  const name = rnd() < 0.3 ? family + pick(rnd, given) : family + pick(rnd, given) + pick(rnd, given);
  return { family, name };
}

/** The entity's name: 个体工商户 often trade under the owner's name (刘记, 老刘); others choose two lucky characters. */
export function entityName(rnd: Rnd, kind: EntityKind, place: Place, profile: IndustryProfile, family: string): string {
  const brand =
    kind === 'individual_business' && rnd() < 0.15
      ? rnd() < 0.5
        ? `${family}记`
        : `老${family}`
      : pick(rnd, BRAND_CHARS_A) + pick(rnd, BRAND_CHARS_B);
  if (kind === 'individual_business') {
    return place.local + brand + pick(rnd, profile.individual);
  }
  if (kind === 'organization') {
    return place.local + brand + pick(rnd, (profile.cooperative as NonNullable<IndustryProfile['cooperative']>).names);
  }
  const r = rnd();
  const prefix = r < 0.7 ? place.enterprise : r < 0.88 ? place.prefecture : '湖南';
  const s = rnd();
  return `${prefix}${brand}${pick(rnd, profile.enterprise)}${s < 0.94 ? '有限公司' : s < 0.99 ? '有限责任公司' : '股份有限公司'}`;
}
