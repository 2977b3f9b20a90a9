import type { PriorViolationRecord } from '@rouxing/contracts';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ageFromIdNumber, type FactsValues, factsField, initialFacts, toDecisionInput } from './facts';

const values = (over: Partial<FactsValues> = {}): FactsValues =>
  ({
    ...initialFacts(dayjs('2026-03-20')),
    code: 'SC-EC-001',
    ...over,
  }) as FactsValues;

const prior: PriorViolationRecord = {
  id: 'd1',
  decidedOn: '2026-03-12',
  authority: '常宁市交通运输局',
  violationCode: null,
  violationName: null,
  outcome: 'penalty',
  documentNo: '常交罚〔2026〕12号',
};

describe('[WEB][ASSISTANT] the engine request from the assistant form', () => {
  it('sends the opening form as a minor first act of a legal person, discovered ten days ago', () => {
    const r = toDecisionInput(values(), '常宁市市场监督管理局', []);
    expect(r.violation).toEqual({ code: 'SC-EC-001' });
    expect(r.authority).toBe('常宁市市场监督管理局');
    expect(r.facts).toMatchObject({
      partyType: 'legal_person',
      age: null,
      occurredOn: '2026-02-28',
      discoveredOn: '2026-03-10',
      continuing: false,
      endedOn: null,
      harm: 'none',
      minorViolation: true,
      correctedInTime: true,
    });
    expect(r.facts).not.toHaveProperty('priorViolations');
    expect(r).not.toHaveProperty('proposedPenalty');
  });

  it('counts the age of a natural person only, and the end date only of an act that is not continuing', () => {
    expect(toDecisionInput(values({ age: 15 }), 'a', []).facts.age).toBeNull();
    expect(toDecisionInput(values({ partyType: 'natural_person', age: 15 }), 'a', []).facts.age).toBe(15);
    expect(toDecisionInput(values({ partyType: 'natural_person' }), 'a', []).facts.age).toBeNull();
    const ended = dayjs('2026-03-01');
    expect(toDecisionInput(values({ endedOn: ended }), 'a', []).facts.endedOn).toBe('2026-03-01');
    expect(toDecisionInput(values({ continuing: true, endedOn: ended }), 'a', []).facts.endedOn).toBeNull();
  });

  it("sends the party's prior decisions only when a registered party was picked", () => {
    expect(toDecisionInput(values(), 'a', [prior]).facts).not.toHaveProperty('priorViolations');
    expect(toDecisionInput(values({ entityId: 'e1' }), 'a', [prior]).facts.priorViolations).toEqual([
      { on: '2026-03-12', authority: '常宁市交通运输局', violationCode: undefined },
    ]);
    expect(toDecisionInput(values({ entityId: 'e1' }), 'a', []).facts.priorViolations).toEqual([]);
  });

  it('proposes a penalty only with its type, and an amount only when one is entered', () => {
    expect(toDecisionInput(values({ amount: 8000 }), 'a', [])).not.toHaveProperty('proposedPenalty');
    expect(toDecisionInput(values({ penaltyType: 'fine', amount: 8000 }), 'a', []).proposedPenalty).toEqual({ type: 'fine', amount: 8000 });
    expect(toDecisionInput(values({ penaltyType: 'fine', amount: null }), 'a', []).proposedPenalty).toEqual({ type: 'fine' });
    expect(toDecisionInput(values({ penaltyType: 'warning', amount: 0 }), 'a', []).proposedPenalty).toEqual({ type: 'warning', amount: 0 });
  });

  it('puts each path the engine names on its field of the form', () => {
    expect(factsField('facts.discoveredOn')).toBe('discoveredOn');
    expect(factsField('facts.endedOn')).toBe('endedOn');
    expect(factsField('proposedPenalty.amount')).toBe('amount');
    expect(factsField('facts.priorViolations.0.on')).toBe('priorViolations');
  });
});

describe('[WEB][ASSISTANT] a natural person by the 公民身份号码', () => {
  it('sends the records found by the number as prior decisions, and only for a natural person', () => {
    const person = values({ partyType: 'natural_person', idNumber: '430482199001011236' });
    expect(toDecisionInput(person, '常宁市交通运输局', [prior]).facts.priorViolations).toEqual([
      { on: '2026-03-12', authority: '常宁市交通运输局', violationCode: undefined },
    ]);
    expect(toDecisionInput({ ...person, idNumber: '4304821990' }, '常宁市交通运输局', [prior]).facts.priorViolations).toBeUndefined();
    expect(toDecisionInput({ ...person, partyType: 'legal_person' }, '常宁市交通运输局', [prior]).facts.priorViolations).toBeUndefined();
  });

  it('computes the age (周岁) on the day of the act from the birth date in the number', () => {
    expect(ageFromIdNumber('430482200806152015', dayjs('2026-06-14'))).toBe(17);
    expect(ageFromIdNumber('430482200806152015', dayjs('2026-06-15'))).toBe(18);
    expect(ageFromIdNumber('43048220080615', dayjs('2026-06-15'))).toBeNull();
  });
});
