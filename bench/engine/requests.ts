/** 10,000 varied, realistic decision requests from a seeded PRNG (the engine benchmark's pool). */
import type { DecisionInput } from '@rouxing/contracts';
import { mulberry32 } from '@rouxing/domain';

const day = (base: number, offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
const BASE = Date.UTC(2019, 0, 1);
const AUTHORITIES = ['常宁市市场监督管理局', '常宁市交通运输局', '常宁市卫生健康局'];
const CODES = ['SC-FOOD-017', 'SC-FOOD-021', 'JT-ROAD-004', 'WS-HYG-002', 'SC-ADV-009'];

export function generateRequests(n: number, seed = 1): DecisionInput[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const out: DecisionInput[] = [];
  for (let i = 0; i < n; i++) {
    const occurred = Math.floor(r() * 2400);
    const discovered = occurred + Math.floor(r() * 1200);
    const natural = r() < 0.3;
    const code = pick(CODES);
    const authority = pick(AUTHORITIES);
    const priors = Array.from({ length: Math.floor(r() * 3) }, () => ({
      on: day(BASE, occurred - Math.floor(r() * 700)),
      authority: pick(AUTHORITIES),
      violationCode: pick(CODES),
    }));
    const min = pick([0, 200, 500, 2000, 5000, 10000]);
    out.push({
      violation: { code },
      authority,
      decidedOn: day(BASE, discovered + 30),
      facts: {
        partyType: natural ? 'natural_person' : pick(['legal_person', 'other_organization'] as const),
        age: natural ? 12 + Math.floor(r() * 60) : null,
        mentalState: natural && r() < 0.05 ? pick(['unable_to_recognize_or_control', 'partially_impaired'] as const) : 'normal',
        occurredOn: day(BASE, occurred),
        endedOn: null,
        continuing: r() < 0.05,
        discoveredOn: day(BASE, discovered),
        involvesLifeHealthOrFinancialSecurity: r() < 0.2,
        harm: pick(['none', 'none', 'minor', 'minor', 'ordinary', 'serious'] as const),
        minorViolation: r() < 0.5,
        correctedInTime: r() < 0.6,
        priorViolations: priors,
        provenNoFault: r() < 0.03,
        mitigating: r() < 0.15 ? [pick(['eliminated_or_reduced_harm', 'coerced_or_induced', 'confessed_unknown_violation'] as const)] : [],
        aggravating: r() < 0.15 ? ['repeat'] : [],
        alreadyFinedForSameAct: r() < 0.02,
        inObservationPeriod: r() < 0.05,
      },
      listEntries: [
        {
          listId: 'HN-SCJG-2024',
          itemCode: `${1 + Math.floor(r() * 30)}`,
          violationCode: pick(CODES),
          kind: pick(['不予处罚', '首违不罚', '可以不予处罚'] as const),
          effectiveFrom: '2021-07-15',
          effectiveTo: null,
          conditions: { firstOffense: r() < 0.7, maxHarm: pick(['none', 'minor'] as const), correctedInTime: true },
        },
      ],
      benchmark: { fine: { min, max: min * pick([2, 5, 10]) + 1000 } },
      proposedPenalty: r() < 0.5 ? { type: 'fine', amount: min + Math.floor(r() * 20000) } : undefined,
    });
  }
  return out;
}
