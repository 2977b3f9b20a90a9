import type { DecisionRequest } from '@rouxing/contracts';
import { DecisionRequestSchema } from '@rouxing/contracts';

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object | null | undefined ? DeepPartial<T[K]> : T[K];
};

/** The contract's example request; tests change one fact at a time. */
export const CONTRACT_EXAMPLE = {
  violation: { code: 'SC-FOOD-017' },
  authority: '常宁市市场监督管理局',
  decidedOn: '2026-11-28',
  facts: {
    partyType: 'legal_person',
    age: null,
    mentalState: 'normal',
    occurredOn: '2026-05-01',
    endedOn: null,
    continuing: false,
    discoveredOn: '2026-06-10',
    involvesLifeHealthOrFinancialSecurity: false,
    harm: 'none',
    minorViolation: true,
    correctedInTime: true,
    firstOffense: true,
    priorViolations: [{ on: '2025-03-01', authority: '常宁市市场监督管理局', violationCode: 'SC-FOOD-017' }],
    provenNoFault: false,
    mitigating: [],
    aggravating: [],
    alreadyFinedForSameAct: false,
    inObservationPeriod: false,
  },
  listEntries: [
    {
      listId: 'L1',
      itemCode: 'T-01',
      violationCode: 'SC-FOOD-017',
      kind: '首违不罚',
      effectiveFrom: '2025-01-01',
      effectiveTo: null,
      conditions: { firstOffense: true, firstOffenseScope: 'authority', maxHarm: 'minor', correctedInTime: true },
    },
  ],
  benchmark: {
    fine: { min: 2000, max: 10000 },
    tiers: { lighter: [0.0, 0.3], ordinary: [0.3, 0.7], heavier: [0.7, 1.0] },
    mitigatedFloor: 0,
  },
  proposedPenalty: { type: 'fine', amount: 8000 },
} as const;

/** A plain case with no rule of waiver or mitigation: an ordinary penalty. */
export const PLAIN = {
  ...CONTRACT_EXAMPLE,
  facts: {
    ...CONTRACT_EXAMPLE.facts,
    harm: 'ordinary',
    minorViolation: false,
    correctedInTime: false,
    priorViolations: undefined,
    firstOffense: false,
  },
  listEntries: [],
  proposedPenalty: undefined,
};

/** Builds a validated request from a base and overrides of `facts` and top-level fields. */
export function request(base: object, over: { facts?: Record<string, unknown> } & Record<string, unknown> = {}): DecisionRequest {
  const b = base as { facts: object };
  const { facts, ...rest } = over;
  return DecisionRequestSchema.parse({ ...b, ...rest, facts: { ...b.facts, ...(facts ?? {}) } });
}

export type { DeepPartial };
