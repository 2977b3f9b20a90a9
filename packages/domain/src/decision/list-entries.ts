/**
 * 不予处罚清单 (常政办发〔2025〕5号 第2项; 行政处罚法 第三十三条): which entries of the published lists match
 * the facts. An entry matches when it names this violation, is in force, and its conditions hold.
 */
import type { DecisionRequest, Harm } from '@rouxing/contracts';
import { type FirstOffenseByScope, firstOffenseByScope } from './first-offense';

type ListEntry = DecisionRequest['listEntries'][number];

const HARM_ORDER: Record<Harm, number> = { none: 0, minor: 1, ordinary: 2, serious: 3 };

/** An entry applies if in force on the day of the act or on the day of the decision (by analogy with 行政处罚法 第三十七条). */
function inForce(e: ListEntry, day: string): boolean {
  return e.effectiveFrom <= day && (e.effectiveTo === null || day <= e.effectiveTo);
}

/** An entry for this violation whose conditions all hold (首违不罚 always requires a first offence). */
export function listEntryMatches(req: DecisionRequest, e: ListEntry, first: FirstOffenseByScope = firstOffenseByScope(req)): boolean {
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

/** The matching entries split by kind, each in a stable order (the answer must not depend on the order given). */
export function matchingEntries(req: DecisionRequest, first: FirstOffenseByScope): { must: ListEntry[]; may: ListEntry[] } {
  const matches = req.listEntries
    .filter((e) => listEntryMatches(req, e, first))
    .sort((a, b) => (a.listId + a.itemCode < b.listId + b.itemCode ? -1 : 1));
  return { must: matches.filter((e) => e.kind !== '可以不予处罚'), may: matches.filter((e) => e.kind === '可以不予处罚') };
}
