/**
 * 初次违法 (a definition of the published lists, not of the statute): no earlier decision against the
 * party by the same authority dated within the 12 months before the act (on or after the day 12 months
 * before it, and before it); `same_item` counts only decisions on the same violation.
 */
import type { DecisionRequest } from '@rouxing/contracts';
import { addMonths } from '../dates/calendar';

/** The first-offence test in both scopes: [authority, same_item]. */
export type FirstOffenseByScope = [authority: boolean, sameItem: boolean];

export function isFirstOffense(req: DecisionRequest, scope: 'authority' | 'same_item' = 'authority'): boolean {
  return firstOffenseByScope(req)[scope === 'authority' ? 0 : 1];
}

/** Both scopes in one pass over the prior decisions; without `priorViolations`, the request's `firstOffense`. */
export function firstOffenseByScope(req: DecisionRequest): FirstOffenseByScope {
  const f = req.facts;
  if (!f.priorViolations) {
    return [f.firstOffense === true, f.firstOffense === true];
  }
  const from = addMonths(f.occurredOn, -12);
  const code = req.violation?.code;
  let authority = true;
  let sameItem = true;
  for (const p of f.priorViolations) {
    if (p.authority === req.authority && p.on >= from && p.on < f.occurredOn) {
      authority = false;
      if (p.violationCode === code) {
        sameItem = false;
      }
    }
  }
  return [authority, sameItem];
}
