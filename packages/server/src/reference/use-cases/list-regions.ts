import type { Region } from '@rouxing/contracts';
import { REGIONS } from '@rouxing/domain';

/** GB/T 2260 行政区划 of Hunan: public reference data, no login needed. */
export function listRegions(): Region[] {
  return REGIONS.map((r) => ({ code: r.code, name: r.name, parent: r.parent, level: r.level }));
}
