import { inJointRateClasses } from '@rouxing/domain';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { recountsStarted } from '../indicators/recount-after-commit';
import { APP_ROLE, type Database, runLater } from './database';

let env: TestEnv;
let db: Database;
/** Writes to PostgreSQL's sockets while counting (a server only): one per round trip the client starts. */
let writes = 0;
let counting = false;

beforeAll(async () => {
  env = await createTestEnv();
  db = env.ctx.db;
  // A schema of its own: on Citus the test files share one database, whose public tables the schema tests check.
  await env.superQuery('DROP SCHEMA IF EXISTS pipeline_test CASCADE');
  await env.superQuery('CREATE SCHEMA pipeline_test');
  await env.superQuery('CREATE TABLE pipeline_test.probe (n int PRIMARY KEY)');
  await env.superQuery(`GRANT USAGE ON SCHEMA pipeline_test TO ${APP_ROLE}`);
  await env.superQuery(`GRANT SELECT, INSERT ON pipeline_test.probe TO ${APP_ROLE}`);
  const pool = (db as Database & { pool?: pg.Pool }).pool;
  const patched = new WeakSet<object>();
  pool?.on('acquire', (client) => {
    const socket = (client as pg.PoolClient & { connection: { stream: Record<string, (...a: unknown[]) => unknown> } }).connection.stream;
    if (patched.has(socket)) {
      return;
    }
    patched.add(socket);
    for (const name of ['_write', '_writev']) {
      const original = socket[name] as (...a: unknown[]) => unknown;
      socket[name] = function (this: unknown, ...args: unknown[]) {
        if (counting) {
          writes++;
        }
        return original.apply(this, args);
      };
    }
  });
});
afterAll(async () => {
  await env.superQuery('DROP SCHEMA pipeline_test CASCADE');
  await env.close();
});

async function probe(): Promise<number[]> {
  const r = await env.superQuery('SELECT coalesce(array_agg(n ORDER BY n), ARRAY[]::int[]) AS ns FROM pipeline_test.probe');
  return (r.rows[0] as { ns: number[] }).ns;
}

async function counted<T>(fn: () => Promise<T>): Promise<{ result?: T; error?: unknown; writes: number }> {
  writes = 0;
  counting = true;
  try {
    return { result: await fn(), writes };
  } catch (error) {
    return { error, writes };
  } finally {
    counting = false;
  }
}

describe(`[DB] a transaction's statements sent with the next (${dbKind()})`, () => {
  it('runs the later statements in order before the next statement, and commits the last with the transaction', async () => {
    await env.superQuery('TRUNCATE pipeline_test.probe');
    const run = await counted(() =>
      db.transaction(async (tx) => {
        await runLater(tx, 'INSERT INTO pipeline_test.probe VALUES ($1)', [1]);
        await runLater(tx, 'INSERT INTO pipeline_test.probe VALUES ($1)', [2]);
        const seen = await tx.query<{ ns: number[] }>('SELECT array_agg(n ORDER BY n) AS ns FROM pipeline_test.probe');
        await runLater(tx, 'INSERT INTO pipeline_test.probe VALUES ($1)', [3]);
        return seen.rows[0]?.ns;
      }),
    );
    expect(run.error).toBeUndefined();
    expect(run.result).toEqual([1, 2]);
    expect(await probe()).toEqual([1, 2, 3]);
    // On a server: BEGIN, the two inserts and the SELECT in one write; the third insert with COMMIT in another.
    if (dbKind() !== 'pglite') {
      expect(run.writes).toBe(2);
    }
  });

  it("fails the next statement with a later statement's own error, and writes nothing of the transaction", async () => {
    await env.superQuery('TRUNCATE pipeline_test.probe');
    await env.superQuery('INSERT INTO pipeline_test.probe VALUES (1)');
    const run = await counted(() =>
      db.transaction(async (tx) => {
        await runLater(tx, 'INSERT INTO pipeline_test.probe VALUES ($1)', [4]);
        await runLater(tx, 'INSERT INTO pipeline_test.probe VALUES ($1)', [1]);
        await tx.query('SELECT 1');
      }),
    );
    expect((run.error as { code?: string }).code).toBe('23505');
    expect(await probe()).toEqual([1]);
  });

  it('fails the transaction when the statement sent with COMMIT fails, and writes nothing of it', async () => {
    await env.superQuery('TRUNCATE pipeline_test.probe');
    await env.superQuery('INSERT INTO pipeline_test.probe VALUES (1)');
    const run = await counted(() =>
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO pipeline_test.probe VALUES ($1)', [5]);
        await runLater(tx, 'INSERT INTO pipeline_test.probe VALUES ($1)', [1]);
        return 'committed';
      }),
    );
    expect(run.result).toBeUndefined();
    expect((run.error as { code?: string }).code).toBe('23505');
    expect(await probe()).toEqual([1]);
    // The client is usable again: the failed transaction was rolled back.
    expect((await db.transaction((tx) => tx.query<{ n: number }>('SELECT 2 AS n'))).rows).toEqual([{ n: 2 }]);
  });

  it('sends nothing for a transaction that runs no statement, and one write for one that runs one', async () => {
    const none = await counted(() => db.transaction(async () => 'nothing'));
    expect(none.result).toBe('nothing');
    const one = await counted(() => db.transaction((tx) => tx.query<{ n: number }>('SELECT 3 AS n')));
    expect(one.result?.rows).toEqual([{ n: 3 }]);
    if (dbKind() !== 'pglite') {
      expect(none.writes).toBe(0);
      // BEGIN with the SELECT, then COMMIT.
      expect(one.writes).toBe(2);
    }
  });

  it('checks a plan in with 4 round trips: the session; BEGIN, lock and read; update, chain locks and heads; inserts and COMMIT', async () => {
    const cookie = await loginAs(env.app, 'officer');
    const officer = (await env.superQuery("SELECT id, region_code, department_id FROM users WHERE username = 'officer'")).rows[0] as {
      id: string;
      region_code: string;
      department_id: string;
    };
    // An entity outside the 综合查一次 classes: its lone plan's check-in recounts no month, so nothing runs beside it.
    const entities = (
      await env.superQuery('SELECT id, industry_code FROM entities WHERE region_code = $1 ORDER BY id', [officer.region_code])
    ).rows as { id: string; industry_code: string }[];
    const entity = entities.find((e) => !inJointRateClasses(e.industry_code));
    expect(entity, 'the demo region has an entity outside the classes').toBeDefined();
    const plan = await env.superQuery(
      `INSERT INTO inspection_plans (region_code, id, department_id, entity_id, type, status, window_from, window_to, created_by, created_by_name)
       VALUES ($1, gen_random_uuid(), $2, $3, 'routine', 'approved', '2026-11-28', '2026-12-05', $4, '张伟') RETURNING id`,
      [officer.region_code, officer.department_id, entity?.id, officer.id],
    );
    const id = (plan.rows[0] as { id: string }).id;
    await env.superQuery(
      `INSERT INTO inspection_plan_officers (region_code, plan_id, user_id, display_name, certificate_no, department_name)
       VALUES ($1, $2, $3, '张伟', '43048224001', '常宁市市场监督管理局')`,
      [officer.region_code, id, officer.id],
    );
    const recounts = recountsStarted(db);
    const run = await counted(() =>
      env.app.inject({
        method: 'POST',
        url: `/api/v1/inspections/${id}/check-in`,
        headers: { cookie },
        payload: { location: { latitude: 26.42, longitude: 112.4, accuracy: 15 } },
      }),
    );
    expect(run.result?.statusCode).toBe(200);
    expect(run.result?.json()).toMatchObject({ id, status: 'checked_in', revision: 2 });
    expect(recountsStarted(db)).toBe(recounts);
    const stored = await env.superQuery('SELECT status, revision FROM inspection_plans WHERE region_code = $1 AND id = $2', [
      officer.region_code,
      id,
    ]);
    expect(stored.rows).toEqual([{ status: 'checked_in', revision: 2 }]);
    const events = await env.superQuery(
      "SELECT count(*)::int AS n FROM events WHERE region_code = $1 AND aggregate_type = 'inspection' AND aggregate_id = $2",
      [officer.region_code, id],
    );
    expect(events.rows).toEqual([{ n: 1 }]);
    if (dbKind() !== 'pglite') {
      expect(run.writes).toBe(4);
    }
  });
});
