/** 行政处罚法 第三十六条: the limitation period (追责时效). */
import type { Basis, DecisionRequest } from '@rouxing/contracts';
import { addMonths } from '../dates/calendar';
import { art } from './basis';

/** The limitation period of one request: whether it has run, its last day, and the provision that sets it. */
export interface Limitation {
  barred: boolean;
  lastDay: string | null;
  basis: Basis;
}

/**
 * 行政处罚法 第三十六条: not discovered within two years (five where life, health or financial security is
 * involved and there was harm; or the special law's own period) → no longer punished. The period runs
 * from the act, or from its end when it continued; a continuing act not yet ended is never barred.
 */
export function limitation(req: DecisionRequest): Limitation {
  const f = req.facts;
  const special = req.violation?.limitation;
  const basis: Basis = special ? { source: 'law', law: special.basis.law, article: special.basis.article } : art(36, 1);
  if (f.continuing && !f.endedOn) {
    return { barred: false, lastDay: null, basis };
  }
  const start = f.endedOn ?? f.occurredOn;
  const months = special ? special.months : f.involvesLifeHealthOrFinancialSecurity && f.harm !== 'none' ? 60 : 24;
  const lastDay = addMonths(start, months);
  return { barred: f.discoveredOn > lastDay, lastDay, basis };
}
