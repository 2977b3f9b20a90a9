import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, type TestEnv } from '../../test/harness';
import {
  DISTRIBUTION_COLUMN,
  distributeDatabase,
  foreignKeyOrder,
  planDistribution,
  REFERENCE_DESPITE_REGION,
  readForeignKeys,
  readTables,
} from './distribute';
import { REFERENCE_TABLES } from './schema';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ empty: true });
});
afterAll(async () => {
  await env.close();
});

describe(`[SCALE] the distribution plan of rouxing db distribute (${dbKind()})`, () => {
  it('derives from the catalogue exactly the reference tables the schema declares, and distributes every other table', async () => {
    const tables = await readTables(env.ctx.db);
    const plan = planDistribution({ tables, foreignKeys: await readForeignKeys(env.ctx.db), current: [], appRoleCanLogin: false });
    expect([...plan.reference].sort()).toEqual([...REFERENCE_TABLES].sort());
    expect(REFERENCE_DESPITE_REGION.every((t) => (REFERENCE_TABLES as readonly string[]).includes(t))).toBe(true);
    expect(plan.distributed.length + plan.reference.length).toBe(tables.length);
    expect(plan.distributed).toContain('cases');
    expect(plan.conflicts).toEqual([]);
  });

  it('takes every table after the tables it references, all tenant tables in one colocation group', async () => {
    const fks = await readForeignKeys(env.ctx.db);
    const plan = planDistribution({ tables: await readTables(env.ctx.db), foreignKeys: fks, current: [], appRoleCanLogin: true });
    const at = new Map(plan.steps.map((s, i) => [s.kind === 'app-role-login' ? '' : s.table, i]));
    for (const fk of fks.filter((f) => f.from !== f.to)) {
      expect(at.get(fk.to), `${fk.to} before ${fk.from}`).toBeLessThan(at.get(fk.from) as number);
    }
    const distributes = plan.steps.filter((s) => s.kind === 'distribute');
    expect(distributes[0]?.colocateWith).toBeNull();
    expect(new Set(distributes.slice(1).map((s) => s.colocateWith))).toEqual(new Set([distributes[0]?.table]));
  });

  it('plans nothing for what is distributed already, colocates a new table with the existing group, and names conflicts', () => {
    const tables = [
      { name: 'regions', hasRegion: false },
      { name: 'users', hasRegion: true },
      { name: 'cases', hasRegion: true },
      { name: 'events', hasRegion: true },
      { name: 'entities', hasRegion: true },
    ];
    const fks = [{ from: 'cases', to: 'entities' }];
    const done = planDistribution({
      tables,
      foreignKeys: fks,
      appRoleCanLogin: true,
      current: [
        { name: 'regions', method: 'reference', column: null, colocationId: 1 },
        { name: 'users', method: 'reference', column: null, colocationId: 1 },
        { name: 'entities', method: 'hash', column: 'region_code', colocationId: 2 },
        { name: 'cases', method: 'hash', column: 'region_code', colocationId: 2 },
      ],
    });
    expect(done.steps).toEqual([{ kind: 'distribute', table: 'events', colocateWith: 'entities' }]);
    const wrong = planDistribution({
      tables,
      foreignKeys: fks,
      appRoleCanLogin: true,
      current: [
        { name: 'users', method: 'hash', column: 'region_code', colocationId: 2 },
        { name: 'entities', method: 'hash', column: 'region_code', colocationId: 2 },
        { name: 'cases', method: 'hash', column: 'region_code', colocationId: 3 },
      ],
    });
    expect(wrong.conflicts).toHaveLength(2);
    expect(wrong.conflicts.join('\n')).toMatch(/users.*参照表[\s\S]*cases.*同置/);
  });

  it('refuses a cycle of foreign keys rather than guessing an order', () => {
    expect(() =>
      foreignKeyOrder(
        ['a', 'b'],
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
        ],
      ),
    ).toThrow(/外键成环/);
  });
});

// On the cluster itself (project server-citus): the run's global set-up migrated and distributed the database
// (test/citus.ts); `rouxing db distribute` again must find nothing to do.
describe.runIf(dbKind() === 'citus')('[SCALE] rouxing db distribute on a Citus cluster (citus)', () => {
  it('a second run changes nothing: no step, no conflict, and every table is distributed as planned', async () => {
    const before = await env.superQuery(
      "SELECT logicalrelid::text AS t, partmethod, colocationid FROM pg_dist_partition WHERE logicalrelid::text NOT LIKE 'pgboss.%' ORDER BY 1",
    );
    const again = await distributeDatabase(process.env.CITUS_URL as string, { dryRun: false });
    expect(again.plan.steps).toEqual([]);
    expect(again.plan.conflicts).toEqual([]);
    expect(again.applied).toBe(0);
    expect(again.workers).toBeGreaterThan(0);
    const after = await env.superQuery(
      "SELECT logicalrelid::text AS t, partmethod, colocationid FROM pg_dist_partition WHERE logicalrelid::text NOT LIKE 'pgboss.%' ORDER BY 1",
    );
    expect(after.rows).toEqual(before.rows);
    const rows = after.rows as { t: string; partmethod: string; colocationid: number }[];
    const hashed = rows.filter((r) => r.partmethod === 'h');
    expect(hashed.map((r) => r.t).sort()).toEqual([...again.plan.distributed].sort());
    expect(new Set(hashed.map((r) => r.colocationid)).size).toBe(1);
    expect(
      rows
        .filter((r) => r.partmethod === 'n')
        .map((r) => r.t)
        .sort(),
    ).toEqual([...again.plan.reference].sort());
    const column = await env.superQuery(
      "SELECT DISTINCT column_to_column_name(logicalrelid, partkey) AS c FROM pg_dist_partition WHERE partmethod = 'h'",
    );
    expect(column.rows).toEqual([{ c: DISTRIBUTION_COLUMN }]);
  });
});
