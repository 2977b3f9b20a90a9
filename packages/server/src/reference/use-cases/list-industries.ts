import type { Industry } from '@rouxing/contracts';
import { INDUSTRIES } from '@rouxing/domain';

/** GB/T 4754-2017 国民经济行业分类: public reference data, no login needed. */
export function listIndustries(): Industry[] {
  return INDUSTRIES.map((i) => ({ code: i.code, name: i.name, parent: i.parent }));
}
