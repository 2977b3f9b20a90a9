/**
 * The engine request that re-checks an issued penalty decision (纠正涉企"小案重罚""过罚不当",
 * 常政办发〔2025〕5号 第十五项): the department's facts, the catalogue item, the list entries and the benchmark in force on the
 * decision's date (shared/contracts/decision-api.md), and what was imposed as the proposal. Pure.
 */
import {
  DEFAULT_TIERS,
  type DecisionRequest,
  type IssuedFacts,
  type IssuedPartyType,
  type PenaltyKind,
  type ResolvedRules,
} from '@rouxing/contracts';
import { proposedPenaltyOf } from './correction';

export interface RecheckSubject {
  authority: string;
  partyType: IssuedPartyType;
  /** Natural persons: 周岁 on the day of the act (from the 公民身份号码); null otherwise. */
  age: number | null;
  facts: IssuedFacts;
  penalties: readonly PenaltyKind[];
  fineYuan: number;
  decidedOn: string;
  /** Earlier decisions against the party (used when the department did not state 初次违法). */
  priorViolations?: { on: string; authority: string; violationCode?: string }[];
}

function benchmarkOf(rules: ResolvedRules): DecisionRequest['benchmark'] {
  const b = rules.benchmark;
  if (b) {
    return { fine: b.fine, tiers: b.tiers, mitigatedFloor: b.mitigatedFloor };
  }
  const { fineMin, fineMax } = rules.item;
  if (fineMin === null || fineMax === null) {
    return undefined;
  }
  return {
    fine: { min: fineMin, max: fineMax },
    tiers: { lighter: [...DEFAULT_TIERS.lighter], ordinary: [...DEFAULT_TIERS.ordinary], heavier: [...DEFAULT_TIERS.heavier] },
    mitigatedFloor: 0,
  };
}

function listEntriesOf(rules: ResolvedRules): DecisionRequest['listEntries'] {
  return rules.listEntries.map((e) => ({
    listId: e.listId,
    itemCode: e.itemCode,
    violationCode: rules.item.code,
    kind: e.kind,
    effectiveFrom: e.effectiveFrom,
    effectiveTo: e.effectiveTo,
    conditions: {
      firstOffense: e.conditions.firstOffense,
      firstOffenseScope: e.conditions.firstOffenseScope,
      correctedInTime: e.conditions.correctedInTime,
      ...(e.conditions.maxHarm ? { maxHarm: e.conditions.maxHarm } : {}),
    },
  }));
}

/** The engine's request for one issued decision under the rules in force on its date (`rules`: `rulesOn(item, decidedOn)`). */
export function recheckRequestOf(s: RecheckSubject, rules: ResolvedRules): DecisionRequest {
  const f = s.facts;
  const { item } = rules;
  return {
    violation: {
      code: item.code,
      noFaultRule: item.noFaultRule,
      noFaultBasis: item.noFaultBasis,
      limitation: item.limitationMonths && item.limitationBasis ? { months: item.limitationMonths, basis: item.limitationBasis } : null,
    },
    authority: s.authority,
    decidedOn: s.decidedOn,
    facts: {
      partyType: s.partyType,
      age: s.partyType === 'natural_person' ? s.age : null,
      mentalState: 'normal',
      occurredOn: f.occurredOn,
      endedOn: f.endedOn,
      continuing: f.continuing,
      discoveredOn: f.discoveredOn,
      involvesLifeHealthOrFinancialSecurity: f.involvesLifeHealthOrFinancialSecurity,
      harm: f.harm,
      minorViolation: f.minorViolation,
      correctedInTime: f.correctedInTime,
      ...(f.firstOffense !== null ? { firstOffense: f.firstOffense } : { priorViolations: s.priorViolations ?? [] }),
      provenNoFault: f.provenNoFault,
      mitigating: [...f.mitigating],
      aggravating: [...f.aggravating],
      alreadyFinedForSameAct: f.alreadyFinedForSameAct,
      inObservationPeriod: false,
    },
    listEntries: listEntriesOf(rules),
    benchmark: benchmarkOf(rules),
    proposedPenalty: proposedPenaltyOf(s.penalties, s.fineYuan),
  };
}

/**
 * The key of a request's fact set: requests with equal keys get equal answers, so a re-check of many
 * decisions asks the engine once per distinct key.
 */
export function recheckKey(s: RecheckSubject, code: string): string {
  const f = s.facts;
  const priors = f.firstOffense === null ? JSON.stringify(s.priorViolations ?? []) : f.firstOffense ? 'F' : 'R';
  return [
    code,
    s.authority,
    s.partyType,
    s.age ?? '',
    f.occurredOn,
    f.endedOn ?? '',
    f.continuing ? 1 : 0,
    f.discoveredOn,
    f.involvesLifeHealthOrFinancialSecurity ? 1 : 0,
    f.harm,
    f.minorViolation ? 1 : 0,
    f.correctedInTime ? 1 : 0,
    priors,
    f.provenNoFault ? 1 : 0,
    f.mitigating.join(','),
    f.aggravating.join(','),
    f.alreadyFinedForSameAct ? 1 : 0,
    s.penalties.join(','),
    s.fineYuan,
    s.decidedOn,
  ].join('|');
}
