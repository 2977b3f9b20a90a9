/**
 * `npm run bench -- checkin [--requests N]`: inspection check-ins over HTTP at 50 connections through the
 * platform (session, scope, plan lock, idempotent update, event and audit rows in one transaction, on
 * PostgreSQL). Two anchors, one BENCH line each: bare Fastify answering a JSON POST on the same machine, and
 * pgbench running the same statements a check-in needs (`pgbench-checkin.ts`) at the same concurrency against
 * the same database, as many transactions. Afterwards every acknowledged check-in must be in the database and
 * the event and audit chains must verify. Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a superuser URL).
 */

import { performance as nodePerformance } from 'node:perf_hooks';
import { buildApp, newId, verifyChains } from '@rouxing/server';
import Fastify from 'fastify';
import pg from 'pg';
import { numberArg, withSeededDatabase } from './bench-db';
import { cpuPerOperation, cpuSample, ms } from './cpu';
import { loadInWorker } from './load';
import { pgbenchPlanId, runSameStatements } from './pgbench-checkin';
import type { BenchResult } from './run';

const CONNECTIONS = 50;
/** The role the server's statements run under (packages/server/src/db/database.ts `APP_ROLE`); pgbench sets it too. */
const APP_ROLE = 'rouxing_app';

export async function run(args: string[]): Promise<BenchResult[]> {
  const total = numberArg(args, '--requests', 20_000);
  return withSeededDatabase('checkin', async ({ ctx, url }) => {
    // N approved plans of 市场监管 for the officer, one per request, across the demo entities.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const setup = await ctx.db.query<{ officerId: string; deptId: string }>(
      `SELECT u.id AS "officerId", u.department_id AS "deptId" FROM users u WHERE u.username = 'officer'`,
    );
    const { officerId, deptId } = setup.rows[0] as { officerId: string; deptId: string };
    const entities = (await ctx.db.query<{ id: string }>("SELECT id FROM entities WHERE region_code = '430482' ORDER BY id")).rows.map(
      (r) => r.id,
    );
    // The HTTP run's plans, then pgbench's (ids it can compute: `pgbenchPlanId`), inserted alike.
    const perClient = Math.ceil(total / CONNECTIONS);
    const ids = Array.from({ length: total }, () => newId());
    const pgbenchIds = (set: 0 | 1) => Array.from({ length: perClient * CONNECTIONS }, (_, i) => pgbenchPlanId(i + 1, set));
    const allIds = [...ids, ...pgbenchIds(0), ...pgbenchIds(1)];
    await ctx.db.query(
      `INSERT INTO inspection_plans (region_code, id, department_id, entity_id, type, status, window_from, window_to, created_by, created_by_name,
         approved_by, approved_by_name, approved_at)
       SELECT '430482', p.id, $2, ($3::uuid[])[1 + (p.n % cardinality($3::uuid[]))], 'routine', 'approved', $4::date, $4::date + 7, $5, '基准',
         $5, '基准', now()
       FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, n)`,
      [allIds, deptId, entities, today, officerId],
    );
    await ctx.db.query(
      `INSERT INTO inspection_plan_officers (region_code, plan_id, user_id, display_name, certificate_no, department_name)
       SELECT '430482', id, $2, '张伟', '43048224001', '常宁市市场监督管理局' FROM unnest($1::uuid[]) AS id`,
      [allIds, officerId],
    );
    // Statistics of the seeded database and the new plans, as the tables' owner (the application role's ANALYZE
    // skips them), as autovacuum keeps them on a running server.
    const owner = new pg.Client({ connectionString: url });
    await owner.connect();
    await owner.query('ANALYZE');
    await owner.end();
    const app = await buildApp({ ctx, cookieSecret: Buffer.alloc(32, 3) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'officer', password: 'Rouxing@2026' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const location = { latitude: 26.42, longitude: 112.4, accuracy: 15 };
    const body = JSON.stringify({ location });

    process.stderr.write(`checkin: ${total} requests at ${CONNECTIONS} connections…\n`);
    // The load runs in a worker thread, as pgbench's clients run in threads of their own: the server's event loop is its own.
    const requests = ids.map((id) => ({ method: 'POST', path: `/api/v1/inspections/${id}/check-in`, headers: { cookie }, body }));
    const elu0 = nodePerformance.eventLoopUtilization();
    const cpu0 = cpuSample();
    const ours = await loadInWorker({ port, connections: CONNECTIONS, requests });
    const oursCpu = cpuPerOperation(cpu0, cpuSample(), total);
    const elu = nodePerformance.eventLoopUtilization(elu0);
    await app.close();
    const stored = await ctx.db.query<{ id: string }>(
      'SELECT id FROM inspection_plans WHERE id = ANY($1::uuid[]) AND checked_in_at IS NOT NULL',
      [ids],
    );
    const storedIds = new Set(stored.rows.map((r) => r.id));
    const missing = ours.acknowledged.filter((i) => !storedIds.has(ids[i] as string));
    const events = await ctx.db.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE type = 'inspection.checked_in'");
    process.stderr.write(
      `checkin: ${[...ours.statuses].map(([s, n]) => `${n}×${s}`).join(', ')}; acknowledged ${ours.acknowledged.length}, stored ${storedIds.size}, events ${events.rows[0]?.n}, missing ${missing.length}\n`,
    );
    if (missing.length > 0 || ours.acknowledged.length !== total) {
      throw new Error(`${missing.length} acknowledged check-ins are missing; ${total - ours.acknowledged.length} requests failed`);
    }
    const chains = await verifyChains(ctx.db);
    process.stderr.write(
      `checkin: chains ${chains.ok ? 'intact' : 'BROKEN'} (${chains.eventsChecked} events in ${chains.eventChains} chains, ${chains.auditChecked} audit rows in ${chains.auditChains} chains)\n`,
    );
    if (!chains.ok) {
      throw new Error(`a chain is broken after the check-ins: ${JSON.stringify(chains.broken)}`);
    }

    // Anchor 2: the same statements in pgbench, same concurrency, same database, as many check-ins (on its own plans).
    const session = await ctx.db.query<{ id: string }>(
      'SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1',
      [officerId],
    );
    const sameStatements = {
      url,
      role: APP_ROLE,
      regionCode: '430482',
      sessionId: session.rows[0]?.id as string,
      officerId,
      officerName: '张伟',
      day: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
      location: JSON.stringify(location),
      clients: CONNECTIONS,
      perClient,
    };
    // The issue's anchor (its six steps, each a statement), then the statements the platform now sends (fewer round trips).
    const runPgbench = async (which: 'issue' | 'platform') => {
      process.stderr.write(`checkin: pgbench (${which}), ${perClient * CONNECTIONS} transactions at ${CONNECTIONS} connections…\n`);
      const cpuBefore = cpuSample();
      const result = await runSameStatements(sameStatements, which);
      const cpu = cpuPerOperation(cpuBefore, cpuSample(), perClient * CONNECTIONS);
      const storedByIt = await ctx.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM inspection_plans WHERE id = ANY($1::uuid[]) AND checked_in_at IS NOT NULL',
        [pgbenchIds(which === 'issue' ? 0 : 1)],
      );
      process.stderr.write(
        `checkin: pgbench (${which}) ${result.transactions} transactions (${result.failed} failed), ${result.tps.toFixed(1)} tps; plans checked in ${storedByIt.rows[0]?.n}\n`,
      );
      if (result.failed > 0 || storedByIt.rows[0]?.n !== perClient * CONNECTIONS) {
        throw new Error(`pgbench (${which}) did not check in every plan:\n${result.output}`);
      }
      return { result, cpu };
    };
    const { result: pgbench, cpu: pgbenchCpu } = await runPgbench('issue');
    const { result: platformPgbench, cpu: platformCpu } = await runPgbench('platform');

    // Anchor: bare Fastify, a JSON POST with a path parameter, answered from memory.
    const bare = Fastify({ logger: false });
    bare.post('/api/v1/inspections/:id/check-in', async (req) => ({ id: (req.params as { id: string }).id, ok: true, body: req.body }));
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const barePort = (bare.server.address() as { port: number }).port;
    const anchor = await loadInWorker({ port: barePort, connections: CONNECTIONS, requests });
    await bare.close();
    // CPU per check-in and per pgbench transaction (machine-wide, PostgreSQL's processes, this Node process with its load thread).
    process.stderr.write(
      `checkin cpu: ours ${ms(oursCpu.machine)} ms/request (node ${ms(oursCpu.node)} incl. the load thread, server event loop busy ${(elu.utilization * 100).toFixed(0)}%; postgres ${ms(oursCpu.postgres)}), ` +
        `machine ${oursCpu.busyCores?.toFixed(2) ?? '?'} cores busy; pgbench ${ms(pgbenchCpu.machine)} ms/transaction (machine-wide: its backends and pgbench, ended before the count), ` +
        `machine ${pgbenchCpu.busyCores?.toFixed(2) ?? '?'} cores busy; pgbench of the platform's statements ${ms(platformCpu.machine)} ms/transaction\n`,
    );
    process.stderr.write(
      `checkin p99 ${ours.p99.toFixed(1)} ms (p50 ${ours.p50.toFixed(1)} ms) vs bare-fastify p99 ${anchor.p99.toFixed(1)} ms (p50 ${anchor.p50.toFixed(1)} ms)\n`,
    );
    const unit = `req/s(p99=${ours.p99.toFixed(1)}ms)`;
    return [
      {
        name: 'checkin',
        value: ours.requestsPerSecond,
        unit,
        anchorName: 'bare-fastify',
        anchorValue: anchor.requestsPerSecond,
        anchorUnit: `req/s(p99=${anchor.p99.toFixed(1)}ms)`,
        ratio: ours.requestsPerSecond / anchor.requestsPerSecond,
      },
      {
        name: 'checkin',
        value: ours.requestsPerSecond,
        unit,
        anchorName: 'pgbench-same-statements',
        anchorValue: pgbench.tps,
        anchorUnit: 'tps',
        ratio: ours.requestsPerSecond / pgbench.tps,
      },
      {
        name: 'checkin',
        value: ours.requestsPerSecond,
        unit,
        anchorName: 'pgbench-platform-statements',
        anchorValue: platformPgbench.tps,
        anchorUnit: 'tps',
        ratio: ours.requestsPerSecond / platformPgbench.tps,
      },
    ];
  });
}
