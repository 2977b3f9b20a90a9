/**
 * The decision engine (shared/contracts/decision-api.md): the legal outcome of the facts of a case, with
 * every rule that applies cited by article. Pure: no I/O, no clock (`decidedOn` is in the request).
 * The order of the rules is the contract's, one step each: 时效 (art. 36) → 不予处罚 (arts. 30, 31, 33,
 * lists) → 可以不予处罚 (art. 33, lists) → 应当从轻减轻 (arts. 30, 32) → 可以从轻减轻 (art. 31) → 处罚; then
 * one act, one fine (art. 29) and the flags.
 */
import type { Basis, DecisionRequest, DecisionResponse } from '@rouxing/contracts';
import { art } from './basis';
import {
  firstMinorCorrected,
  hasMitigating,
  minorAged,
  minorCorrectedHarmless,
  noFaultMayWaive,
  partiallyImpaired,
  unableToControl,
  underFourteen,
} from './circumstances';
import { explain } from './explain';
import { type FineRange, mitigatedRange, tierRange } from './fine-range';
import { type FirstOffenseByScope, firstOffenseByScope } from './first-offense';
import { type Limitation, limitation } from './limitation';
import { matchingEntries } from './list-entries';

type Facts = DecisionRequest['facts'];
type ListEntry = DecisionRequest['listEntries'][number];
export type Outcome = DecisionResponse['outcome'];
type Flag = DecisionResponse['flags'][number];

/** What the outcome rules decide, before art. 29 and the flags. */
interface Verdict {
  outcome: Outcome;
  basis: Basis[];
  fineRange: FineRange | null;
}

const listBasis = (e: ListEntry): Basis => ({ source: 'list', listId: e.listId, itemCode: e.itemCode });
const isArt33Para1 = (b: Basis) => b.source === 'law' && b.article === 33 && b.paragraph === 1;

/** A list match cites the entry and 行政处罚法 第三十三条第一款, the article the list applies (once). */
function citeLists(grounds: Basis[], entries: readonly ListEntry[]): void {
  for (const e of entries) {
    grounds.push(listBasis(e));
  }
  if (entries.length > 0 && !grounds.some(isArt33Para1)) {
    grounds.push(art(33, 1));
  }
}

/**
 * 不予行政处罚 (mandatory): 行政处罚法 第三十条 (under 14), 第三十一条 (unable to recognise or control),
 * 第三十三条第二款 (proven without fault, no law providing otherwise), 第三十三条第一款 (minor, corrected,
 * no harm), and the matching list entries of kind 不予处罚 or 首违不罚 (常政办发〔2025〕5号 第2项).
 */
function noPenaltyGrounds(req: DecisionRequest, lists: readonly ListEntry[]): Basis[] {
  const f = req.facts;
  const grounds: Basis[] = [];
  if (underFourteen(f)) {
    grounds.push(art(30));
  }
  if (unableToControl(f)) {
    grounds.push(art(31));
  }
  if (f.provenNoFault && !noFaultMayWaive(req)) {
    grounds.push(art(33, 2));
  }
  if (minorCorrectedHarmless(f)) {
    grounds.push(art(33, 1));
  }
  citeLists(grounds, lists);
  return grounds;
}

/**
 * 可以不予行政处罚: proven without fault where the item's law says the authority may waive (citing that
 * law; 行政处罚法 第三十三条第二款 "法律另有规定的除外"), 第三十三条第一款第二句 (first offence, minor harm at
 * most, corrected in time), and the matching list entries of kind 可以不予处罚.
 */
function mayWaiveGrounds(req: DecisionRequest, first: boolean, lists: readonly ListEntry[]): Basis[] {
  const grounds: Basis[] = [];
  if (noFaultMayWaive(req)) {
    const nb = req.violation?.noFaultBasis;
    grounds.push(
      nb ? { source: 'law', law: nb.law, article: nb.article, ...(nb.paragraph ? { paragraph: nb.paragraph } : {}) } : art(33, 2),
    );
  }
  if (firstMinorCorrected(req.facts, first)) {
    grounds.push(art(33, 1));
  }
  citeLists(grounds, lists);
  return grounds;
}

/**
 * The penalty the authority may impose and the rule that sets it: 应当从轻或者减轻 (行政处罚法 第三十条
 * 14–17, 第三十二条) → [mitigatedFloor, top of lighter]; 可以从轻或者减轻 (第三十一条, partly impaired) →
 * [mitigatedFloor, top of ordinary]; otherwise the benchmark's ordinary tier, or the heavier one with
 * aggravating circumstances (第三十四条: 裁量基准).
 */
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

/** The articles that would set the penalty (行政处罚法 第三十条, 第三十二条, 第三十一条), in that order. */
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

/** The outcome rules in the contract's order: the first that applies decides, the later ones follow in `basis`. */
function verdictOf(req: DecisionRequest, first: FirstOffenseByScope, lim: Limitation): Verdict {
  if (lim.barred) {
    return { outcome: 'time_barred', basis: [lim.basis], fineRange: null };
  }
  const lists = matchingEntries(req, first);
  const mandatory = noPenaltyGrounds(req, lists.must);
  if (mandatory.length > 0) {
    return { outcome: 'no_penalty', basis: mandatory, fineRange: null };
  }
  const f = req.facts;
  const optional = mayWaiveGrounds(req, first[0], lists.may);
  const next = penaltyRange(req, f);
  if (optional.length > 0) {
    // Should the authority not waive, the rules that set the penalty follow the decisive one.
    optional.push(...penaltySettingBasis(f));
    return { outcome: 'may_waive', basis: optional, fineRange: next.range };
  }
  return { outcome: next.rule, basis: penaltySettingBasis(f), fineRange: next.range };
}

/**
 * The signals beside the outcome: 过罚不当 (a penalty proposed where none may be imposed, a fine outside the
 * range, or a second fine: 行政处罚法 第二十九条), the guardian's duty (第三十条, 第三十一条), and the
 * observation period (常政办发〔2025〕5号 第14项: recommend soft measures where a penalty is allowed).
 */
function flagsOf(req: DecisionRequest, outcome: Outcome, fineRange: FineRange | null, flags: Flag[]): void {
  const f = req.facts;
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
}

export function decide(req: DecisionRequest): DecisionResponse {
  const first = firstOffenseByScope(req);
  const lim = limitation(req);
  const { outcome, basis, fineRange: range } = verdictOf(req, first, lim);
  let fineRange = range;
  const flags: Flag[] = [];
  // 行政处罚法 第二十九条: one act, one fine.
  if (req.facts.alreadyFinedForSameAct) {
    flags.push('no_second_fine');
    basis.push(art(29));
    fineRange = null;
  }
  flagsOf(req, outcome, fineRange, flags);
  const educationRequired = outcome === 'no_penalty' || outcome === 'may_waive';
  const response: DecisionResponse = { outcome, basis, educationRequired, firstOffense: first[0], fineRange, flags, explanation: '' };
  response.explanation = explain(req, response, lim.lastDay);
  return response;
}
