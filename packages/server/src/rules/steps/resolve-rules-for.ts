/**
 * What the decision engine needs about one violation item, from the records: the catalogue item, the
 * entries of published lists that point at it, and the benchmark that applies (分级管理: the most
 * specific published one, with the chain it refines). The HTTP door of the engine, the officer's
 * decision assistant and the re-check of issued decisions use it (shared/contracts/decision-api.md: "The
 * HTTP door may resolve…"). An item's published rules are loaded once (`loadItemRules`); which benchmark
 * applies is then asked per day (`rulesOn`).
 */
import type { ResolvedRules } from '@rouxing/contracts';
import { applicableBenchmark } from '@rouxing/domain';
import type { Queryable } from '../../db/database';
import { publishedBenchmarksForCode } from '../benchmark.repository';
import { benchmarkDto } from '../dto';
import { publishedEntriesForCode } from '../no-penalty-list.repository';
import { findViolationItemsByCode } from '../violation-item.repository';

/** An item's published rules, every version (which one applies depends on the day). */
export interface ItemRules {
  item: ResolvedRules['item'];
  listEntries: ResolvedRules['listEntries'];
  benchmarks: NonNullable<ResolvedRules['benchmark']>[];
}

/** The published rules of `code` (`today` for the status shown), or null when the region has no such item. */
export async function loadItemRules(db: Queryable, regionCode: string, code: string, today: string): Promise<ItemRules | null> {
  const item = (await findViolationItemsByCode(db, regionCode, [code])).get(code);
  if (!item) {
    return null;
  }
  const entries = await publishedEntriesForCode(db, regionCode, code);
  const benchmarks = (await publishedBenchmarksForCode(db, regionCode, code)).map((b) => benchmarkDto(b, today));
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
    benchmarks,
  };
}

/** The item's rules on the day `on`: the list entries (the engine checks their dates) and the benchmark in force. */
export function rulesOn(rules: ItemRules, on: string): ResolvedRules {
  const { applies, chain } = applicableBenchmark(rules.benchmarks, on);
  return { item: rules.item, listEntries: rules.listEntries, benchmark: applies, benchmarkChain: chain };
}

/** The rules for `code` on the day `on` (`today` for the status shown), or null when the region has no such item. */
export async function resolveRulesFor(
  db: Queryable,
  regionCode: string,
  code: string,
  on: string,
  today: string,
): Promise<ResolvedRules | null> {
  const rules = await loadItemRules(db, regionCode, code, today);
  return rules ? rulesOn(rules, on) : null;
}
