/** Where synthetic entities are: a county, and how names and addresses begin there. */
import { countiesUnder, HUNAN_COUNTIES, type Region, regionFullName, regionOf } from '../reference/regions';
import { CHANGNING_TOWNS } from './vocabulary';

/** Where an entity is and how its name and address begin there. */
export interface Place {
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

/** The counties of the given codes (counties, prefectures or the province); every county of Hunan without codes. */
export function placesFor(regionCodes: readonly string[] | undefined): Place[] {
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
