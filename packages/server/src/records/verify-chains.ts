/**
 * `rouxing verify`: recomputes every event chain (per aggregate) and audit chain (per region, day and lane)
 * and reports the first broken link: the row whose hash no longer matches its content, or whose
 * link to its predecessor is broken (a row removed, inserted or reordered).
 */
import type { Queryable } from '../db/database';
import { type AuditChainKey, auditHashFields, auditInChainOrder } from './audit.repository';
import { chainHash } from './canonical';
import { type EventChainKey, eventHashFields, eventsInChainOrder } from './event.repository';

export interface BrokenLink {
  table: 'events' | 'audit_log';
  regionCode: string;
  /** The chain: `aggregateType/aggregateId` for events, the day for audit rows. */
  chain: string;
  seq: number;
  id: string;
  reason: string;
}

export interface VerifyReport {
  ok: boolean;
  eventsChecked: number;
  eventChains: number;
  auditChecked: number;
  auditChains: number;
  broken: BrokenLink | null;
}

const PAGE = 5000;

/** The rows of a table in chain order, page by page: `fetch` gives the page after a key, `key` the key of a row. */
async function* pages<T, K>(fetch: (after: K | null, limit: number) => Promise<T[]>, key: (row: T) => K) {
  let after: K | null = null;
  for (;;) {
    const rows = await fetch(after, PAGE);
    if (rows.length === 0) {
      return;
    }
    yield rows;
    after = key(rows[rows.length - 1] as T);
    if (rows.length < PAGE) {
      return;
    }
  }
}

type Link = {
  chain: string;
  seq: number;
  id: string;
  regionCode: string;
  prevHash: string | null;
  hash: string;
  fields: Record<string, unknown>;
};

function checkLink(prev: { chain: string; seq: number; hash: string } | null, row: Link): string | null {
  const samechain = prev !== null && prev.chain === row.chain;
  const expectedSeq = samechain ? prev.seq + 1 : 1;
  if (row.seq !== expectedSeq) {
    return `序号不连续：应为${expectedSeq}，实际为${row.seq}（可能有记录被删除或插入）`;
  }
  const expectedPrev = samechain ? prev.hash : null;
  if (row.prevHash !== expectedPrev) {
    return '前序哈希与上一条记录不符（链接被改动）';
  }
  if (chainHash(row.prevHash, row.fields) !== row.hash) {
    return '记录内容与其哈希不符（记录被改动）';
  }
  return null;
}

export async function verifyChains(db: Queryable): Promise<VerifyReport> {
  const report: VerifyReport = { ok: true, eventsChecked: 0, eventChains: 0, auditChecked: 0, auditChains: 0, broken: null };

  let prev: { chain: string; seq: number; hash: string } | null = null;
  const eventPages = pages(
    (after: EventChainKey | null, limit) => eventsInChainOrder(db, after, limit),
    (e): EventChainKey => [e.regionCode, e.aggregateType, e.aggregateId, e.seq],
  );
  for await (const rows of eventPages) {
    for (const e of rows) {
      const chain = `${e.regionCode}/${e.aggregateType}/${e.aggregateId}`;
      if (!prev || prev.chain !== chain) {
        report.eventChains++;
      }
      const reason = checkLink(prev, { ...e, chain, fields: eventHashFields(e) });
      report.eventsChecked++;
      if (reason) {
        report.ok = false;
        report.broken = {
          table: 'events',
          regionCode: e.regionCode,
          chain: `${e.aggregateType}/${e.aggregateId}`,
          seq: e.seq,
          id: e.id,
          reason,
        };
        return report;
      }
      prev = { chain, seq: e.seq, hash: e.hash };
    }
  }

  prev = null;
  const auditPages = pages(
    (after: AuditChainKey | null, limit) => auditInChainOrder(db, after, limit),
    (a): AuditChainKey => [a.regionCode, a.day, a.lane, a.seq],
  );
  for await (const rows of auditPages) {
    for (const a of rows) {
      const chain = `${a.regionCode}/${a.day}/${a.lane}`;
      if (!prev || prev.chain !== chain) {
        report.auditChains++;
      }
      const reason = checkLink(prev, { ...a, chain, fields: auditHashFields(a) });
      report.auditChecked++;
      if (reason) {
        report.ok = false;
        report.broken = {
          table: 'audit_log',
          regionCode: a.regionCode,
          chain: a.lane ? `${a.day}#${a.lane}` : a.day,
          seq: a.seq,
          id: a.id,
          reason,
        };
        return report;
      }
      prev = { chain, seq: a.seq, hash: a.hash };
    }
  }
  return report;
}
