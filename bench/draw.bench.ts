/**
 * `npm run bench -- draw [--entities N]`: a 1% stratified random draw (双随机, four credit grades, whitelisted
 * entities excluded) over N entities (default 10,000,000) on PostgreSQL through the platform's path — the
 * frozen pool's two byte arrays read, Floyd's sampling per stratum, then only the drawn members looked up —
 * against `ORDER BY random() LIMIT k` per stratum over the same pool, with the same exclusions and counts,
 * as the anchor. Freezing the pool (抽查对象名录库) is preparation, timed and printed apart.
 * Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a superuser URL; the bench makes and drops its database).
 */

import { DEFAULT_RANDOM_DRAW_CONFIG } from '@rouxing/domain';
import { drawFromPool, snapshotDrawPool } from '@rouxing/server';
import pg from 'pg';
import { numberArg, withSeededDatabase } from './bench-db';
import type { BenchResult } from './run';

export async function run(args: string[]): Promise<BenchResult> {
  const n = numberArg(args, '--entities', 10_000_000);
  return withSeededDatabase('draw', async ({ ctx, url }) => {
    // The owner's connection generates the entities (the application role may not bypass its grants).
    const owner = new pg.Client({ connectionString: url });
    await owner.connect();
    try {
      process.stderr.write(`draw: generating ${n} entities…\n`);
      const tGen = performance.now();
      // A county-sized grade mix: A 30%, B 30%, C 20%, D 10%, ungraded 10%; one in twenty whitelisted.
      await owner.query(
        `INSERT INTO entities (region_code, id, uscc, name, entity_type, legal_representative, industry_code, address, search_text, search_grams, credit_grade, whitelisted)
       SELECT '430483', gen_random_uuid(), '9143' || lpad(g::text, 14, '0'), '基准主体' || g, 'enterprise', '某某', 'H6210', '常宁市', '', '{}',
         (ARRAY['A','A','A','B','B','B','C','C','D',NULL])[1 + (hashint4(g) & 2147483647) % 10], (hashint4(g + 7) & 2147483647) % 20 = 0
       FROM generate_series(1, $1) AS g`,
        [n],
      );
      await owner.query('INSERT INTO regions (code, name, parent_code, level) VALUES ($1, $2, $3, 3) ON CONFLICT DO NOTHING', [
        '430483',
        '基准区',
        '430400',
      ]);
      await owner.query('VACUUM ANALYZE entities');
      process.stderr.write(`draw: generated in ${((performance.now() - tGen) / 1000).toFixed(1)} s\n`);
      const dept = (await ctx.db.query<{ id: string }>("SELECT id FROM departments WHERE code = 'SCJG'")).rows[0]?.id as string;
      const config = { ...DEFAULT_RANDOM_DRAW_CONFIG, ratios: { A: 0.01, B: 0.01, C: 0.01, D: 0.01 } };

      const tSnap = performance.now();
      const frozen = await ctx.db.transaction((tx) => snapshotDrawPool(tx, '430483', dept, '', 2026, new Date().toISOString()));
      process.stderr.write(`draw: pool of ${frozen.size} frozen in ${((performance.now() - tSnap) / 1000).toFixed(1)} s (preparation)\n`);

      const timings = { load: 0, draw: 0, members: 0 };
      const t0 = performance.now();
      const ours = await drawFromPool(ctx.db, '430483', frozen.poolId, 20_261_128, config, timings);
      const oursSeconds = (performance.now() - t0) / 1000;
      process.stderr.write(
        `draw: phases — pool bytes ${timings.load.toFixed(0)} ms, sampling ${timings.draw.toFixed(0)} ms, member look-up ${timings.members.toFixed(0)} ms\n`,
      );
      const drawn = ours.entityIds.length;
      const expected = ours.draw.strata.reduce((s, x) => s + x.drawn, 0);
      if (drawn !== expected || ours.draw.excluded.whitelisted === 0) {
        throw new Error(`draw returned ${drawn} of ${expected} entities`);
      }
      // Same seed, same pool: the same draw.
      const again = await drawFromPool(ctx.db, '430483', frozen.poolId, 20_261_128, config);
      if (again.entityIds.join() !== ours.entityIds.join()) {
        throw new Error('the same seed gave a different draw');
      }
      process.stderr.write(
        `draw: ${drawn} of ${frozen.size} in ${oursSeconds.toFixed(3)} s (${ours.draw.strata.map((s) => `${s.grade} ${s.drawn}/${s.eligible}`).join(', ')}; whitelisted left out ${ours.draw.excluded.whitelisted})\n`,
      );

      // Anchor: ORDER BY random() LIMIT k for each stratum, over the same pool with the same exclusions.
      const t1 = performance.now();
      let anchorRows = 0;
      for (const s of ours.draw.strata) {
        const grades =
          s.grade === config.ungradedAs ? `(credit_grade = '${s.grade}' OR credit_grade IS NULL)` : `credit_grade = '${s.grade}'`;
        const r = await owner.query(
          `SELECT id FROM entities WHERE region_code = '430483' AND status = 'active' AND NOT whitelisted AND ${grades} ORDER BY random() LIMIT $1`,
          [s.drawn],
        );
        anchorRows += r.rowCount ?? 0;
      }
      const anchorSeconds = (performance.now() - t1) / 1000;
      if (anchorRows !== drawn) {
        throw new Error(`anchor returned ${anchorRows} rows, ours ${drawn}`);
      }
      process.stderr.write(`draw: ORDER BY random() LIMIT per stratum: ${anchorRows} rows in ${anchorSeconds.toFixed(3)} s\n`);
      // The members drawn, checked against a plain join on the key (untimed, after the anchor so as not to
      // change what the anchor finds in the caches).
      const reference = await owner.query<{ entity_id: string }>(
        `SELECT m.entity_id FROM unnest($2::int[]) AS s(seq)
         JOIN draw_pool_members m ON m.region_code = '430483' AND m.pool_id = $1 AND m.seq = s.seq ORDER BY m.seq`,
        [frozen.poolId, Array.from(ours.draw.indices)],
      );
      if (reference.rows.map((r) => r.entity_id).join() !== ours.entityIds.join()) {
        throw new Error('the members drawn differ from those of a plain join on the key');
      }
      return {
        name: 'draw',
        value: oursSeconds,
        unit: 's',
        anchorName: 'order-by-random-limit',
        anchorValue: anchorSeconds,
        anchorUnit: 's',
        ratio: anchorSeconds / oursSeconds,
      };
    } finally {
      await owner.end().catch(() => undefined);
    }
  });
}
