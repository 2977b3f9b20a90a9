/**
 * What the decision engine needs about one violation item, from the records: the catalogue item, the
 * entries of published lists that point at it, and the benchmark that applies (分级管理: the most
 * specific published one, with the chain it refines). The HTTP door of the engine and the officer's
 * decision assistant use it (shared/contracts/decision-api.md: "The HTTP door may resolve…").
 */
import type { DecisionInput, ResolvedRules } from '@rouxing/contracts';
import { type Actor, applicableBenchmark, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { publishedBenchmarksForCode } from '../benchmark.repository';
import { publishedEntriesForCode } from '../no-penalty-list.repository';
import { sanctionRecordsOf } from '../sanction-record.repository';
import { findViolationItemsByCode } from '../violation-item.repository';
import { benchmarkDto } from './benchmarks';
import { requireRulesRead } from './violation-items';

export async function resolveRulesFor(
  db: Queryable,
  regionCode: string,
  code: string,
  on: string,
  today: string,
): Promise<ResolvedRules | null> {
  const item = (await findViolationItemsByCode(db, regionCode, [code])).get(code);
  if (!item) {
    return null;
  }
  const entries = await publishedEntriesForCode(db, regionCode, code);
  const benchmarks = (await publishedBenchmarksForCode(db, regionCode, code)).map((b) => benchmarkDto(b, today));
  const { applies, chain } = applicableBenchmark(benchmarks, on);
  return {
    item,
    listEntries: entries.map((e) => ({
      listId: e.listId,
      listTitle: e.listTitle,
      version: e.version,
      itemCode: e.itemCode,
      kind: e.kind,
      itemText: e.itemText,
      conditionsText: e.conditionsText,
      conditions: e.conditions,
      effectiveFrom: e.effectiveFrom,
      effectiveTo: e.effectiveTo,
    })),
    benchmark: applies,
    benchmarkChain: chain,
  };
}

export async function resolveRules(ctx: AppContext, actor: Actor, code: string, on?: string): Promise<ResolvedRules> {
  requireRulesRead(actor);
  const today = shanghaiToday(ctx.now());
  const r = await resolveRulesFor(ctx.db, actor.regionCode, code.trim().toUpperCase(), on ?? today, today);
  if (!r) {
    throw notFound('违法行为事项');
  }
  return r;
}

/**
 * Fills what a request to the engine left out from the records: the item's no-fault rule and special
 * limitation period, the published list entries, and the benchmark (the applicable published one, or
 * the item's statutory range with the contract's default tiers). What the request holds is kept.
 */
export function completeRequest(
  body: DecisionInput,
  resolved: ResolvedRules,
  omitted: { listEntries: boolean; benchmark: boolean },
): DecisionInput {
  const { item } = resolved;
  const violation = {
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
  const listEntries = omitted.listEntries
    ? resolved.listEntries.map((e) => ({
        listId: e.listId,
        itemCode: e.itemCode,
        violationCode: item.code,
        kind: e.kind,
        effectiveFrom: e.effectiveFrom,
        effectiveTo: e.effectiveTo,
        conditions: {
          firstOffense: e.conditions.firstOffense,
          firstOffenseScope: e.conditions.firstOffenseScope,
          correctedInTime: e.conditions.correctedInTime,
          ...(e.conditions.maxHarm ? { maxHarm: e.conditions.maxHarm } : {}),
        },
      }))
    : body.listEntries;
  let benchmark = body.benchmark;
  if (omitted.benchmark) {
    const b = resolved.benchmark;
    if (b) {
      benchmark = { fine: b.fine, tiers: b.tiers, mitigatedFloor: b.mitigatedFloor };
    } else if (item.fineMin !== null && item.fineMax !== null) {
      benchmark = {
        fine: { min: item.fineMin, max: item.fineMax },
        tiers: { lighter: [0, 0.3], ordinary: [0.3, 0.7], heavier: [0.7, 1] },
        mitigatedFloor: 0,
      };
    }
  }
  return { ...body, violation, listEntries, benchmark };
}

/** The decisions on record against a registered entity (for the first-offence test). */
export async function priorViolationsOf(ctx: AppContext, actor: Actor, entityId: string) {
  requireRulesRead(actor);
  const r = await ctx.db.query<{ id: string }>('SELECT id FROM entities WHERE region_code = $1 AND id = $2', [actor.regionCode, entityId]);
  if (r.rows.length === 0) {
    throw notFound('市场主体');
  }
  return sanctionRecordsOf(ctx.db, actor.regionCode, entityId);
}
