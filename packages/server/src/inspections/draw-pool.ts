/**
 * Frozen pools of 双随机一公开 (抽查对象名录库) and the draw from them: the pool is frozen in SQL (its members in
 * the order of their 统一社会信用代码, one grade byte and one flag byte each, and its fingerprint); the draw reads
 * the two byte arrays, lets the domain draw (`drawEntities`), and looks up only the members drawn.
 */
import { drawEntities, type RandomDrawConfig } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import { AppError } from '../errors';
import { sha256Hex } from '../records/canonical';
import { newId } from '../records/ids';
import { insertPool, insertPoolMembers, membersAtSeqs, membersAtTids, poolBytes, poolEnds, summarisePool } from './draw-pool.repository';

/**
 * Freezes the pool of a draw: the active entities of the region (optionally one industry) in the order of
 * their 统一社会信用代码, each with its grade byte and its exclusion flags — whitelisted, and at the department's
 * cap (its routine and random inspections of the entity this year ≥ the cap).
 */
export async function snapshotDrawPool(
  tx: Queryable,
  regionCode: string,
  departmentId: string,
  industryPrefix: string,
  year: number,
  now: string,
): Promise<{ poolId: string; size: number; fingerprint: string }> {
  const poolId = newId();
  await insertPoolMembers(tx, regionCode, poolId, industryPrefix);
  const row = await summarisePool(tx, regionCode, poolId, departmentId, year);
  const fingerprint = row.fingerprint ?? sha256Hex('');
  await insertPool(tx, {
    regionCode,
    id: poolId,
    departmentId,
    industryPrefix,
    size: row.size,
    grades: row.grades ?? Buffer.alloc(0),
    flags: row.flags ?? Buffer.alloc(0),
    fingerprint,
    createdAt: now,
  });
  return { poolId, size: row.size, fingerprint };
}

/** Draws from a frozen pool: reads the two byte arrays, draws, and looks up only the members drawn. */
export async function drawFromPool(
  db: Queryable,
  regionCode: string,
  poolId: string,
  seed: number,
  config: RandomDrawConfig,
  timings?: { load: number; draw: number; members: number },
) {
  const t0 = performance.now();
  // Each array on its own connection, so two server processes decompress and encode them at once, and
  // the members' layout on a third meanwhile.
  const column = async (name: 'grades' | 'flags') => {
    const bytes = await poolBytes(db, regionCode, poolId, name);
    if (bytes === null) {
      throw new AppError('NOT_FOUND', '抽查对象名录库不存在');
    }
    return bytes;
  };
  const [grades, flags, layout] = await Promise.all([column('grades'), column('flags'), poolLayout(db, regionCode, poolId)]);
  const t1 = performance.now();
  const draw = drawEntities({ grades, flags }, seed, config);
  const t2 = performance.now();
  const entityIds = await drawnMembers(db, regionCode, poolId, layout, draw.indices);
  if (timings) {
    Object.assign(timings, { load: t1 - t0, draw: t2 - t1, members: performance.now() - t2 });
  }
  return { draw, entityIds };
}

/** Draws at least this large are looked up in two halves at once (the project's machines have two cores). */
const PARALLEL_LOOKUP_FROM = 4096;

/** [from, to) of each part of `n` items: two halves from PARALLEL_LOOKUP_FROM on, else one part. */
function parts(n: number): [number, number][] {
  return n >= PARALLEL_LOOKUP_FROM
    ? [
        [0, n >> 1],
        [n >> 1, n],
      ]
    : [[0, n]];
}

/**
 * The entity ids of the members at `seqs` (ascending), in that order. Each member is fetched straight from
 * where the table holds it (a TID scan), found from the pool's layout; any member not there is then looked
 * up by the primary key. A 1% draw touches about two thirds of the pool's heap pages however it is done; the
 * TID scan adds no index page and no index descent, 2–3× faster than probing the key (and the hash join the
 * planner chose for a plain join read every member: seconds at ten million). Every row returned names its
 * own pool and seq, so a wrong guess costs a probe, never a wrong member.
 */
async function drawnMembers(
  db: Queryable,
  regionCode: string,
  poolId: string,
  layout: PoolLayout | null,
  seqs: Uint32Array,
): Promise<string[]> {
  const entityIds: (string | undefined)[] = new Array(seqs.length);
  if (layout && seqs.length > 0) {
    await Promise.all(
      parts(seqs.length).map(async ([from, to]) => {
        const tids: string[] = [];
        for (let k = from; k < to; k++) {
          const at = (seqs[k] as number) + layout.line - 1;
          tids.push(`(${layout.page + Math.floor(at / layout.perPage)},${(at % layout.perPage) + 1})`);
        }
        for (const row of await membersAtTids(db, regionCode, poolId, tids)) {
          const k = row.ours ? indexOfSorted(seqs, row.seq) : -1;
          if (k >= 0) {
            entityIds[k] = row.entityId;
          }
        }
      }),
    );
  }
  const missing: number[] = [];
  for (let k = 0; k < seqs.length; k++) {
    if (entityIds[k] === undefined) {
      missing.push(k);
    }
  }
  if (missing.length > 0) {
    // One probe of the primary key per seq; the ordinality puts each row back in its place.
    await Promise.all(
      parts(missing.length).map(async ([from, to]) => {
        const rows = await membersAtSeqs(
          db,
          regionCode,
          poolId,
          missing.slice(from, to).map((k) => seqs[k] as number),
        );
        for (const row of rows) {
          entityIds[missing[from + row.i - 1] as number] = row.entityId;
        }
      }),
    );
  }
  const found = entityIds.filter((id) => id !== undefined);
  if (found.length !== seqs.length) {
    throw new Error(`抽查对象名录库 ${poolId} 缺少成员：应有 ${seqs.length} 条，查到 ${found.length} 条`);
  }
  return found;
}

/** Where a pool's members lie in draw_pool_members: seq 0 at (page, line), then `perPage` rows a page. */
type PoolLayout = { page: number; line: number; perPage: number };

/**
 * The layout of a pool whose members were written one after another, as the INSERT … SELECT of
 * `snapshotDrawPool` writes them (every member row has the same width, so every full page holds as many).
 * Read from the places of the first and last members; null when they do not fit it (the table rewritten,
 * another pool written at the same moment), and the look-up then probes the key for every member.
 */
async function poolLayout(db: Queryable, regionCode: string, poolId: string): Promise<PoolLayout | null> {
  const { size, first, last } = await poolEnds(db, regionCode, poolId);
  if (!(first && last && size > 0)) {
    return null;
  }
  const [page, line] = first;
  const [lastPage, lastLine] = last;
  const end = size - 1 + line - 1;
  const perPage = lastPage === page ? end + 1 : (end - (lastLine - 1)) / (lastPage - page);
  const fits =
    Number.isInteger(perPage) && perPage >= line && page + Math.floor(end / perPage) === lastPage && (end % perPage) + 1 === lastLine;
  return fits ? { page, line, perPage } : null;
}

/** The position of `value` in the ascending `sorted`, or -1. */
function indexOfSorted(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v === value) {
      return mid;
    }
    if (v < value) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return -1;
}
