import { DEFAULT_RANDOM_DRAW_CONFIG, type RandomDrawConfig } from '@rouxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, type TestEnv } from '../../test/harness';
import { drawFromPool, snapshotDrawPool } from './draw-pool';

// A region of its own, so the seeded demo entities do not enter the pool.
const REGION = '430483';
const SIZE = 6000;

let env: TestEnv;
let departmentId: string;
beforeAll(async () => {
  env = await createTestEnv();
  await env.superQuery("INSERT INTO regions (code, name, parent_code, level) VALUES ($1, '测试区', '430400', 3) ON CONFLICT DO NOTHING", [
    REGION,
  ]);
  // The bench's mix: A 30%, B 30%, C 20%, D 10%, ungraded 10%; one in twenty whitelisted.
  await env.superQuery(
    `INSERT INTO entities (region_code, id, uscc, name, entity_type, legal_representative, industry_code, address, search_text, search_grams, credit_grade, whitelisted)
     SELECT $1, gen_random_uuid(), '9143' || lpad(g::text, 14, '0'), '测试主体' || g, 'enterprise', '某某', 'H6210', '常宁市', '', '{}',
       (ARRAY['A','A','A','B','B','B','C','C','D',NULL])[1 + (hashint4(g) & 2147483647) % 10], (hashint4(g + 7) & 2147483647) % 20 = 0
     FROM generate_series(1, $2::int) AS g`,
    [REGION, SIZE],
  );
  departmentId = ((await env.superQuery("SELECT id FROM departments WHERE code = 'SCJG'")).rows[0] as { id: string }).id;
});
afterAll(async () => {
  await env.close();
});

const freeze = () => env.ctx.db.transaction((tx) => snapshotDrawPool(tx, REGION, departmentId, '', 2026, env.clock.now.toISOString()));

async function membersBySeq(poolId: string): Promise<string[]> {
  const r = await env.superQuery('SELECT entity_id FROM draw_pool_members WHERE region_code = $1 AND pool_id = $2 ORDER BY seq', [
    REGION,
    poolId,
  ]);
  return (r.rows as { entity_id: string }[]).map((m) => m.entity_id);
}

const withRatio = (r: number): RandomDrawConfig => ({ ...DEFAULT_RANDOM_DRAW_CONFIG, ratios: { A: r, B: r, C: r, D: r } });

describe(`[INSPECTION][DRAW] the drawn members of a frozen pool (${dbKind()})`, () => {
  it('gives the entity at each drawn position, in order, for a small draw (one query) and a large one (two halves)', async () => {
    const frozen = await freeze();
    expect(frozen.size).toBe(SIZE);
    const members = await membersBySeq(frozen.poolId);
    // 5% draws a few hundred (one look-up query); 90% draws over 4,096 (two halves at once).
    for (const ratio of [0.05, 0.9]) {
      const { draw, entityIds } = await drawFromPool(env.ctx.db, REGION, frozen.poolId, 20261128, withRatio(ratio));
      expect(entityIds).toHaveLength(draw.strata.reduce((s, x) => s + x.drawn, 0));
      expect(entityIds).toEqual(Array.from(draw.indices, (i) => members[i]));
      expect(draw.excluded.whitelisted).toBeGreaterThan(0);
      // Same seed, same pool: the same draw.
      const again = await drawFromPool(env.ctx.db, REGION, frozen.poolId, 20261128, withRatio(ratio));
      expect(again.entityIds).toEqual(entityIds);
    }
    expect((await drawFromPool(env.ctx.db, REGION, frozen.poolId, 7, withRatio(0.9))).entityIds.length).toBeGreaterThan(4096);
    expect((await drawFromPool(env.ctx.db, REGION, frozen.poolId, 7, withRatio(0))).entityIds).toEqual([]);
  });

  it('finds members that are not where the layout puts them, and draws the same without a layout', async () => {
    const frozen = await freeze();
    const members = await membersBySeq(frozen.poolId);
    const config = withRatio(0.9);
    const before = await drawFromPool(env.ctx.db, REGION, frozen.poolId, 11, config);
    // Rewriting a row moves it to another place in the table: a drawn member first, then seq 0 (no layout).
    const move = (seq: number) =>
      env.superQuery(
        `WITH d AS (DELETE FROM draw_pool_members WHERE region_code = $1 AND pool_id = $2 AND seq = $3 RETURNING *)
         INSERT INTO draw_pool_members SELECT * FROM d`,
        [REGION, frozen.poolId, seq],
      );
    const ctid = async (seq: number) =>
      (
        (await env.superQuery('SELECT ctid::text AS c FROM draw_pool_members WHERE pool_id = $1 AND seq = $2', [frozen.poolId, seq]))
          .rows[0] as { c: string }
      ).c;
    for (const seq of [before.draw.indices[100] as number, 0]) {
      const was = await ctid(seq);
      await move(seq);
      expect(await ctid(seq)).not.toBe(was);
      const after = await drawFromPool(env.ctx.db, REGION, frozen.poolId, 11, config);
      expect(after.entityIds).toEqual(before.entityIds);
      expect(after.entityIds).toEqual(Array.from(after.draw.indices, (i) => members[i]));
    }
  });

  it('refuses a pool that has lost a member rather than return a shorter draw', async () => {
    const frozen = await freeze();
    const { draw } = await drawFromPool(env.ctx.db, REGION, frozen.poolId, 1, withRatio(0.05));
    await env.superQuery('DELETE FROM draw_pool_members WHERE region_code = $1 AND pool_id = $2 AND seq = $3', [
      REGION,
      frozen.poolId,
      draw.indices[0],
    ]);
    await expect(drawFromPool(env.ctx.db, REGION, frozen.poolId, 1, withRatio(0.05))).rejects.toThrow(/缺少成员/);
  });
});
