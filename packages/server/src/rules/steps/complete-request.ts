/**
 * Fills what a request to the engine left out from the records (shared/contracts/decision-api.md: "The
 * HTTP door may resolve `violation.code` from the catalogue and the list entries and benchmark from the
 * database when the request omits them"): the item's no-fault rule (行政处罚法 第三十三条第二款) and special
 * limitation period (第三十六条), the published list entries, and the benchmark (the applicable published
 * one, or the item's statutory range with the contract's default tiers). What the request holds is kept.
 */
import { DEFAULT_TIERS, type DecisionInput, type ResolvedRules } from '@rouxing/contracts';

/** Which optional parts the raw request left out (the schema's defaults hide it once parsed). */
export interface OmittedParts {
  listEntries: boolean;
  benchmark: boolean;
}

type Item = ResolvedRules['item'];

function violationOf(body: DecisionInput, item: Item): NonNullable<DecisionInput['violation']> {
  return {
    ...body.violation,
    code: item.code,
    noFaultRule: body.violation?.noFaultRule ?? item.noFaultRule,
    noFaultBasis: body.violation?.noFaultBasis !== undefined ? body.violation.noFaultBasis : item.noFaultBasis,
    limitation:
      body.violation?.limitation !== undefined
        ? body.violation.limitation
        : item.limitationMonths && item.limitationBasis
          ? { months: item.limitationMonths, basis: item.limitationBasis }
          : null,
  };
}

function listEntriesOf(resolved: ResolvedRules): DecisionInput['listEntries'] {
  return resolved.listEntries.map((e) => ({
    listId: e.listId,
    listTitle: e.listTitle,
    itemCode: e.itemCode,
    violationCode: resolved.item.code,
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

function benchmarkOf(resolved: ResolvedRules): DecisionInput['benchmark'] {
  const b = resolved.benchmark;
  if (b) {
    return { fine: b.fine, tiers: b.tiers, mitigatedFloor: b.mitigatedFloor };
  }
  const { fineMin, fineMax } = resolved.item;
  if (fineMin !== null && fineMax !== null) {
    return {
      fine: { min: fineMin, max: fineMax },
      tiers: { lighter: [...DEFAULT_TIERS.lighter], ordinary: [...DEFAULT_TIERS.ordinary], heavier: [...DEFAULT_TIERS.heavier] },
      mitigatedFloor: 0,
    };
  }
  return undefined;
}

export function completeRequest(body: DecisionInput, resolved: ResolvedRules, omitted: OmittedParts): DecisionInput {
  return {
    ...body,
    violation: violationOf(body, resolved.item),
    listEntries: omitted.listEntries ? listEntriesOf(resolved) : body.listEntries,
    benchmark: omitted.benchmark ? (benchmarkOf(resolved) ?? body.benchmark) : body.benchmark,
  };
}
