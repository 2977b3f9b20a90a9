/**
 * The crash suite (issue 13; SECURITY.md "Reliability": an acknowledged write survives a crash, kill -9 of the
 * server under write load loses no acknowledged record and leaves no half-done case). The real server —
 * `rouxing start`, a child process on a temporary data folder, on the embedded PGlite or (the server-pg run)
 * on a fresh PostgreSQL database — takes case starts over HTTP from several connections, is killed with
 * SIGKILL in the middle, and is started again. Then every case acknowledged with 201 is there, every case
 * has its event, every case event its case and every person entered its case, and `rouxing verify` passes the hash chains.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths';

const BIN = join(REPO_ROOT, 'packages/cli/bin/rouxing.mjs');
const PASSWORD = 'Rouxing@2026';
const PG_URL = process.env.TEST_DATABASE_URL;
const onPostgres = process.env.ROUXING_TEST_DB === 'postgres';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A valid 18-digit ID number (GB 11643-1999 check digit) for the n-th person. */
function idNumber(n: number): string {
  const body = `43048219${String(70 + Math.floor(n / 3000)).padStart(2, '0')}0101${String(n % 1000).padStart(3, '0')}`.slice(0, 17);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (w[i] as number), 0);
  return body + ('10X98765432'[sum % 11] as string);
}

function start(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [BIN, 'start'], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function waitReady(base: string, child: ChildProcess, log: string[]): Promise<void> {
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  const until = Date.now() + 150_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) {
      throw new Error(`server exited ${child.exitCode}: ${log.join('')}`);
    }
    try {
      if ((await fetch(`${base}/api/v1/reference/regions`)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready: ${log.join('')}`);
}

async function loginCookie(base: string, username: string): Promise<string> {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(r.status).toBe(200);
  return (r.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

/** Starts cases from `connections` loops until the server dies; the ids it acknowledged (201). */
async function caseLoad(base: string, cookie: string, connections: number, acknowledged: string[], log: string[]): Promise<void> {
  let n = 0;
  const loop = async () => {
    for (;;) {
      const i = n++;
      try {
        const r = await fetch(`${base}/api/v1/cases`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({
            partyKind: 'person',
            facts: '驾驶货车未按规定随车携带道路运输证',
            legalBasis: '《中华人民共和国道路运输条例》第六十八条',
            person: { name: `当事人${i}`, idNumber: idNumber(i), phone: '13812345678' },
          }),
        });
        if (r.status === 201) {
          acknowledged.push(((await r.json()) as { id: string }).id);
        } else {
          expect.fail(`case start answered ${r.status}: ${await r.text()}\n${log.join('').slice(-3000)}`);
        }
      } catch (err) {
        if (String((err as Error).message).startsWith('case start')) {
          throw err;
        }
        return; // the connection died with the server: not acknowledged
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
}

type Sql = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** Opens the stopped server's database: the data folder's PGlite, or the PostgreSQL database. */
async function withDb<T>(dataDir: string, dbUrl: string | null, f: (q: Sql) => Promise<T>): Promise<T> {
  if (dbUrl) {
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      return await f((sql) => c.query(sql));
    } finally {
      await c.end();
    }
  }
  const db = await PGlite.create({ dataDir: join(dataDir, 'pglite') });
  try {
    return await f((sql) => db.query(sql) as Promise<{ rows: Record<string, unknown>[] }>);
  } finally {
    await db.close();
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) {
    return;
  }
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

describe.runIf(!onPostgres || PG_URL)(`[RELIABILITY][CRASH] kill -9 under write load (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  it('keeps every acknowledged case start, leaves no half-written case, and verify passes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rouxing-crash-'));
    let dbUrl: string | null = null;
    let admin: pg.Client | null = null;
    const name = `rouxing_crash_${process.pid}`;
    if (onPostgres) {
      admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      const u = new URL(PG_URL as string);
      u.pathname = `/${name}`;
      dbUrl = u.toString();
    }
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      ROUXING_DATA_DIR: dataDir,
      ROUXING_DEMO_PASSWORD: PASSWORD,
      ROUXING_SKIP_WEB: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
    };
    const log: string[] = [];
    try {
      const first = start(env);
      await waitReady(base, first, log);
      const cookie = await loginCookie(base, 'officer3');
      const acknowledged: string[] = [];
      const load = caseLoad(base, cookie, 8, acknowledged, log);
      // Kill mid-load: once some cases are acknowledged, with requests still in flight.
      while (acknowledged.length < 25) {
        await new Promise((r) => setTimeout(r, 20));
      }
      first.kill('SIGKILL');
      await load;
      expect(acknowledged.length).toBeGreaterThanOrEqual(25);

      const second = start(env);
      await waitReady(base, second, log);
      const again = await loginCookie(base, 'officer3');
      const missing: string[] = [];
      for (const id of acknowledged) {
        const r = await fetch(`${base}/api/v1/cases/${id}`, { headers: { cookie: again } });
        if (r.status !== 200) {
          missing.push(`${id}: ${r.status}`);
        }
      }
      expect(missing, 'acknowledged cases lost in the crash').toEqual([]);
      await stop(second);

      const halves = await withDb(dataDir, dbUrl, async (q) => ({
        casesWithoutEvent: (
          await q(
            "SELECT c.id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.aggregate_type = 'case' AND e.aggregate_id = c.id::text)",
          )
        ).rows,
        eventsWithoutCase: (
          await q(
            "SELECT e.aggregate_id FROM events e WHERE e.aggregate_type = 'case' AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id::text = e.aggregate_id)",
          )
        ).rows,
        personsWithoutCase: (
          await q("SELECT p.id FROM persons p WHERE p.name LIKE '当事人%' AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_id = p.id)")
        ).rows,
      }));
      expect(halves).toEqual({ casesWithoutEvent: [], eventsWithoutCase: [], personsWithoutCase: [] });

      const verify = spawnSync(process.execPath, [BIN, 'verify'], {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(verify.status, verify.stdout + verify.stderr).toBe(0);
      expect(verify.stdout).toContain('校验通过');
    } finally {
      if (admin) {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
        await admin.end();
      }
    }
  }, 400_000);
});
