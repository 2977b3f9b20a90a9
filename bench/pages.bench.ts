/**
 * `npm run bench -- pages [--scale F] [--requests N] [--users 20] [--keep]`: what officers use daily, over HTTP at 20
 * concurrent users, on a province's data (issue 15 item 4): `generateProvince` (bench/generate.ts) writes
 * 7,000,000 × F entities, 10,000,000 × F inspection plans and 2,000,000 × F cases with their events into a demo-seeded
 * PostgreSQL database of its own, VACUUM ANALYZE (a database in use has been vacuumed: its visibility map lets a count read
 * an index alone), then the demo county's officers (several sessions each) cycle six requests:
 * entity search by name fragment and by USCC, the case list with a filter, a case's detail with its events, the
 * inspection list, the 待办 list. p50/p95 per page on stderr; one BENCH line: the worst page's p95 against the 200 ms
 * target.
 * With CITUS_URL (a coordinator superuser URL; workers in CITUS_WORKERS, default 127.0.0.1:9701,127.0.0.1:9702): a
 * database of its own on every node (`pagesbench`), migrated, `rouxing db distribute`d, the same rows copied in
 * from the PostgreSQL database (COPY out, COPY in, table by table), VACUUM ANALYZE, the same load. Its BENCH line's anchor
 * is 1.5 × PostgreSQL's measured worst p95 (the issue's bar for the 3-node cluster).
 * Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a superuser URL). The databases are dropped at the end unless --keep.
 */
import { pipeline } from 'node:stream/promises';
import { type AppContext, buildApp, distributeDatabase } from '@rouxing/server';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { benchContext, keptDataDir, numberArg, withSeededDatabase } from './bench-db';
import { generateProvince } from './generate';
import { loadInWorker } from './load';
import type { BenchResult } from './run';

const REGION = '430482';
const TARGET_MS = 200;
/** The demo county's officers (three departments); each logs in several times for the concurrent sessions. */
const OFFICERS = ['officer', 'officer2', 'officer6', 'officer4', 'officer5', 'officer3'];
const PAGES = ['entity-by-name', 'entity-by-uscc', 'case-list', 'case-detail', 'inspection-list', 'todo'] as const;
const CASE_FILTERS = ['', '&state=commitment_pending', '&state=archived', '&state=completed'];
const PLAN_FILTERS = ['', '&status=completed', '&status=approved'];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
};
const log = (s: string) => process.stderr.write(`pages: ${s}\n`);

async function login(port: number, username: string): Promise<string> {
  const r = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Rouxing@2026' }),
  });
  if (r.status !== 200) {
    throw new Error(`pages: login of ${username} answered ${r.status}: ${await r.text()}`);
  }
  return (r.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

export interface PageFigures {
  page: (typeof PAGES)[number];
  p50: number;
  p95: number;
  n: number;
}

/** 20 sessions cycling the six pages over HTTP against `ctx`'s database; p50/p95 per page. */
async function measure(ctx: AppContext, label: string, users: number, requests: number): Promise<PageFigures[]> {
  const q = <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => ctx.db.query<T>(sql, params);
  // What officers look for: entities of the county (a fragment of the name after the county's prefix; the USCC), the cases of their department.
  const sample = (
    await q<{ name: string; uscc: string }>(`SELECT name, uscc FROM entities WHERE region_code = $1 ORDER BY md5(id::text) LIMIT 200`, [
      REGION,
    ])
  ).rows;
  const fragments = sample.map((e) => e.name.replace(/^常宁市/, '').slice(0, 2));
  const app = await buildApp({ ctx, cookieSecret: Buffer.alloc(32, 7) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  try {
    const sessions: { cookie: string; caseIds: string[] }[] = [];
    const casesOf = new Map<string, string[]>();
    for (let k = 0; k < users; k++) {
      const username = OFFICERS[k % OFFICERS.length] as string;
      const dept = (await q<{ d: string }>(`SELECT department_id AS d FROM users WHERE username = $1`, [username])).rows[0]?.d as string;
      if (!casesOf.has(dept)) {
        casesOf.set(
          dept,
          (
            await q<{ id: string }>(`SELECT id FROM cases WHERE region_code = $1 AND department_id = $2 ORDER BY md5(id::text) LIMIT 100`, [
              REGION,
              dept,
            ])
          ).rows.map((r) => r.id),
        );
      }
      sessions.push({ cookie: await login(port, username), caseIds: casesOf.get(dept) ?? [] });
    }
    const request = (i: number) => {
      const s = sessions[i % users] as (typeof sessions)[number];
      const round = Math.floor(i / users);
      const page = PAGES[round % PAGES.length] as (typeof PAGES)[number];
      const n = Math.floor(round / PAGES.length) + (i % users);
      const pick = <T>(xs: readonly T[]) => xs[n % xs.length] as T;
      const path =
        page === 'entity-by-name'
          ? `/api/v1/entities?q=${encodeURIComponent(pick(fragments))}&page=1&pageSize=20`
          : page === 'entity-by-uscc'
            ? `/api/v1/entities?q=${pick(sample).uscc}&page=1&pageSize=20`
            : page === 'case-list'
              ? `/api/v1/cases?page=1&pageSize=20${pick(CASE_FILTERS)}`
              : page === 'case-detail'
                ? `/api/v1/cases/${pick(s.caseIds)}`
                : page === 'inspection-list'
                  ? `/api/v1/inspections?page=1&pageSize=20${pick(PLAN_FILTERS)}`
                  : '/api/v1/todo';
      return { method: 'GET', path, headers: { cookie: s.cookie } };
    };
    const pageOf = (i: number) => PAGES[Math.floor(i / users) % PAGES.length] as (typeof PAGES)[number];
    // The load runs in a worker thread (loadInWorker): the server's event loop is its own.
    const planned = (n: number) => Array.from({ length: n }, (_x, i) => request(i));
    // Warm-up: one round of every page per session (connection pools, plan caches), not counted.
    await loadInWorker({ port, connections: users, requests: planned(users * PAGES.length) });
    const r = await loadInWorker({ port, connections: users, requests: planned(requests) });
    const failed = [...r.statusOf].map((s, i) => ({ s, i })).filter((x) => x.s < 200 || x.s >= 300);
    if (failed.length > 0) {
      const f = failed[0] as { s: number; i: number };
      throw new Error(`pages(${label}): ${failed.length} requests failed, e.g. ${request(f.i).path} → ${f.s}`);
    }
    log(`${label}: ${requests} requests at ${users} users in ${r.seconds.toFixed(1)} s (${r.requestsPerSecond.toFixed(0)} req/s)`);
    return PAGES.map((page) => {
      const xs = [...r.latencies].filter((_x, i) => pageOf(i) === page);
      return { page, p50: pct(xs, 0.5), p95: pct(xs, 0.95), n: xs.length };
    });
  } finally {
    await app.close();
  }
}

function table(label: string, figures: PageFigures[]): void {
  log(`${label}: page               p50 ms    p95 ms   requests`);
  for (const f of figures) {
    log(`${label}: ${f.page.padEnd(18)} ${f.p50.toFixed(1).padStart(7)} ${f.p95.toFixed(1).padStart(9)} ${String(f.n).padStart(9)}`);
  }
}

const worst = (figures: PageFigures[]) => figures.reduce((a, b) => (b.p95 > a.p95 ? b : a));

/** The database's size; on Citus the distributed and reference tables' over every node. */
async function sizeOf(url: string, citus = false): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const sql = citus
      ? `SELECT pg_size_pretty(sum(citus_total_relation_size(logicalrelid))::bigint) AS s FROM pg_dist_partition`
      : `SELECT pg_size_pretty(pg_database_size(current_database())) AS s`;
    return (await c.query<{ s: string }>(sql)).rows[0]?.s ?? '?';
  } finally {
    await c.end();
  }
}

/** The public tables with rows in `source`, in foreign-key order (what references comes first). */
async function tablesToCopy(source: pg.Client): Promise<string[]> {
  const r = await source.query<{ t: string; deps: string[] }>(
    `SELECT c.relname::text AS t,
       coalesce(array_agg(DISTINCT f.relname::text) FILTER (WHERE f.relname IS NOT NULL AND f.relname <> c.relname), '{}'::text[]) AS deps
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f' LEFT JOIN pg_class f ON f.oid = k.confrelid
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') GROUP BY c.relname`,
  );
  const deps = new Map(r.rows.map((x) => [x.t, x.deps]));
  const out: string[] = [];
  const visit = (t: string) => {
    if (out.includes(t)) {
      return;
    }
    for (const d of deps.get(t) ?? []) {
      visit(d);
    }
    out.push(t);
  };
  for (const t of [...deps.keys()].sort()) {
    visit(t);
  }
  return out;
}

/** The same data on Citus: a database of its own on every node, migrated, distributed, the PostgreSQL rows copied in. */
async function onCitus(
  sourceUrl: string,
  o: { users: number; requests: number; keep: boolean; dataDir: string },
): Promise<{ figures: PageFigures[]; seconds: number; size: string }> {
  const coordinator = new URL(process.env.CITUS_URL as string);
  const workers = (process.env.CITUS_WORKERS ?? '127.0.0.1:9701,127.0.0.1:9702').split(',');
  const name = 'pagesbench';
  const nodeUrl = (hostPort: string | null, db: string) => {
    const u = new URL(coordinator.toString());
    if (hostPort) {
      const [h, p] = hostPort.split(':');
      u.hostname = h as string;
      u.port = p as string;
    }
    u.pathname = `/${db}`;
    return u.toString();
  };
  const nodes = [null, ...workers];
  const onNode = async (hostPort: string | null, db: string, fn: (c: pg.Client) => Promise<void>) => {
    const c = new pg.Client({ connectionString: nodeUrl(hostPort, db) });
    await c.connect();
    try {
      await fn(c);
    } finally {
      await c.end();
    }
  };
  const drop = async () => {
    for (const n of nodes) {
      await onNode(n, 'postgres', (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined));
    }
  };
  await drop();
  for (const n of nodes) {
    await onNode(n, 'postgres', (c) => c.query(`CREATE DATABASE ${name}`).then(() => undefined));
    await onNode(n, name, (c) => c.query('CREATE EXTENSION citus').then(() => undefined));
  }
  const url = nodeUrl(null, name);
  await onNode(null, name, async (c) => {
    await c.query(`SELECT citus_set_coordinator_host($1, $2)`, [coordinator.hostname, Number(coordinator.port || 5432)]);
    for (const w of workers) {
      const [h, p] = w.split(':');
      await c.query(`SELECT citus_add_node($1, $2)`, [h, Number(p)]);
    }
  });
  let ctx: AppContext | null = null;
  try {
    // The PostgreSQL database's key folder: the copied personal data is encrypted with its keys.
    ctx = await benchContext(url, o.dataDir);
    const d = await distributeDatabase(url, { dryRun: false });
    log(`citus: distributed (${d.plan.distributed.length} distributed, ${d.plan.reference.length} reference tables)`);
    const t0 = performance.now();
    const source = new pg.Client({ connectionString: sourceUrl });
    const target = new pg.Client({ connectionString: url });
    await source.connect();
    await target.connect();
    try {
      const tables = await tablesToCopy(source);
      // What the migrations wrote (catalogues, calendars) comes again with the copy.
      await target.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} CASCADE`);
      for (const t of tables) {
        const n = (await source.query<{ n: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${t}") AS n`)).rows[0]?.n;
        if (!n) {
          continue;
        }
        const ts = performance.now();
        await pipeline(source.query(copyTo(`COPY "${t}" TO STDOUT`)), target.query(copyFrom(`COPY "${t}" FROM STDIN`)));
        const secs = (performance.now() - ts) / 1000;
        if (secs > 5) {
          log(`citus: copied ${t} in ${secs.toFixed(1)} s`);
        }
      }
      await target.query('VACUUM ANALYZE');
    } finally {
      await source.end();
      await target.end();
    }
    const seconds = (performance.now() - t0) / 1000;
    log(`citus: the PostgreSQL rows copied in and analysed in ${seconds.toFixed(1)} s`);
    const size = await sizeOf(url, true);
    const figures = await measure(ctx, 'citus', o.users, o.requests);
    return { figures, seconds, size };
  } finally {
    await ctx?.db.close().catch(() => undefined);
    if (!o.keep) {
      await drop().catch(() => undefined);
    }
  }
}

export async function run(args: string[]): Promise<BenchResult[]> {
  const scale = numberArg(args, '--scale', 1);
  const users = numberArg(args, '--users', 20);
  const requests = numberArg(args, '--requests', 6000);
  const keep = args.includes('--keep');
  const at = args.indexOf('--database');
  const existing = at >= 0 ? args[at + 1] : undefined;
  if (!(scale > 0) || !(users > 0) || !(requests >= users * PAGES.length)) {
    throw new Error('pages: --scale 应大于0，--users 应大于0，--requests 应不少于 users × 6');
  }
  const results: BenchResult[] = [];
  const body = async ({ ctx, url, dataDir }: { ctx: AppContext; url: string; dataDir: string }, generate: boolean) => {
    if (generate) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const t0 = performance.now();
        const p = await generateProvince(client, { scale, region: REGION, log });
        const genSeconds = (performance.now() - t0) / 1000;
        const ta = performance.now();
        // As the superuser: the application role owns no table, and its VACUUM skips them all.
        await client.query('VACUUM ANALYZE');
        log(
          `postgresql: scale ${scale}: ${p.entities} entities (${p.regionEntities} in ${REGION}), ${p.plans} inspection plans ` +
            `(${p.planOfficers} officers), ${p.cases} cases, ${p.events} case events; generated in ${genSeconds.toFixed(0)} s, ` +
            `VACUUM ANALYZE ${((performance.now() - ta) / 1000).toFixed(0)} s; database ${await sizeOf(url)}`,
        );
      } finally {
        await client.end();
      }
    }
    const pgFigures = await measure(ctx, 'postgresql', users, requests);
    table('postgresql', pgFigures);
    const w = worst(pgFigures);
    results.push({
      name: 'pages-postgresql',
      value: w.p95,
      unit: `ms(worst-p95:${w.page};scale=${generate ? scale : 'kept'};users=${users})`,
      anchorName: 'target',
      anchorValue: TARGET_MS,
      anchorUnit: 'ms(p95)',
      ratio: TARGET_MS / w.p95,
    });
    if (process.env.CITUS_URL) {
      const c = await onCitus(url, { users, requests, keep, dataDir });
      table('citus', c.figures);
      log(`citus: tables ${c.size} over the nodes`);
      const cw = worst(c.figures);
      results.push({
        name: 'pages-citus',
        value: cw.p95,
        unit: `ms(worst-p95:${cw.page};scale=${generate ? scale : 'kept'};users=${users})`,
        anchorName: '1.5x-postgresql',
        anchorValue: 1.5 * w.p95,
        anchorUnit: 'ms(p95)',
        ratio: (1.5 * w.p95) / cw.p95,
      });
    }
  };
  if (existing) {
    // A database kept by an earlier `--keep` run: measured again as it is (e.g. after an index change).
    const dataDir = keptDataDir(new URL(existing).pathname.slice(1));
    const ctx = await benchContext(existing, dataDir);
    try {
      await body({ ctx, url: existing, dataDir }, false);
    } finally {
      await ctx.db.close();
    }
  } else {
    await withSeededDatabase('pages', (env) => body(env, true), { keep });
  }
  return results;
}
