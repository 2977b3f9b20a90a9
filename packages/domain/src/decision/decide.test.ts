import { DecisionInputSchema, DecisionRequestSchema, fieldsOfZodError } from '@rouxing/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT_EXAMPLE, PLAIN, request } from '../../test/decision-fixtures';
import { decide } from './decide';

const LAW = '中华人民共和国行政处罚法';
const law = (article: number, paragraph?: number) =>
  paragraph ? { source: 'law', law: LAW, article, paragraph } : { source: 'law', law: LAW, article };

describe('[ENGINE] the contract example', () => {
  it('answers no_penalty citing art. 33 ¶1 and the list entry, education required, first offence, disproportionate fine', () => {
    const r = decide(request(CONTRACT_EXAMPLE));
    expect(r).toMatchObject({
      outcome: 'no_penalty',
      basis: [law(33, 1), { source: 'list', listId: 'L1', itemCode: 'T-01' }],
      educationRequired: true,
      firstOffense: true,
      fineRange: null,
      flags: ['disproportionate'],
    });
    expect(r.explanation).toContain('第三十三条');
  });
});

describe('[ENGINE] 第三十六条 limitation', () => {
  it.each([
    ['discovered on the last day of two years', { occurredOn: '2023-01-10', discoveredOn: '2025-01-10' }, 'penalty'],
    ['discovered the day after', { occurredOn: '2023-01-10', discoveredOn: '2025-01-11' }, 'time_barred'],
    ['29 February: barred after 2026-02-28', { occurredOn: '2024-02-29', discoveredOn: '2026-03-01' }, 'time_barred'],
    ['29 February: not barred on 2026-02-28', { occurredOn: '2024-02-29', discoveredOn: '2026-02-28' }, 'penalty'],
    [
      'five years for life/health with harm',
      { occurredOn: '2020-01-10', discoveredOn: '2024-01-10', involvesLifeHealthOrFinancialSecurity: true, harm: 'minor' },
      'penalty',
    ],
    [
      'life/health without harm: two years',
      { occurredOn: '2020-01-10', discoveredOn: '2024-01-10', involvesLifeHealthOrFinancialSecurity: true, harm: 'none' },
      'time_barred',
    ],
    [
      'continuing and not ended: never barred',
      { occurredOn: '2015-01-10', discoveredOn: '2024-01-10', continuing: true, endedOn: null },
      'penalty',
    ],
    ['continuing act counted from its end', { occurredOn: '2015-01-10', endedOn: '2023-06-01', discoveredOn: '2025-06-01' }, 'penalty'],
  ])('%s', (_name, facts, outcome) => {
    expect(decide(request(PLAIN, { facts })).outcome).toBe(outcome);
  });
  it('a special law’s own period replaces both (法律另有规定的除外) and is cited', () => {
    const r = decide(
      request(PLAIN, {
        violation: { code: 'TAX-1', limitation: { months: 60, basis: { law: '中华人民共和国税收征收管理法', article: 86 } } },
        facts: { occurredOn: '2020-01-10', discoveredOn: '2024-12-01' },
      }),
    );
    expect(r.outcome).toBe('penalty');
    const barred = decide(
      request(PLAIN, {
        violation: { code: 'TAX-1', limitation: { months: 60, basis: { law: '中华人民共和国税收征收管理法', article: 86 } } },
        facts: { occurredOn: '2019-01-10', discoveredOn: '2024-12-01' },
      }),
    );
    expect(barred).toMatchObject({
      outcome: 'time_barred',
      basis: [{ source: 'law', law: '中华人民共和国税收征收管理法', article: 86 }],
      educationRequired: false,
      fineRange: null,
    });
  });
});

describe('[ENGINE] 第三十条 minors and 第三十一条 mental capacity', () => {
  it.each([
    [13, 'no_penalty', ['guardian_discipline']],
    [14, 'mitigate', []],
    [17, 'mitigate', []],
    [18, 'penalty', []],
  ])('natural person aged %i → %s', (age, outcome, flags) => {
    const r = decide(request(PLAIN, { facts: { partyType: 'natural_person', age } }));
    expect(r.outcome).toBe(outcome);
    expect(r.flags).toEqual(flags);
    if (outcome !== 'penalty') {
      expect(r.basis[0]).toEqual(law(30));
    }
  });
  it('ignores age for a legal person', () => {
    expect(decide(request(PLAIN, { facts: { age: 10 } })).outcome).toBe('penalty');
  });
  it('unable to recognise or control → no penalty, guardian custody; partially impaired → may mitigate up to the ordinary tier', () => {
    const unable = decide(
      request(PLAIN, { facts: { partyType: 'natural_person', age: 40, mentalState: 'unable_to_recognize_or_control' } }),
    );
    expect(unable).toMatchObject({ outcome: 'no_penalty', basis: [law(31)], flags: ['guardian_custody'], educationRequired: true });
    const partial = decide(request(PLAIN, { facts: { partyType: 'natural_person', age: 40, mentalState: 'partially_impaired' } }));
    expect(partial).toMatchObject({ outcome: 'may_mitigate', basis: [law(31)], fineRange: { min: 0, max: 7600 } });
  });
});

describe('[ENGINE] 第三十二条 mandatory mitigation', () => {
  it.each([
    'eliminated_or_reduced_harm',
    'coerced_or_induced',
    'confessed_unknown_violation',
    'meritorious_cooperation',
    'other_statutory',
  ])('%s → mitigate, range [floor, top of lighter]', (m) => {
    const r = decide(request(PLAIN, { facts: { mitigating: [m] }, benchmark: { ...CONTRACT_EXAMPLE.benchmark, mitigatedFloor: 500 } }));
    expect(r).toMatchObject({ outcome: 'mitigate', basis: [law(32)], fineRange: { min: 500, max: 4400 }, educationRequired: false });
  });
});

describe('[ENGINE] 第三十三条 no penalty and may waive', () => {
  it('minor + corrected + no harm → no penalty (¶1)', () => {
    expect(decide(request(PLAIN, { facts: { minorViolation: true, correctedInTime: true, harm: 'none' } }))).toMatchObject({
      outcome: 'no_penalty',
      basis: [law(33, 1)],
    });
  });
  it('first offence + minor harm + corrected → may waive (¶1), with the range should the authority penalise', () => {
    const r = decide(request(PLAIN, { facts: { firstOffense: true, harm: 'minor', correctedInTime: true } }));
    expect(r).toMatchObject({ outcome: 'may_waive', basis: [law(33, 1)], educationRequired: true, fineRange: { min: 4400, max: 7600 } });
  });
  it('may waive for a minor aged 16 cites art. 30 after the decisive rule and takes the mitigated range', () => {
    const r = decide(
      request(PLAIN, { facts: { firstOffense: true, harm: 'minor', correctedInTime: true, partyType: 'natural_person', age: 16 } }),
    );
    expect(r).toMatchObject({ outcome: 'may_waive', basis: [law(33, 1), law(30)], fineRange: { min: 0, max: 4400 } });
  });
  it('proven absence of fault → no penalty (¶2), unless a law provides that it may be waived', () => {
    expect(decide(request(PLAIN, { facts: { provenNoFault: true } }))).toMatchObject({ outcome: 'no_penalty', basis: [law(33, 2)] });
    const may = decide(
      request(PLAIN, {
        violation: { code: 'SC-FOOD-017', noFaultRule: 'may_waive', noFaultBasis: { law: '中华人民共和国食品安全法', article: 136 } },
        facts: { provenNoFault: true },
      }),
    );
    expect(may).toMatchObject({ outcome: 'may_waive', basis: [{ source: 'law', law: '中华人民共和国食品安全法', article: 136 }] });
  });
  it('the first offence is decided from prior decisions within 12 months by the same authority', () => {
    const prior = (on: string, authority = '常宁市市场监督管理局') => [{ on, authority, violationCode: 'X' }];
    const f = (p: object[]) =>
      decide(request(PLAIN, { facts: { occurredOn: '2026-05-01', priorViolations: p, firstOffense: true } })).firstOffense;
    expect(f(prior('2025-05-01'))).toBe(false);
    expect(f(prior('2025-04-30'))).toBe(true);
    expect(f(prior('2026-05-01'))).toBe(true);
    expect(f(prior('2025-12-01', '常宁市交通运输局'))).toBe(true);
    expect(f([])).toBe(true);
  });
});

describe('[ENGINE] no-penalty lists (常政办发〔2025〕5号 第二项)', () => {
  const entry = (over: object) => ({ ...CONTRACT_EXAMPLE.listEntries[0], ...over });
  const base = {
    ...CONTRACT_EXAMPLE,
    facts: { ...CONTRACT_EXAMPLE.facts, minorViolation: false, harm: 'minor' },
    proposedPenalty: undefined,
  };
  it('首违不罚 entry whose conditions hold → no penalty citing the entry and art. 33', () => {
    expect(decide(request(base))).toMatchObject({
      outcome: 'no_penalty',
      basis: [{ source: 'list', listId: 'L1', itemCode: 'T-01' }, law(33, 1)],
    });
  });
  it('the explanation cites the entry by its list title, not the list id (issue 14 defect 11)', () => {
    const r = decide(request(base, { listEntries: [entry({ listTitle: '市场轻微违法违规经营行为免罚清单' })] }));
    expect(r.explanation).toContain('依据《市场轻微违法违规经营行为免罚清单》第T-01项');
    expect(r.explanation).not.toContain('L1');
  });
  it('harm above maxHarm, not corrected, or not a first offence → no match', () => {
    expect(decide(request(base, { facts: { harm: 'ordinary' } })).outcome).toBe('penalty');
    expect(decide(request(base, { facts: { correctedInTime: false } })).outcome).toBe('penalty');
    expect(decide(request(base, { facts: { priorViolations: [{ on: '2026-01-01', authority: '常宁市市场监督管理局' }] } })).outcome).toBe(
      'penalty',
    );
  });
  it('same_item scope counts only prior decisions on the same violation', () => {
    const req = request(base, {
      listEntries: [entry({ conditions: { firstOffense: true, firstOffenseScope: 'same_item', maxHarm: 'minor', correctedInTime: true } })],
      facts: { priorViolations: [{ on: '2026-01-01', authority: '常宁市市场监督管理局', violationCode: 'OTHER' }] },
    });
    expect(decide(req).outcome).toBe('no_penalty');
    expect(decide(req).firstOffense).toBe(false);
  });
  it('applies in force on the act’s date or the decision’s date, not otherwise', () => {
    expect(decide(request(base, { listEntries: [entry({ effectiveFrom: '2026-06-01' })] })).outcome).toBe('no_penalty');
    // Without the entry the statute's own rule remains: first offence, minor harm, corrected → may waive (art. 33 ¶1).
    const statuteOnly = { outcome: 'may_waive', basis: [law(33, 1)] };
    expect(decide(request(base, { listEntries: [entry({ effectiveFrom: '2026-12-01' })] }))).toMatchObject(statuteOnly);
    expect(decide(request(base, { listEntries: [entry({ effectiveTo: '2026-04-30' })] }))).toMatchObject(statuteOnly);
  });
  it('可以不予处罚 entry → may waive; another violation code → no match', () => {
    expect(decide(request(base, { listEntries: [entry({ kind: '可以不予处罚' })] }))).toMatchObject({
      outcome: 'may_waive',
      basis: [law(33, 1), { source: 'list', listId: 'L1', itemCode: 'T-01' }],
    });
    expect(decide(request(base, { listEntries: [entry({ violationCode: 'OTHER' })] }))).toMatchObject({
      outcome: 'may_waive',
      basis: [law(33, 1)],
    });
  });
});

describe('[ENGINE] fine ranges, 第二十九条 and flags', () => {
  it('computes tier bounds exactly (0.7 × 11000 = 7700), lower bound up and upper bound down', () => {
    const r = decide(
      request(PLAIN, {
        benchmark: { fine: { min: 0, max: 11000 }, tiers: { lighter: [0, 0.3], ordinary: [0.3, 0.7], heavier: [0.7, 1] } },
      }),
    );
    expect(r.fineRange).toEqual({ min: 3300, max: 7700 });
    const odd = decide(
      request(PLAIN, {
        benchmark: { fine: { min: 1, max: 2 }, tiers: { lighter: [0, 0.3333], ordinary: [0.3333, 0.6667], heavier: [0.6667, 1] } },
      }),
    );
    expect(odd.fineRange).toEqual({ min: 2, max: 1 });
  });
  it('takes the heavier tier with aggravating circumstances', () => {
    expect(decide(request(PLAIN, { facts: { aggravating: ['repeat'] } })).fineRange).toEqual({ min: 7600, max: 10000 });
  });
  it('flags a fine outside the range, a penalty where none may be imposed (a warning too), and a second fine', () => {
    expect(decide(request(PLAIN, { proposedPenalty: { type: 'fine', amount: 9000 } })).flags).toEqual(['disproportionate']);
    expect(decide(request(PLAIN, { proposedPenalty: { type: 'fine', amount: 5000 } })).flags).toEqual([]);
    expect(decide(request(CONTRACT_EXAMPLE, { proposedPenalty: { type: 'warning' } })).flags).toEqual(['disproportionate']);
    const second = decide(request(PLAIN, { facts: { alreadyFinedForSameAct: true }, proposedPenalty: { type: 'fine', amount: 5000 } }));
    expect(second).toMatchObject({ fineRange: null, flags: ['no_second_fine', 'disproportionate'] });
    expect(second.basis).toContainEqual(law(29));
  });
  it('flags the observation period where a penalty is allowed (常政办发〔2025〕5号 第十四项)', () => {
    expect(decide(request(PLAIN, { facts: { inObservationPeriod: true } })).flags).toEqual(['observation_period']);
    expect(decide(request(CONTRACT_EXAMPLE, { facts: { inObservationPeriod: true }, proposedPenalty: undefined })).flags).toEqual([]);
  });
});

describe('[ENGINE] validation errors of the contract', () => {
  const fieldsOf = (input: unknown) => {
    const r = DecisionInputSchema.safeParse(input);
    return r.success ? [] : fieldsOfZodError(r.error);
  };
  const withFacts = (f: object) => ({ ...CONTRACT_EXAMPLE, facts: { ...CONTRACT_EXAMPLE.facts, ...f } });
  it.each([
    ['discoveredOn before occurredOn', withFacts({ discoveredOn: '2026-04-30' }), 'facts.discoveredOn'],
    ['endedOn before occurredOn', withFacts({ endedOn: '2026-04-01' }), 'facts.endedOn'],
    ['a date that does not exist', withFacts({ occurredOn: '2026-02-29' }), 'facts.occurredOn'],
    ['a negative age', withFacts({ age: -1 }), 'facts.age'],
    ['a fractional age', withFacts({ age: 14.5 }), 'facts.age'],
    ['an unknown harm', withFacts({ harm: 'huge' }), 'facts.harm'],
    ['an unknown party type', withFacts({ partyType: 'company' }), 'facts.partyType'],
    ['an unknown mitigating code', withFacts({ mitigating: ['sorry'] }), 'facts.mitigating.0'],
    [
      'an unknown list kind',
      { ...CONTRACT_EXAMPLE, listEntries: [{ ...CONTRACT_EXAMPLE.listEntries[0], kind: '免罚' }] },
      'listEntries.0.kind',
    ],
    ['negative money', { ...CONTRACT_EXAMPLE, benchmark: { fine: { min: -1, max: 10 } } }, 'benchmark.fine.min'],
    ['a negative proposed fine', { ...CONTRACT_EXAMPLE, proposedPenalty: { type: 'fine', amount: -5 } }, 'proposedPenalty.amount'],
    ['an unknown penalty type', { ...CONTRACT_EXAMPLE, proposedPenalty: { type: 'jail' } }, 'proposedPenalty.type'],
    [
      'a tier fraction with 5 decimals',
      {
        ...CONTRACT_EXAMPLE,
        benchmark: { ...CONTRACT_EXAMPLE.benchmark, tiers: { ...CONTRACT_EXAMPLE.benchmark.tiers, lighter: [0, 0.12345] } },
      },
      'benchmark.tiers.lighter.1',
    ],
  ])('%s → %s', (_name, input, path) => {
    const fields = fieldsOf(input);
    expect(fields.map((f) => f.path)).toContain(path);
    expect(fields.find((f) => f.path === path)?.message).toMatch(/[\u4e00-\u9fa5]/);
  });
  it('the library requires decidedOn; the doors do not', () => {
    const { decidedOn: _d, ...rest } = CONTRACT_EXAMPLE;
    expect(DecisionRequestSchema.safeParse(rest).success).toBe(false);
    expect(DecisionInputSchema.safeParse(rest).success).toBe(true);
  });
});

describe('[ENGINE] invariants (property tests)', () => {
  const arbRequest = fc
    .record({
      harm: fc.constantFrom('none', 'minor', 'ordinary', 'serious'),
      minorViolation: fc.boolean(),
      correctedInTime: fc.boolean(),
      firstOffense: fc.boolean(),
      provenNoFault: fc.boolean(),
      partyType: fc.constantFrom('natural_person', 'legal_person'),
      age: fc.integer({ min: 10, max: 70 }),
      mentalState: fc.constantFrom('normal', 'partially_impaired', 'unable_to_recognize_or_control'),
      mitigating: fc.subarray(['eliminated_or_reduced_harm', 'coerced_or_induced'] as const),
      aggravating: fc.subarray(['repeat', 'large'] as const),
      occurredOffset: fc.integer({ min: 0, max: 2500 }),
      discoveredAfter: fc.integer({ min: 0, max: 2500 }),
      life: fc.boolean(),
      min: fc.integer({ min: 0, max: 5000 }),
      span: fc.integer({ min: 0, max: 200000 }),
      kinds: fc.subarray(['不予处罚', '首违不罚', '可以不予处罚'] as const),
      alreadyFined: fc.boolean(),
    })
    .map((x) => {
      const occurred = new Date(Date.UTC(2018, 0, 1) + x.occurredOffset * 86_400_000).toISOString().slice(0, 10);
      const discovered = new Date(Date.UTC(2018, 0, 1) + (x.occurredOffset + x.discoveredAfter) * 86_400_000).toISOString().slice(0, 10);
      return request(PLAIN, {
        facts: {
          harm: x.harm,
          minorViolation: x.minorViolation,
          correctedInTime: x.correctedInTime,
          firstOffense: x.firstOffense,
          provenNoFault: x.provenNoFault,
          partyType: x.partyType,
          age: x.age,
          mentalState: x.mentalState,
          mitigating: x.mitigating,
          aggravating: x.aggravating,
          occurredOn: occurred,
          discoveredOn: discovered,
          involvesLifeHealthOrFinancialSecurity: x.life,
          alreadyFinedForSameAct: x.alreadyFined,
        },
        benchmark: { fine: { min: x.min, max: x.min + x.span } },
        listEntries: x.kinds.map((kind, i) => ({
          ...CONTRACT_EXAMPLE.listEntries[0],
          itemCode: `T-${i}`,
          kind,
          effectiveFrom: '2010-01-01',
          conditions: { maxHarm: 'minor' },
        })),
      });
    });

  it('no fine range where the outcome forbids a fine', () => {
    fc.assert(
      fc.property(arbRequest, (req) => {
        const r = decide(req);
        if (r.outcome === 'no_penalty' || r.outcome === 'time_barred') {
          expect(r.fineRange).toBeNull();
        }
      }),
    );
  });
  it('adding a mitigating circumstance never raises the range', () => {
    fc.assert(
      fc.property(arbRequest, (req) => {
        const before = decide(req).fineRange;
        const after = decide({
          ...req,
          facts: { ...req.facts, mitigating: [...req.facts.mitigating, 'meritorious_cooperation'] },
        }).fineRange;
        if (before && after) {
          expect(after.max).toBeLessThanOrEqual(before.max);
          expect(after.min).toBeLessThanOrEqual(before.min);
        }
      }),
    );
  });
  it('discovering later never un-bars a time-barred act', () => {
    fc.assert(
      fc.property(arbRequest, fc.integer({ min: 1, max: 3000 }), (req, later) => {
        if (decide(req).outcome !== 'time_barred') {
          return;
        }
        const d = new Date(`${req.facts.discoveredOn}T00:00:00Z`).getTime() + later * 86_400_000;
        expect(decide({ ...req, facts: { ...req.facts, discoveredOn: new Date(d).toISOString().slice(0, 10) } }).outcome).toBe(
          'time_barred',
        );
      }),
    );
  });
  it('the answer does not depend on the order of listEntries', () => {
    fc.assert(
      fc.property(arbRequest, (req) => {
        const reversed = decide({ ...req, listEntries: [...req.listEntries].reverse() });
        expect(reversed).toEqual(decide(req));
      }),
    );
  });
});
