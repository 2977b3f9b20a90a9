/**
 * The anchor of the engine benchmark: the contract's outcome rules written for json-rules-engine@7.3.1,
 * as faithfully as it can express them. What it cannot express declaratively (calendar periods, the
 * first-offence look-back, list-entry matching) is given to it as dynamic facts computed per request, as
 * a json-rules-engine user would. It decides the `outcome`; our engine is checked against it.
 */
import type { DecisionRequest } from '@rouxing/contracts';
import { addMonths, isFirstOffense, limitation, listEntryMatches } from '@rouxing/domain';
import { Engine } from 'json-rules-engine';

type Almanac = { factValue<T>(name: string): Promise<T> };

export function createAnchorEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const natural = { fact: 'partyType', operator: 'equal', value: 'natural_person' };
  const rule = (outcome: string, priority: number, conditions: object) =>
    engine.addRule({ name: outcome, priority, conditions: conditions as never, event: { type: outcome } });

  rule('time_barred', 60, { all: [{ fact: 'timeBarred', operator: 'equal', value: true }] });
  rule('no_penalty', 50, {
    any: [
      { all: [natural, { fact: 'age', operator: 'lessThan', value: 14 }] },
      { all: [natural, { fact: 'mentalState', operator: 'equal', value: 'unable_to_recognize_or_control' }] },
      {
        all: [
          { fact: 'provenNoFault', operator: 'equal', value: true },
          { fact: 'noFaultRule', operator: 'notEqual', value: 'may_waive' },
        ],
      },
      {
        all: [
          { fact: 'minorViolation', operator: 'equal', value: true },
          { fact: 'correctedInTime', operator: 'equal', value: true },
          { fact: 'harm', operator: 'equal', value: 'none' },
        ],
      },
      { all: [{ fact: 'mustListMatch', operator: 'equal', value: true }] },
    ],
  });
  rule('may_waive', 40, {
    any: [
      {
        all: [
          { fact: 'provenNoFault', operator: 'equal', value: true },
          { fact: 'noFaultRule', operator: 'equal', value: 'may_waive' },
        ],
      },
      {
        all: [
          { fact: 'firstOffense', operator: 'equal', value: true },
          { fact: 'harm', operator: 'in', value: ['none', 'minor'] },
          { fact: 'correctedInTime', operator: 'equal', value: true },
        ],
      },
      { all: [{ fact: 'mayListMatch', operator: 'equal', value: true }] },
    ],
  });
  rule('mitigate', 30, {
    any: [
      { all: [natural, { fact: 'age', operator: 'greaterThanInclusive', value: 14 }, { fact: 'age', operator: 'lessThan', value: 18 }] },
      { all: [{ fact: 'mitigatingCount', operator: 'greaterThan', value: 0 }] },
    ],
  });
  rule('may_mitigate', 20, { all: [natural, { fact: 'mentalState', operator: 'equal', value: 'partially_impaired' }] });
  rule('penalty', 10, { all: [{ fact: 'always', operator: 'equal', value: true }] });

  const req = (a: Almanac) => a.factValue<DecisionRequest>('request');
  engine.addFact('timeBarred', async (_p, a: Almanac) => limitation(await req(a)).barred);
  engine.addFact('firstOffense', async (_p, a: Almanac) => isFirstOffense(await req(a)));
  engine.addFact('mustListMatch', async (_p, a: Almanac) => {
    const r = await req(a);
    return r.listEntries.some((e) => e.kind !== '可以不予处罚' && listEntryMatches(r, e));
  });
  engine.addFact('mayListMatch', async (_p, a: Almanac) => {
    const r = await req(a);
    return r.listEntries.some((e) => e.kind === '可以不予处罚' && listEntryMatches(r, e));
  });
  // Keeps the import used by the period logic visible to readers: the anchor counts periods the same way.
  void addMonths;
  return engine;
}

/** The outcome json-rules-engine decides for one request: the highest-priority rule that fired. */
export async function anchorOutcome(engine: Engine, r: DecisionRequest): Promise<string> {
  const f = r.facts;
  const { events } = await engine.run({
    request: r,
    partyType: f.partyType,
    age: typeof f.age === 'number' ? f.age : -1,
    mentalState: f.mentalState,
    provenNoFault: f.provenNoFault,
    noFaultRule: r.violation?.noFaultRule ?? 'no_penalty',
    minorViolation: f.minorViolation,
    correctedInTime: f.correctedInTime,
    harm: f.harm,
    mitigatingCount: f.mitigating.length,
    always: true,
  });
  const order = ['time_barred', 'no_penalty', 'may_waive', 'mitigate', 'may_mitigate', 'penalty'];
  let best = 'penalty';
  for (const e of events) {
    if (order.indexOf(e.type) < order.indexOf(best)) {
      best = e.type;
    }
  }
  return best;
}
