/**
 * Test helpers: a fresh copy of the seeded template database per test file, an application context
 * with a controllable clock, the Fastify app for `inject`, and logins as the demo users.
 * On Citus (CITUS_URL, project server-citus) the one distributed database is reset to the seeded (or the
 * migrated, `empty`) state instead of copied (test/citus.ts): files run one at a time, and a second
 * environment a file opens resets the database under the first.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import { type Config, DEFAULT_SECURITY_POLICY } from '../src/config';
import type { AppContext } from '../src/context';
import { createCodeSigner } from '../src/crypto/code-signer';
import { createFieldCrypto } from '../src/crypto/field-crypto';
import type { Database } from '../src/db/database';
import { openDatabase } from '../src/db/open';
import { createLocalBlobStore } from '../src/storage/blob-store';
import { TEST_DEMO_PASSWORD, TEST_FIELD_KEY } from './constants';
import { type TestDbKind, withDatabase } from './global-setup';

export const dbKind = (): TestDbKind => {
  const kind = process.env.ROUXING_TEST_DB;
  return kind === 'postgres' || kind === 'citus' ? kind : 'pglite';
};

export interface TestEnv {
  ctx: AppContext;
  app: FastifyInstance;
  /** Moves the clock. */
  clock: { now: Date; advance(ms: number): void };
  /** A superuser connection to the same database (to tamper with rows as an attacker with DB access would). */
  superQuery(sql: string, params?: unknown[]): Promise<pg.QueryResult | { rows: unknown[] }>;
  close(): Promise<void>;
}

async function openTestDatabase(
  dataDir: string,
  empty = false,
): Promise<{ db: Database; superQuery: TestEnv['superQuery']; drop: () => Promise<void> }> {
  if (dbKind() === 'pglite') {
    const file = inject('pgliteTemplate');
    const db = await openDatabase({
      dataDir,
      databaseUrl: null,
      inMemory: true,
      ...(empty ? {} : { loadDataDir: new Blob([readFileSync(file)]) }),
    });
    const pglite = (db as Database & { pglite: import('@electric-sql/pglite').PGlite }).pglite;
    const superQuery = async (sql: string, params?: unknown[]) => {
      await pglite.exec('RESET ROLE');
      try {
        return await pglite.query(sql, params);
      } finally {
        await pglite.exec('SET ROLE rouxing_app');
      }
    };
    return { db, superQuery, drop: async () => undefined };
  }
  if (dbKind() === 'citus') {
    const url = process.env.CITUS_URL as string;
    const superPool = new pg.Pool({ connectionString: url, max: 1 });
    superPool.on('error', () => undefined);
    await superPool.query(inject('citusReset')[empty ? 'empty' : 'seeded']);
    const db = await openDatabase({ dataDir, databaseUrl: url });
    return { db, superQuery: (sql, params) => superPool.query(sql, params), drop: () => superPool.end() };
  }
  const url = process.env.TEST_DATABASE_URL as string;
  const name = `rouxing_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  admin.on('error', () => undefined);
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
      break;
    } catch (err) {
      // Another file may be copying the same template at this instant.
      if (attempt > 20) {
        throw err;
      }
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
    }
  }
  const dbUrl = withDatabase(url, name);
  const db = await openDatabase({ dataDir, databaseUrl: dbUrl });
  const superPool = new pg.Pool({ connectionString: dbUrl, max: 1 });
  // The database is dropped WITH (FORCE) at the end; a connection it cuts must not crash the run.
  superPool.on('error', () => undefined);
  return {
    db,
    superQuery: (sql, params) => superPool.query(sql, params),
    drop: async () => {
      await superPool.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    },
  };
}

/** `empty`: a migrated database without the demo seed (a production install before its set-up). */
export async function createTestEnv(opts: { now?: Date; empty?: boolean; trustedProxies?: string[] } = {}): Promise<TestEnv> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rouxing-t-'));
  const { db, superQuery, drop } = await openTestDatabase(dataDir, opts.empty ?? false);
  const clock = {
    now: opts.now ?? new Date('2026-11-28T02:00:00.000Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const config: Config = {
    mode: 'demo',
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: null,
    databaseAdminUrl: null,
    demoPassword: TEST_DEMO_PASSWORD,
    adminPassword: null,
    regionCode: '430482',
    logLevel: 'silent',
    trustedProxies: opts.trustedProxies ?? [],
    security: { ...DEFAULT_SECURITY_POLICY },
  };
  const ctx: AppContext = {
    db,
    config,
    now: () => clock.now,
    fieldCrypto: createFieldCrypto(TEST_FIELD_KEY),
    codeSigner: createCodeSigner(Buffer.alloc(32, 9)),
    blobs: createLocalBlobStore(join(dataDir, 'blobs')),
    log: pino({ level: 'silent' }),
    background: new Set(),
  };
  const app = await buildApp({ ctx, cookieSecret: Buffer.alloc(32, 1) });
  return {
    ctx,
    app,
    clock,
    superQuery,
    async close() {
      await app.close();
      await Promise.allSettled([...ctx.background]);
      await db.close();
      await drop();
    },
  };
}

/** Logs in through the API and returns the Cookie header to send. */
export async function loginAs(app: FastifyInstance, username: string, password = TEST_DEMO_PASSWORD): Promise<string> {
  const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (r.statusCode !== 200) {
    throw new Error(`login ${username} failed: ${r.statusCode} ${r.body}`);
  }
  const set = r.cookies.find((c) => c.name === 'rx_session');
  if (!set) {
    throw new Error('no session cookie');
  }
  return `rx_session=${set.value}`;
}

/** A multipart/form-data body: text fields first, then one file named `file`. */
export function multipartBody(fileName: string, content: Buffer, fields: Record<string, string> = {}, type = 'application/octet-stream') {
  const boundary = '----rouxingtest';
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([...parts, head, content, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}
