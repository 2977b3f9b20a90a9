/** The circumstances of the party and the act that the statute names (行政处罚法 第三十条至第三十三条), one test each. */
import type { DecisionRequest } from '@rouxing/contracts';

type Facts = DecisionRequest['facts'];

const isNatural = (f: Facts) => f.partyType === 'natural_person';
const ageOf = (f: Facts) => (isNatural(f) && typeof f.age === 'number' ? f.age : null);

/** 行政处罚法 第三十条第一句: under 14 → no penalty; the guardian is to discipline. */
export const underFourteen = (f: Facts) => {
  const age = ageOf(f);
  return age !== null && age < 14;
};
/** 行政处罚法 第三十条第二句: 14 to 17 → must be lighter or mitigated. */
export const minorAged = (f: Facts) => {
  const age = ageOf(f);
  return age !== null && age >= 14 && age < 18;
};
/** 行政处罚法 第三十一条第一句: unable to recognise or control one's conduct → no penalty; the guardian is to keep custody. */
export const unableToControl = (f: Facts) => isNatural(f) && f.mentalState === 'unable_to_recognize_or_control';
/** 行政处罚法 第三十一条第三句: not wholly unable → may be lighter or mitigated. */
export const partiallyImpaired = (f: Facts) => isNatural(f) && f.mentalState === 'partially_impaired';
/** 行政处罚法 第三十三条第一款第一句: minor, corrected in time, no harm → no penalty. */
export const minorCorrectedHarmless = (f: Facts) => f.minorViolation && f.correctedInTime && f.harm === 'none';
/** 行政处罚法 第三十三条第一款第二句: first offence, minor harm at most, corrected in time → may not penalise. */
export const firstMinorCorrected = (f: Facts, first: boolean) => first && (f.harm === 'none' || f.harm === 'minor') && f.correctedInTime;
/** 行政处罚法 第三十二条: any of its circumstances → must be lighter or mitigated. */
export const hasMitigating = (f: Facts) => f.mitigating.length > 0;
/**
 * 行政处罚法 第三十三条第二款: proven without fault → no penalty, unless a law provides otherwise; where the
 * item's law does (`noFaultRule` may_waive, e.g. 食品安全法 第一百三十六条), the authority may waive.
 */
export const noFaultMayWaive = (req: DecisionRequest) => req.facts.provenNoFault && req.violation?.noFaultRule === 'may_waive';
