/**
 * The decision engine (shared/contracts/decision-api.md): the legal outcome of the facts of a case, with
 * every rule that applies cited by article. Pure: no I/O, no clock (`decidedOn` is in the request).
 * The order of the rules is the contract's: 时效 (art. 36) → 不予处罚 (arts. 30, 31, 33, lists) →
 * 可以不予处罚 (art. 33, lists) → 应当从轻减轻 (arts. 30, 32) → 可以从轻减轻 (art. 31) → 处罚.
 */
import type { Basis, DecisionRequest, DecisionResponse, Harm } from '@rouxing/contracts';
import { addMonths } from '../dates/calendar';
import { art } from './basis';
import { explain } from './explain';
import { type FineRange, mitigatedRange, tierRange } from './fine-range';

type Facts = DecisionRequest['facts'];
type ListEntry = DecisionRequest['listEntries'][number];
export type Outcome = DecisionResponse['outcome'];
type Flag = DecisionResponse['flags'][number];

const HARM_ORDER: Record<Harm, number> = { none: 0, minor: 1, ordinary: 2, serious: 3 };

/**
 * 行政处罚法 第三十六条: not discovered within two years (five where life, health or financial security is
 * involved and there was harm; or the special law's own period) → no longer punished. The period runs
 * from the act, or from its end when it continued; a continuing act not yet ended is never barred.
 */
export function limitation(req: DecisionRequest): { barred: boolean; lastDay: string | null; basis: Basis } {
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

/**
 * 初次违法 (a definition of the published lists, not of the statute): no earlier decision against the
 * party by the same authority dated within the 12 months before the act (on or after the day 12 months
 * before it, and before it); `same_item` counts only decisions on the same violation.
 */
export function isFirstOffense(req: DecisionRequest, scope: 'authority' | 'same_item' = 'authority'): boolean {
  return firstOffenseByScope(req)[scope === 'authority' ? 0 : 1];
}

/** Both scopes in one pass over the prior decisions: [authority, same_item]. */
function firstOffenseByScope(req: DecisionRequest): [boolean, boolean] {
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

/** An entry applies if in force on the day of the act or on the day of the decision (by analogy with art. 37). */
function inForce(e: ListEntry, day: string): boolean {
  return e.effectiveFrom <= day && (e.effectiveTo === null || day <= e.effectiveTo);
}

/** 不予处罚清单 (policy §2; 行政处罚法 第三十三条): an entry for this violation whose conditions all hold. */
export function listEntryMatches(req: DecisionRequest, e: ListEntry, first: [boolean, boolean] = firstOffenseByScope(req)): boolean {
  const code = req.violation?.code;
  if (!code || e.violationCode !== code) {
    return false;
  }
  if (!inForce(e, req.facts.occurredOn) && !inForce(e, req.decidedOn)) {
    return false;
  }
  const c = e.conditions;
  if ((c.firstOffense || e.kind === '首违不罚') && !first[c.firstOffenseScope === 'same_item' ? 1 : 0]) {
    return false;
  }
  if (c.maxHarm !== undefined && HARM_ORDER[req.facts.harm] > HARM_ORDER[c.maxHarm]) {
    return false;
  }
  return !(c.correctedInTime && !req.facts.correctedInTime);
}

const isNatural = (f: Facts) => f.partyType === 'natural_person';
const ageOf = (f: Facts) => (isNatural(f) && typeof f.age === 'number' ? f.age : null);

/** 行政处罚法 第三十条第一句: under 14 → no penalty; the guardian is to discipline. */
const underFourteen = (f: Facts) => {
  const age = ageOf(f);
  return age !== null && age < 14;
};
/** 第三十条第二句: 14 to 17 → must be lighter or mitigated. */
const minorAged = (f: Facts) => {
  const age = ageOf(f);
  return age !== null && age >= 14 && age < 18;
};
/** 第三十一条第一句: unable to recognise or control one's conduct → no penalty; the guardian is to keep custody. */
const unableToControl = (f: Facts) => isNatural(f) && f.mentalState === 'unable_to_recognize_or_control';
/** 第三十一条第三句: not wholly unable → may be lighter or mitigated. */
const partiallyImpaired = (f: Facts) => isNatural(f) && f.mentalState === 'partially_impaired';
/** 第三十三条第一款第一句: minor, corrected in time, no harm → no penalty. */
const minorCorrectedHarmless = (f: Facts) => f.minorViolation && f.correctedInTime && f.harm === 'none';
/** 第三十三条第一款第二句: first offence, minor harm at most, corrected in time → may not penalise. */
const firstMinorCorrected = (req: DecisionRequest, first: boolean) =>
  first && (req.facts.harm === 'none' || req.facts.harm === 'minor') && req.facts.correctedInTime;
/** 第三十二条: any of its circumstances → must be lighter or mitigated. */
const hasMitigating = (f: Facts) => f.mitigating.length > 0;

function penaltyRange(req: DecisionRequest, f: Facts): { range: FineRange | null; rule: 'mitigate' | 'may_mitigate' | 'penalty' } {
  const b = req.benchmark;
  if (minorAged(f) || hasMitigating(f)) {
    return { range: b ? mitigatedRange(b, 'lighter') : null, rule: 'mitigate' };
  }
  if (partiallyImpaired(f)) {
    return { range: b ? mitigatedRange(b, 'ordinary') : null, rule: 'may_mitigate' };
  }
  return { range: b ? tierRange(b, f.aggravating.length > 0 ? 'heavier' : 'ordinary') : null, rule: 'penalty' };
}

/** The articles that would set the penalty (arts. 30, 32, 31), in that order. */
function penaltySettingBasis(f: Facts): Basis[] {
  const out: Basis[] = [];
  if (minorAged(f)) {
    out.push(art(30));
  }
  if (hasMitigating(f)) {
    out.push(art(32));
  }
  if (partiallyImpaired(f)) {
    out.push(art(31));
  }
  return out;
}

export function decide(req: DecisionRequest): DecisionResponse {
  const f = req.facts;
  const scopes = firstOffenseByScope(req);
  const first = scopes[0];
  const flags: Flag[] = [];
  const lim = limitation(req);

  let outcome: Outcome;
  const basis: Basis[] = [];
  let fineRange: FineRange | null = null;

  // Matching list entries, in a stable order (the answer must not depend on the order given).
  const matches = req.listEntries
    .filter((e) => listEntryMatches(req, e))
    .sort((a, b) => (a.listId + a.itemCode < b.listId + b.itemCode ? -1 : 1));
  const mustLists = matches.filter((e) => e.kind !== '可以不予处罚');
  const mayLists = matches.filter((e) => e.kind === '可以不予处罚');
  const noFaultMay = f.provenNoFault && req.violation?.noFaultRule === 'may_waive';

  if (lim.barred) {
    outcome = 'time_barred';
    basis.push(lim.basis);
  } else {
    const mandatory: Basis[] = [];
    if (underFourteen(f)) {
      mandatory.push(art(30));
    }
    if (unableToControl(f)) {
      mandatory.push(art(31));
    }
    if (f.provenNoFault && !noFaultMay) {
      mandatory.push(art(33, 2));
    }
    if (minorCorrectedHarmless(f)) {
      mandatory.push(art(33, 1));
    }
    for (const e of mustLists) {
      mandatory.push({ source: 'list', listId: e.listId, itemCode: e.itemCode });
    }
    if (mustLists.length > 0 && !mandatory.some((b) => b.source === 'law' && b.article === 33 && b.paragraph === 1)) {
      mandatory.push(art(33, 1));
    }
    if (mandatory.length > 0) {
      outcome = 'no_penalty';
      basis.push(...mandatory);
    } else {
      const optional: Basis[] = [];
      if (noFaultMay) {
        const nb = req.violation?.noFaultBasis;
        optional.push(
          nb ? { source: 'law', law: nb.law, article: nb.article, ...(nb.paragraph ? { paragraph: nb.paragraph } : {}) } : art(33, 2),
        );
      }
      if (firstMinorCorrected(req, first)) {
        optional.push(art(33, 1));
      }
      for (const e of mayLists) {
        optional.push({ source: 'list', listId: e.listId, itemCode: e.itemCode });
      }
      if (mayLists.length > 0 && !optional.some((b) => b.source === 'law' && b.article === 33 && b.paragraph === 1)) {
        optional.push(art(33, 1));
      }
      const next = penaltyRange(req, f);
      fineRange = next.range;
      if (optional.length > 0) {
        outcome = 'may_waive';
        basis.push(...optional, ...penaltySettingBasis(f));
      } else {
        outcome = next.rule;
        basis.push(...penaltySettingBasis(f));
      }
    }
  }

  // 第二十九条: one act, one fine.
  if (f.alreadyFinedForSameAct) {
    flags.push('no_second_fine');
    basis.push(art(29));
    fineRange = null;
  }
  const allowsPenalty = outcome !== 'no_penalty' && outcome !== 'time_barred';
  const p = req.proposedPenalty;
  if (p) {
    const outOfRange =
      p.type === 'fine' && p.amount !== undefined && fineRange !== null && (p.amount < fineRange.min || p.amount > fineRange.max);
    if (!allowsPenalty || outOfRange || (p.type === 'fine' && f.alreadyFinedForSameAct)) {
      flags.push('disproportionate');
    }
  }
  if (underFourteen(f)) {
    flags.push('guardian_discipline');
  }
  if (unableToControl(f)) {
    flags.push('guardian_custody');
  }
  if (f.inObservationPeriod && allowsPenalty) {
    flags.push('observation_period');
  }
  const educationRequired = outcome === 'no_penalty' || outcome === 'may_waive';
  const response: DecisionResponse = { outcome, basis, educationRequired, firstOffense: first, fineRange, flags, explanation: '' };
  response.explanation = explain(req, response, lim.lastDay);
  return response;
}
