/**
 * 双随机一公开 (policy §13): a department draws entities from a pool (its region, optionally one industry)
 * with a sampling ratio per credit grade, leaving out whitelisted entities and those at the department's
 * yearly cap, and draws two officers per inspection at random, leaving out declared conflicts (回避).
 * The seed and the pool's fingerprint are published with the result, so anyone can re-run the draw.
 */
import { randomInt } from 'node:crypto';
import {
  type Actor,
  can,
  DEFAULT_FREQUENCY_CONFIG,
  DEFAULT_RANDOM_DRAW_CONFIG,
  drawEntities,
  drawOfficersForEach,
  GRADE_CODES,
  POOL_AT_CAP,
  POOL_WHITELISTED,
  type RandomDrawConfig,
  randomDrawConfigProblems,
  shanghaiToday,
  UNGRADED,
} from '@rouxing/domain';
import { z } from 'zod';
import type { AppContext, RequestMeta } from '../context';
import type { Queryable } from '../db/database';
import { AppError, validationError } from '../errors';
import { sha256Hex } from '../records/canonical';
import { newId } from '../records/ids';
import { recordChange } from '../records/record-change';
import { fieldsOfZodError } from '../validation';

const Ratio = z.number({ message: '抽查比例应为0到1之间的数' }).min(0, '抽查比例不能小于0').max(1, '抽查比例不能大于1');
export const RandomDrawInputSchema = z.object({
  title: z.string().trim().min(2, '请填写抽查任务名称').max(100),
  /** GB/T 4754 prefix of the pool, '' for every industry. */
  industryPrefix: z
    .string()
    .trim()
    .regex(/^([A-T]\d{0,4})?$/, '行业代码应为门类字母加0至4位数字')
    .default(''),
  /** Omitted: a fresh random seed (published with the result). */
  seed: z.number().int('随机种子应为整数').min(0).max(0xffff_ffff, '随机种子应为0至4294967295之间的整数').optional(),
  ratios: z.object({ A: Ratio, B: Ratio, C: Ratio, D: Ratio }).default({ ...DEFAULT_RANDOM_DRAW_CONFIG.ratios }),
});

/**
 * Freezes the pool of a draw (抽查对象名录库): the active entities of the region (optionally one industry) in
 * the order of their 统一社会信用代码, each with its grade byte and its exclusion flags — whitelisted, and at
 * the department's cap (its routine and random inspections of the entity this year ≥ the cap). All in
 * SQL: ten million members never pass through the application.
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
  await tx.query(
    `INSERT INTO draw_pool_members (region_code, pool_id, seq, entity_id)
     SELECT $1, $2, (row_number() OVER (ORDER BY e.uscc))::int - 1, e.id
     FROM entities e WHERE e.region_code = $1 AND e.status = 'active' AND e.industry_code LIKE $3 || '%'`,
    [regionCode, poolId, industryPrefix],
  );
  const r = await tx.query<{ size: number; grades: Buffer | null; flags: Buffer | null; fingerprint: string | null }>(
    `WITH caps AS (
       SELECT entity_id, count(*) AS n FROM inspection_plans
       WHERE region_code = $1 AND department_id = $3 AND type IN ('routine', 'random') AND status NOT IN ('rejected', 'cancelled')
         AND window_from >= $5::date AND window_from < $6::date GROUP BY entity_id),
     m AS (
       SELECT m.seq, e.uscc,
         CASE e.credit_grade WHEN 'A' THEN $7::int WHEN 'B' THEN $8::int WHEN 'C' THEN $9::int WHEN 'D' THEN $10::int ELSE $11::int END AS grade,
         (CASE WHEN e.whitelisted THEN $12::int ELSE 0 END) | (CASE WHEN coalesce(c.n, 0) >= $4 THEN $13::int ELSE 0 END) AS flags
       FROM draw_pool_members m JOIN entities e ON e.region_code = m.region_code AND e.id = m.entity_id
       LEFT JOIN caps c ON c.entity_id = m.entity_id
       WHERE m.region_code = $1 AND m.pool_id = $2)
     SELECT count(*)::int AS size,
       string_agg(set_byte('\\x00'::bytea, 0, grade), ''::bytea ORDER BY seq) AS grades,
       string_agg(set_byte('\\x00'::bytea, 0, flags), ''::bytea ORDER BY seq) AS flags,
       encode(sha256(convert_to(string_agg(uscc || ',' || grade || ',' || flags, E'\\n' ORDER BY seq), 'UTF8')), 'hex') AS fingerprint
     FROM m`,
    [
      regionCode,
      poolId,
      departmentId,
      DEFAULT_FREQUENCY_CONFIG.routineCapPerDepartment,
      `${year}-01-01`,
      `${year + 1}-01-01`,
      GRADE_CODES.A,
      GRADE_CODES.B,
      GRADE_CODES.C,
      GRADE_CODES.D,
      UNGRADED,
      POOL_WHITELISTED,
      POOL_AT_CAP,
    ],
  );
  const row = r.rows[0] ?? { size: 0, grades: null, flags: null, fingerprint: null };
  const fingerprint = row.fingerprint ?? sha256Hex('');
  await tx.query(
    `INSERT INTO draw_pools (region_code, id, department_id, industry_prefix, size, grades, flags, fingerprint, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [
      regionCode,
      poolId,
      departmentId,
      industryPrefix,
      row.size,
      row.grades ?? Buffer.alloc(0),
      row.flags ?? Buffer.alloc(0),
      fingerprint,
      now,
    ],
  );
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
  // the members' layout on a third meanwhile. Base64 rather than bytea's hex output: a third less text to
  // make, send and parse (≈ 100 ms less at ten million); Node's decoder skips the newlines of encode().
  const column = async (name: 'grades' | 'flags') => {
    const r = await db.query<{ b64: string }>(
      `SELECT encode(${name}, 'base64') AS b64 FROM draw_pools WHERE region_code = $1 AND id = $2`,
      [regionCode, poolId],
    );
    const b64 = r.rows[0]?.b64;
    if (b64 === undefined) {
      throw new AppError('NOT_FOUND', '抽查对象名录库不存在');
    }
    const b = Buffer.from(b64, 'base64');
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
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
    // The ctid is the only condition, so the plan can only be a TID scan (a condition on the pool would let
    // statistics pick a scan of the whole pool by the key); the array behind a sub-select hides its length
    // from the planner (seen, it lifts the estimate past jit_above_cost, and compiling costs ≈ 120 ms).
    await Promise.all(
      parts(seqs.length).map(async ([from, to]) => {
        const tids: string[] = [];
        for (let k = from; k < to; k++) {
          const at = (seqs[k] as number) + layout.line - 1;
          tids.push(`(${layout.page + Math.floor(at / layout.perPage)},${(at % layout.perPage) + 1})`);
        }
        const r = await db.query<{ seq: number; entityId: string; ours: boolean }>(
          `SELECT seq, entity_id AS "entityId", region_code = $1 AND pool_id = $2 AS ours
           FROM draw_pool_members WHERE ctid = ANY((SELECT $3::tid[])::tid[])`,
          [regionCode, poolId, arrayLiteral(tids, true)],
        );
        for (const row of r.rows) {
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
    // One probe of the primary key (region_code, pool_id, seq) per seq. `OFFSET 0` keeps the LATERAL
    // subquery from being pulled up into a join, so no pool size or statistics can turn it into a hash
    // join over the whole pool; the ordinality puts each row back in its place.
    await Promise.all(
      parts(missing.length).map(async ([from, to]) => {
        const r = await db.query<{ i: number; entityId: string }>(
          `SELECT s.i::int AS i, m.entity_id AS "entityId" FROM unnest((SELECT $3::int[])) WITH ORDINALITY AS s(seq, i)
           CROSS JOIN LATERAL (SELECT entity_id FROM draw_pool_members WHERE region_code = $1 AND pool_id = $2 AND seq = s.seq OFFSET 0) m`,
          [
            regionCode,
            poolId,
            arrayLiteral(
              missing.slice(from, to).map((k) => seqs[k] as number),
              false,
            ),
          ],
        );
        for (const row of r.rows) {
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
  const r = await db.query<{ size: number; first: string | null; last: string | null }>(
    `SELECT p.size,
       (SELECT ctid::text FROM draw_pool_members WHERE region_code = $1 AND pool_id = $2 AND seq = 0) AS first,
       (SELECT ctid::text FROM draw_pool_members WHERE region_code = $1 AND pool_id = $2 AND seq = p.size - 1) AS last
     FROM draw_pools p WHERE p.region_code = $1 AND p.id = $2`,
    [regionCode, poolId],
  );
  // ctid reads '(page,line)'.
  const where = (ctid: string | null | undefined): [number, number] | null => {
    const m = /^\((\d+),(\d+)\)$/.exec(ctid ?? '');
    return m ? [Number(m[1]), Number(m[2])] : null;
  };
  const first = where(r.rows[0]?.first);
  const last = where(r.rows[0]?.last);
  const size = r.rows[0]?.size ?? 0;
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

/**
 * A PostgreSQL array literal of plain elements (digits, or tids to be quoted), made with one join: the
 * driver's own array serialisation escapes element by element, ≈ 20–35 ms for 50,000 tids.
 */
function arrayLiteral(items: readonly (string | number)[], quoted: boolean): string {
  if (items.length === 0) {
    return '{}';
  }
  return quoted ? `{"${items.join('","')}"}` : `{${items.join(',')}}`;
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

export async function runRandomDraw(ctx: AppContext, actor: Actor, raw: unknown, meta: RequestMeta) {
  if (!can(actor, 'inspection.approve') || !actor.departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '只有部门负责人或法制审核人员可以组织双随机抽查');
  }
  const parsed = RandomDrawInputSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  const input = parsed.data;
  const config: RandomDrawConfig = { ...DEFAULT_RANDOM_DRAW_CONFIG, ratios: input.ratios };
  const problems = randomDrawConfigProblems(config);
  if (problems.length > 0) {
    throw validationError(problems.map((message) => ({ path: 'ratios', message })));
  }
  const seed = input.seed ?? randomInt(0, 0xffff_ffff);
  const departmentId = actor.departmentId;
  const year = Number(shanghaiToday(ctx.now()).slice(0, 4));
  const now = ctx.now().toISOString();
  const frozen = await ctx.db.transaction((tx) => snapshotDrawPool(tx, actor.regionCode, departmentId, input.industryPrefix, year, now));
  const { draw, entityIds } = await drawFromPool(ctx.db, actor.regionCode, frozen.poolId, seed, config);
  const officers = await ctx.db.query<{ id: string; name: string }>(
    `SELECT id, display_name AS name FROM users WHERE region_code = $1 AND department_id = $2 AND active AND certificate_no IS NOT NULL AND 'officer' = ANY(roles)`,
    [actor.regionCode, departmentId],
  );
  const conflicts = await ctx.db.query<{ officerId: string; entityId: string }>(
    'SELECT officer_id AS "officerId", entity_id AS "entityId" FROM officer_conflicts WHERE region_code = $1 AND entity_id = ANY($2::uuid[])',
    [actor.regionCode, entityIds],
  );
  const officerDraws = drawOfficersForEach(
    entityIds,
    officers.rows.map((o) => o.id),
    conflicts.rows,
    seed,
    config,
  );
  const refused = officerDraws.findIndex((d) => !d.ok);
  if (refused >= 0) {
    const d = officerDraws[refused];
    throw new AppError('RULE.REFUSED', d && !d.ok ? `${d.refusal.message}。${d.refusal.remedy}` : '执法人员不足', [
      { path: 'officers', message: '可抽取的执法人员不足两名' },
    ]);
  }
  const nameOf = new Map(officers.rows.map((o) => [o.id, o.name]));
  const id = newId();
  const fingerprint = frozen.fingerprint;
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO random_draws (region_code, id, department_id, title, seed, industry_prefix, ratios, pool_size, pool_fingerprint, strata, excluded,
         created_by, created_by_name, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
      [
        actor.regionCode,
        id,
        departmentId,
        input.title,
        seed,
        input.industryPrefix,
        JSON.stringify(input.ratios),
        draw.poolSize,
        fingerprint,
        JSON.stringify(draw.strata),
        JSON.stringify(draw.excluded),
        actor.userId,
        actor.displayName,
        now,
      ],
    );
    if (entityIds.length > 0) {
      const officerIds = officerDraws.map((d) => (d.ok ? d.officerIds : []));
      await tx.query(
        `INSERT INTO random_draw_entries (region_code, draw_id, seq, entity_id, officer_ids, officer_names)
         SELECT $1, $2, s.seq, s.entity_id, string_to_array(s.officer_ids, ',')::uuid[], string_to_array(s.officer_names, ',')
         FROM unnest($3::int[], $4::uuid[], $5::text[], $6::text[]) AS s(seq, entity_id, officer_ids, officer_names)`,
        [
          actor.regionCode,
          id,
          entityIds.map((_, i) => i + 1),
          entityIds,
          officerIds.map((ids) => ids.join(',')),
          officerIds.map((ids) => ids.map((o) => nameOf.get(o) ?? '').join(',')),
        ],
      );
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'random_draw',
      aggregateId: id,
      type: 'random_draw.drawn',
      payload: {
        seed,
        industryPrefix: input.industryPrefix,
        ratios: input.ratios,
        poolSize: draw.poolSize,
        poolFingerprint: fingerprint,
        drawn: entityIds.length,
      },
    });
  });
  return getDraw(ctx.db, actor.regionCode, id);
}

export async function getDraw(db: Queryable, regionCode: string, id: string) {
  const d = await db.query<{
    id: string;
    title: string;
    departmentName: string;
    seed: number;
    industryPrefix: string;
    ratios: Record<string, number>;
    poolSize: number;
    poolFingerprint: string;
    strata: unknown;
    excluded: unknown;
    createdAt: string;
  }>(
    `SELECT r.id, r.title, d.name AS "departmentName", r.seed, r.industry_prefix AS "industryPrefix", r.ratios, r.pool_size AS "poolSize",
       r.pool_fingerprint AS "poolFingerprint", r.strata, r.excluded, r.created_at AS "createdAt"
     FROM random_draws r JOIN departments d ON d.region_code = r.region_code AND d.id = r.department_id WHERE r.region_code = $1 AND r.id = $2`,
    [regionCode, id],
  );
  const entries = await db.query<{
    seq: number;
    entityId: string;
    entityName: string;
    uscc: string;
    officerIds: string[];
    officerNames: string[];
  }>(
    `SELECT x.seq, x.entity_id AS "entityId", e.name AS "entityName", e.uscc, x.officer_ids AS "officerIds", x.officer_names AS "officerNames"
     FROM random_draw_entries x JOIN entities e ON e.region_code = x.region_code AND e.id = x.entity_id
     WHERE x.region_code = $1 AND x.draw_id = $2 ORDER BY x.seq`,
    [regionCode, id],
  );
  return { ...d.rows[0], entries: entries.rows };
}

/** The published draws of a region (公开): seed, fingerprint, strata and the entities drawn. */
export async function publicDraws(ctx: AppContext, regionCode: string) {
  const r = await ctx.db.query<{ id: string }>('SELECT id FROM random_draws WHERE region_code = $1 ORDER BY created_at DESC LIMIT 20', [
    regionCode,
  ]);
  const draws = [];
  for (const row of r.rows) {
    const d = await getDraw(ctx.db, regionCode, row.id);
    draws.push({ ...d, entries: d.entries.map(({ officerIds: _o, ...e }) => e) });
  }
  return draws;
}

/** An officer declares a conflict of interest with an entity (回避), so the draw leaves them out. */
export async function declareConflict(ctx: AppContext, actor: Actor, raw: unknown, meta: RequestMeta) {
  const parsed = z
    .object({ entityId: z.string().uuid('标识格式不正确'), reason: z.string().trim().min(2, '请说明回避事由').max(200) })
    .safeParse(raw ?? {});
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  if (!can(actor, 'inspection.plan')) {
    throw new AppError('AUTH.FORBIDDEN', '只有执法人员可以申报回避');
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const e = await tx.query('SELECT 1 FROM entities WHERE region_code = $1 AND id = $2', [actor.regionCode, parsed.data.entityId]);
    if (e.rows.length === 0) {
      throw validationError([{ path: 'entityId', message: '市场主体不存在' }]);
    }
    await tx.query(
      `INSERT INTO officer_conflicts (region_code, officer_id, entity_id, reason, declared_at) VALUES ($1,$2,$3,$4,$5)
       ON CONFLICT (region_code, officer_id, entity_id) DO UPDATE SET reason = EXCLUDED.reason`,
      [actor.regionCode, actor.userId, parsed.data.entityId, parsed.data.reason, now],
    );
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'user',
      aggregateId: actor.userId,
      type: 'officer.conflict_declared',
      payload: { entityId: parsed.data.entityId, reason: parsed.data.reason },
    });
  });
  return { declared: true as const };
}
