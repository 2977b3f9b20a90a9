import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, type TestEnv } from '../../test/harness';
import { APP_ROLE, type Database, runLater } from './database';

let env: TestEnv;
let db: Database;
/** Writes to PostgreSQL's sockets while counting (a server only): one per round trip the client starts. */
let writes = 0;
let counting = false;

beforeAll(async () => {
  env = await createTestEnv({ empty: true });
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
});
