import type { DecisionInput, HARMS, PENALTY_TYPES, PriorViolationRecord } from '@rouxing/contracts';
import dayjs, { type Dayjs } from 'dayjs';

/** The assistant's form: the facts of 行政处罚法 第二十九条至第三十七条 as the officer enters them. */
export type FactsValues = {
  code?: string;
  entityId?: string;
  /** A natural person's 公民身份号码: their decisions on record are looked up by it. */
  idNumber?: string;
  partyType: 'natural_person' | 'legal_person' | 'other_organization';
  age?: number | null;
  mentalState: 'normal' | 'unable_to_recognize_or_control' | 'partially_impaired';
  occurredOn: Dayjs;
  discoveredOn: Dayjs;
  continuing: boolean;
  endedOn?: Dayjs | null;
  harm: (typeof HARMS)[number];
  minorViolation: boolean;
  correctedInTime: boolean;
  involvesLifeHealthOrFinancialSecurity: boolean;
  provenNoFault: boolean;
  alreadyFinedForSameAct: boolean;
  inObservationPeriod: boolean;
  mitigating: string[];
  aggravating: string[];
  penaltyType?: (typeof PENALTY_TYPES)[number];
  amount?: number | null;
};

/** What the form shows on opening: a legal person, a minor first act corrected in time, discovered ten days ago. */
export function initialFacts(today: Dayjs = dayjs()): Partial<FactsValues> {
  return {
    partyType: 'legal_person',
    mentalState: 'normal',
    occurredOn: today.subtract(20, 'day'),
    discoveredOn: today.subtract(10, 'day'),
    continuing: false,
    harm: 'none',
    minorViolation: true,
    correctedInTime: true,
    involvesLifeHealthOrFinancialSecurity: false,
    provenNoFault: false,
    alreadyFinedForSameAct: false,
    inObservationPeriod: false,
    mitigating: [],
    aggravating: [],
  };
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/**
 * The engine's request from the form. The age counts only for a natural person (第三十条), the end date only
 * when the act is not continuing (第三十六条: the period runs from its end); the party's prior decisions go
 * with the request only when a registered party was picked (first offence, 第三十三条第一款).
 */
export function toDecisionInput(v: FactsValues, authority: string, priors: readonly PriorViolationRecord[]): DecisionInput {
  return {
    violation: v.code ? { code: v.code } : undefined,
    authority,
    facts: {
      partyType: v.partyType,
      age: v.partyType === 'natural_person' ? (v.age ?? null) : null,
      mentalState: v.mentalState,
      occurredOn: day(v.occurredOn) as string,
      discoveredOn: day(v.discoveredOn) as string,
      continuing: v.continuing,
      endedOn: v.continuing ? null : (day(v.endedOn) ?? null),
      harm: v.harm,
      minorViolation: v.minorViolation,
      correctedInTime: v.correctedInTime,
      involvesLifeHealthOrFinancialSecurity: v.involvesLifeHealthOrFinancialSecurity,
      provenNoFault: v.provenNoFault,
      alreadyFinedForSameAct: v.alreadyFinedForSameAct,
      inObservationPeriod: v.inObservationPeriod,
      mitigating: v.mitigating as DecisionInput['facts']['mitigating'],
      aggravating: v.aggravating,
      ...(v.entityId || (v.partyType === 'natural_person' && isFullIdNumber(v.idNumber))
        ? {
            priorViolations: priors.map((p) => ({
              on: p.decidedOn,
              authority: p.authority,
              violationCode: p.violationCode ?? undefined,
            })),
          }
        : {}),
    },
    ...(v.penaltyType ? { proposedPenalty: { type: v.penaltyType, ...(v.amount != null ? { amount: v.amount } : {}) } } : {}),
  };
}

/** An 18-character 公民身份号码 as typed (the server checks the check digit). */
export function isFullIdNumber(s: string | undefined): boolean {
  return !!s && /^\d{17}[\dXx]$/.test(s.trim());
}

/** 周岁 on `on` from the birth date in a 公民身份号码 (digits 7–14), or null when there is none. */
export function ageFromIdNumber(idNumber: string | undefined, on: Dayjs | undefined): number | null {
  if (!isFullIdNumber(idNumber) || !on) {
    return null;
  }
  const s = (idNumber as string).trim();
  const birth = dayjs(`${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`, 'YYYY-MM-DD', true);
  if (!birth.isValid()) {
    return null;
  }
  const age = on.year() - birth.year();
  return on.format('MM-DD') >= birth.format('MM-DD') ? age : age - 1;
}

/** The form field of a path the engine names (`facts.discoveredOn`, `proposedPenalty.amount`…). */
export function factsField(path: string): keyof FactsValues {
  return path
    .replace(/^facts\./, '')
    .replace(/^proposedPenalty\.amount$/, 'amount')
    .split('.')[0] as keyof FactsValues;
}
