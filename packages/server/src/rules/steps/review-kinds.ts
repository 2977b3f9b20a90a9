/**
 * The two kinds of versioned rules that share the review workflow (draft → pending_review → published →
 * superseded): no-penalty list versions and benchmark versions. Each names its table, its event chain, the
 * content a publication fixes (hashed on approval) and how a version reads back after a step.
 */
import type { DiscretionBenchmark, NoPenaltyListDetail } from '@rouxing/contracts';
import type { Actor, ReviewSubject } from '@rouxing/domain';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/database';
import { findBenchmark } from '../benchmark.repository';
import { findList, listEntries } from '../no-penalty-list.repository';
import type { ReviewTable } from '../review.repository';
import { getBenchmark } from '../use-cases/benchmarks/get-benchmark';
import { getNoPenaltyList } from '../use-cases/no-penalty-lists/get-no-penalty-list';

export interface VersionedKind<T> {
  /** The prefix of its refusal codes (LIST.*, BENCHMARK.*). */
  subject: ReviewSubject;
  table: ReviewTable;
  aggregateType: string;
  /** 不予处罚清单 / 裁量基准, for messages. */
  noun: string;
  /** The content a publication fixes, as plain data. */
  content(tx: Queryable, regionCode: string, id: string): Promise<unknown>;
  /** The version as the reply shows it. */
  read(ctx: AppContext, actor: Actor, id: string): Promise<T>;
}

export const LIST_KIND: VersionedKind<NoPenaltyListDetail> = {
  subject: 'LIST',
  table: 'no_penalty_lists',
  aggregateType: 'no_penalty_list',
  noun: '不予处罚清单',
  async content(tx, regionCode, id) {
    const list = await findList(tx, regionCode, id);
    const entries = await listEntries(tx, regionCode, id);
    return {
      list: list && {
        title: list.title,
        level: list.level,
        issuer: list.issuer,
        departmentId: list.departmentId,
        domain: list.domain,
        documentNo: list.documentNo,
        source: list.source,
        effectiveFrom: list.effectiveFrom,
        effectiveTo: list.effectiveTo,
      },
      entries: entries.map(({ id: _id, violationName: _n, ...e }) => e),
    };
  },
  read: (ctx, actor, id) => getNoPenaltyList(ctx, actor, id),
};

export const BENCHMARK_KIND: VersionedKind<DiscretionBenchmark> = {
  subject: 'BENCHMARK',
  table: 'discretion_benchmarks',
  aggregateType: 'benchmark',
  noun: '裁量基准',
  async content(tx, regionCode, id) {
    const b = await findBenchmark(tx, regionCode, id);
    return (
      b && {
        violationCode: b.violationCode,
        level: b.level,
        issuer: b.issuer,
        fine: b.fine,
        tiers: b.tiers,
        mitigatedFloor: b.mitigatedFloor,
        aggravating: b.aggravating,
        mitigating: b.mitigating,
        effectiveFrom: b.effectiveFrom,
        note: b.note,
      }
    );
  },
  read: (ctx, actor, id) => getBenchmark(ctx, actor, id),
};
