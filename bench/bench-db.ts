/**
 * What the PostgreSQL benchmarks share: a numeric option, and a fresh database of their own (created from
 * BENCH_DATABASE_URL or TEST_DATABASE_URL, a superuser URL) migrated and demo-seeded through the product,
 * dropped afterwards whatever happens.
 */

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppContext, createContext, DEFAULT_SECURITY_POLICY, seed } from '@rouxing/server';
import pg from 'pg';

export function numberArg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

export const benchBaseUrl = () =>
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A demo-mode context on `url` (migrated on open), its keys in `dataDir`. */
export function benchContext(url: string, dataDir: string): Promise<AppContext> {
  return createContext({
    config: {
      mode: 'demo',
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: url,
      databaseAdminUrl: url,
      demoPassword: 'Rouxing@2026',
      adminPassword: null,
      regionCode: '430482',
      logLevel: 'warn',
      trustedProxies: [],
      security: { ...DEFAULT_SECURITY_POLICY },
    },
  });
}

/** Where a kept database's keys stay (the personal data in it is encrypted with them). */
export const keptDataDir = (database: string) => join(tmpdir(), `rouxing-bench-${database}`);

/**
 * Runs `fn` on a new, migrated, demo-seeded database named after `label`; closes and drops it afterwards. With
 * `keep`, the database and its key folder (`keptDataDir`) stay for a later run on it.
 */
export async function withSeededDatabase<T>(
  label: string,
  fn: (env: { ctx: AppContext; url: string; dataDir: string }) => Promise<T>,
  o: { keep?: boolean } = {},
): Promise<T> {
  const base = benchBaseUrl();
  const name = `rouxing_bench_${label}_${process.pid}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const dir = o.keep ? keptDataDir(name) : mkdtempSync(join(tmpdir(), `rouxing-bench-${label}-`));
  mkdirSync(dir, { recursive: true });
  let ctx: AppContext | null = null;
  try {
    ctx = await benchContext(url.toString(), dir);
    await seed(ctx);
    return await fn({ ctx, url: url.toString(), dataDir: dir });
  } finally {
    await ctx?.db.close().catch(() => undefined);
    if (o.keep) {
      process.stderr.write(`kept database ${url.toString()} (keys in ${dir})\n`);
    } else {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
    await admin.end();
  }
}
