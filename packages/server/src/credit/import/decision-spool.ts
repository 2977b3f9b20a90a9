/**
 * The re-checked decisions of an import, held until the whole file has been read without a bad row
 * (nothing is stored otherwise): in memory on PGlite; on a PostgreSQL server already as COPY text in a
 * temporary file, read back batch by batch into COPY inside the one transaction that stores them.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Queryable } from '../../db/database';
import { copyDecisionBatch, copyTextOf, insertDecisionBatch } from '../issued-decision.repository';
import type { DecisionBatchMeta, PreparedDecision } from '../prepared-decision';
import { type StoredSummary, summaryOf } from '../steps/store-decisions';

export interface DecisionSpool {
  add(rows: readonly PreparedDecision[]): void;
  readonly rows: number;
  /** Writes every batch in order; `after` runs after each (its event). */
  drain(tx: Queryable, after: (summary: StoredSummary, batch: number) => Promise<void>): Promise<void>;
  dispose(): void;
}

function memorySpool(meta: DecisionBatchMeta): DecisionSpool {
  const batches: PreparedDecision[][] = [];
  let rows = 0;
  return {
    add: (b) => {
      batches.push([...b]);
      rows += b.length;
    },
    get rows() {
      return rows;
    },
    async drain(tx, after) {
      let n = 0;
      for (const b of batches) {
        await insertDecisionBatch(tx, b, meta);
        await after(summaryOf(b), ++n);
      }
    },
    dispose: () => {
      batches.length = 0;
    },
  };
}

interface Slice {
  offset: number;
  lengths: [number, number, number, number];
  summary: StoredSummary;
}

function fileSpool(meta: DecisionBatchMeta): DecisionSpool {
  const dir = mkdtempSync(join(tmpdir(), 'rouxing-decisions-'));
  const fd = openSync(join(dir, 'spool'), 'w+');
  const slices: Slice[] = [];
  let offset = 0;
  let rows = 0;
  const read = (at: number, length: number) => {
    const buf = Buffer.allocUnsafe(length);
    readSync(fd, buf, 0, length, at);
    return buf.toString('utf8');
  };
  return {
    add: (b) => {
      const t = copyTextOf(b, meta);
      const parts = [Buffer.from(t.decisions), Buffer.from(t.sanctions), Buffer.from(t.corrections), Buffer.from(t.credits)] as const;
      let at = offset;
      for (const p of parts) {
        writeSync(fd, p, 0, p.length, at);
        at += p.length;
      }
      slices.push({ offset, lengths: [parts[0].length, parts[1].length, parts[2].length, parts[3].length], summary: summaryOf(b) });
      offset = at;
      rows += b.length;
    },
    get rows() {
      return rows;
    },
    async drain(tx, after) {
      let n = 0;
      for (const s of slices) {
        const [a, b, c, d] = s.lengths;
        await copyDecisionBatch(tx, {
          decisions: read(s.offset, a),
          sanctions: read(s.offset + a, b),
          corrections: read(s.offset + a + b, c),
          credits: read(s.offset + a + b + c, d),
        });
        await after(s.summary, ++n);
      }
    },
    dispose: () => {
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function createDecisionSpool(kind: 'pglite' | 'postgres', meta: DecisionBatchMeta): DecisionSpool {
  return kind === 'postgres' ? fileSpool(meta) : memorySpool(meta);
}
