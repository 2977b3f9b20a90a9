import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { PERSON_START } from '../../test/party-steps';
import { buildApp } from '../app';
import type { Database } from './database';
import { openDatabase } from './open';

/**
 * Issue 15 item 3 on the cluster itself (project server-citus): what an officer does all day is routed to one
 * shard group. A second app on the same database runs every statement with `citus.multi_task_query_log_level =
 * error`, so Citus refuses any statement that would go to more than one shard (a router or reference-only plan
 * passes) and the request answers 500. The login (by user name, before the region is known) is done on the
 * harness's ordinary app; the session it makes is looked up by the strict one on every request.
 */
describe.runIf(dbKind() === 'citus')('[SCALE] an officer’s daily requests go to one shard group (citus)', () => {
  let env: TestEnv;
  let strictDb: Database;
  let strict: FastifyInstance;
  let cookie: string;

  beforeAll(async () => {
    env = await createTestEnv();
    cookie = await loginAs(env.app, 'officer');
    strictDb = await openDatabase({ dataDir: env.ctx.config.dataDir, databaseUrl: process.env.CITUS_URL as string });
    const pool = (strictDb as Database & { pool: pg.Pool }).pool;
    // Every connection of the pool, the one already open and each new one, refuses multi-shard statements.
    pool.on('connect', (client) => {
      client.query("SET citus.multi_task_query_log_level = 'error'").catch(() => undefined);
    });
    const open = await pool.connect();
    await open.query("SET citus.multi_task_query_log_level = 'error'");
    open.release();
    strict = await buildApp({ ctx: { ...env.ctx, db: strictDb }, cookieSecret: Buffer.alloc(32, 1) });
  });
  afterAll(async () => {
    await strict?.close();
    await strictDb?.close();
    await env?.close();
  });

  it('the control: a statement over every region is refused on the strict connections, the open one and new ones', async () => {
    // Five at once: each takes a connection of its own, so four or more are opened for them.
    const tries = await Promise.allSettled(Array.from({ length: 5 }, () => strictDb.query('SELECT count(*) FROM cases')));
    expect(tries.map((t) => t.status)).toEqual(Array(5).fill('rejected'));
    for (const t of tries) {
      expect(String((t as PromiseRejectedResult).reason)).toMatch(/multi-task|multi-shard|multiple shards/i);
    }
  });

  it('the session look-up, a case started, the case list with and without a filter, the case with its events, the entity searches, the inspection list and the 待办 list', async () => {
    const me = await strict.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode, me.body).toBe(200);
    const pick = async (sql: string, params: unknown[]) => ((await env.superQuery(sql, params)).rows[0] as Record<string, string>) ?? {};
    // The demo seed has no case: the officer starts one, through the strict app too.
    const started = await strict.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie },
      payload: { ...PERSON_START, person: { name: '李四', idNumber: '430482199001011236', phone: '13812345678' } },
    });
    expect(started.statusCode, started.body).toBe(201);
    const aCase = { id: started.json().id as string };
    const anEntity = await pick("SELECT uscc, name FROM entities WHERE region_code = '430482' AND uscc IS NOT NULL LIMIT 1", []);
    expect(aCase.id).toBeTruthy();
    expect(anEntity.uscc).toBeTruthy();
    const urls = [
      '/api/v1/cases?page=1&pageSize=20',
      '/api/v1/cases?page=1&pageSize=20&state=archived',
      `/api/v1/cases/${aCase.id}`,
      `/api/v1/entities?q=${anEntity.uscc}&page=1&pageSize=20`,
      `/api/v1/entities?q=${encodeURIComponent((anEntity.name as string).slice(0, 2))}&page=1&pageSize=20`,
      '/api/v1/inspections?page=1&pageSize=20',
      '/api/v1/inspections?page=1&pageSize=20&status=completed',
      '/api/v1/todo',
    ];
    for (const url of urls) {
      const r = await strict.inject({ method: 'GET', url, headers: { cookie } });
      expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
    }
  });
});
