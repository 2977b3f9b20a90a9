/**
 * What the decision engine needs about one violation item, from the records: the catalogue item, the
 * entries of published lists that point at it, and the benchmark that applies (分级管理: the most
 * specific published one, with the chain it refines). The HTTP door of the engine and the officer's
 * decision assistant use it (shared/contracts/decision-api.md: "The HTTP door may resolve…").
 */
import type { ResolvedRules } from '@rouxing/contracts';
import { applicableBenchmark } from '@rouxing/domain';
import type { Queryable } from '../../db/database';
import { publishedBenchmarksForCode } from '../benchmark.repository';
import { benchmarkDto } from '../dto';
import { publishedEntriesForCode } from '../no-penalty-list.repository';
import { findViolationItemsByCode } from '../violation-item.repository';

/** The rules for `code` on the day `on` (`today` for the status shown), or null when the region has no such item. */
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
