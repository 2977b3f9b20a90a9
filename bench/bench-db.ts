/**
 * What the PostgreSQL benchmarks share: a numeric option, and a fresh database of their own (created from
 * BENCH_DATABASE_URL or TEST_DATABASE_URL, a superuser URL) migrated and demo-seeded through the product,
 * dropped afterwards whatever happens.
 */

import { mkdtempSync, rmSync } from 'node:fs';
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

/** Runs `fn` on a new, migrated, demo-seeded database named after `label`; closes and drops it afterwards. */
export async function withSeededDatabase<T>(label: string, fn: (env: { ctx: AppContext; url: string }) => Promise<T>): Promise<T> {
  const base = benchBaseUrl();
  const name = `rouxing_bench_${label}_${process.pid}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const dir = mkdtempSync(join(tmpdir(), `rouxing-bench-${label}-`));
  let ctx: AppContext | null = null;
  try {
    ctx = await createContext({
      config: {
        mode: 'demo',
        port: 0,
        host: '127.0.0.1',
        dataDir: dir,
        databaseUrl: url.toString(),
        databaseAdminUrl: url.toString(),
        demoPassword: 'Rouxing@2026',
        adminPassword: null,
        regionCode: '430482',
        logLevel: 'warn',
        trustedProxies: [],
        security: { ...DEFAULT_SECURITY_POLICY },
      },
    });
    await seed(ctx);
    return await fn({ ctx, url: url.toString() });
  } finally {
    await ctx?.db.close().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}
