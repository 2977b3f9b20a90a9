/**
 * Starting and stopping the platform: configuration → database (migrated) → seed → HTTP.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildApp } from './app';
import { type Config, DEFAULT_DEMO_PASSWORD, DEFAULT_SECURITY_POLICY } from './config';
import type { AppContext } from './context';
import { createCodeSigner } from './crypto/code-signer';
import { createFieldCrypto } from './crypto/field-crypto';
import { loadOrCreateKey } from './crypto/keys';
import type { Database } from './db/database';
import { openDatabase } from './db/open';
import { failInterruptedJobs } from './imports/import-job.repository';
import { backfillIndicatorCountsIfEmpty, recountRecentMonths } from './indicators/maintain';
import { startJobs } from './jobs/scheduler';
import { type DemoSeedResult, seedDemo, seedProductionAdmin } from './seed/demo-seed';
import { createLocalBlobStore } from './storage/blob-store';

export interface CreateContextOptions {
  config: Config;
  /** An already-open database (tests); otherwise opened from the configuration. */
  db?: Database;
  now?: () => Date;
}

export async function createContext(o: CreateContextOptions): Promise<AppContext> {
  const { config } = o;
  const log = pino({ level: config.logLevel, base: { service: 'rouxing' } }, pino.destination(2));
  const db =
    o.db ?? (await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, databaseAdminUrl: config.databaseAdminUrl }));
  return {
    db,
    config,
    now: o.now ?? (() => new Date()),
    fieldCrypto: createFieldCrypto(loadOrCreateKey(config.dataDir, 'field')),
    codeSigner: createCodeSigner(loadOrCreateKey(config.dataDir, 'inspection-code')),
    blobs: createLocalBlobStore(join(config.dataDir, 'blobs')),
    log,
    background: new Set(),
  };
}

/** Seeds what the mode asks for: the demo region in demo mode, only the administrator in production. */
export async function seed(ctx: AppContext): Promise<DemoSeedResult | null> {
  if (ctx.config.mode === 'demo') {
    return seedDemo(ctx.db, ctx.fieldCrypto, ctx.config.demoPassword, ctx.now());
  }
  await seedProductionAdmin(ctx.db, ctx.config.regionCode, ctx.config.adminPassword as string, ctx.now());
  return null;
}

export interface StartOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string | null;
  demo?: boolean;
  demoPassword?: string;
  webDist?: string | null;
  logLevel?: string;
  /** A complete configuration (the CLI passes the one it loaded). */
  config?: Config;
  now?: () => Date;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  ctx: AppContext;
  seedResult: DemoSeedResult | null;
  close(): Promise<void>;
}

export async function startServer(o: StartOptions = {}): Promise<RunningServer> {
  const config: Config = o.config ?? {
    mode: o.demo === false ? 'production' : 'demo',
    port: o.port ?? 3000,
    host: o.host ?? '127.0.0.1',
    dataDir: o.dataDir ?? join(process.cwd(), 'data'),
    databaseUrl: o.databaseUrl ?? null,
    databaseAdminUrl: o.databaseUrl ?? null,
    demoPassword: o.demoPassword ?? DEFAULT_DEMO_PASSWORD,
    adminPassword: null,
    regionCode: '430482',
    logLevel: o.logLevel ?? 'info',
    trustedProxies: [],
    security: { ...DEFAULT_SECURITY_POLICY },
  };
  const ctx = await createContext({ config, now: o.now });
  const seedResult = await seed(ctx);
  if (!(await backfillIndicatorCountsIfEmpty(ctx.db, config.regionCode, ctx.now().toISOString()))) {
    await recountRecentMonths(ctx.db, config.regionCode, ctx.now().toISOString());
  }
  await failInterruptedJobs(ctx.db, ctx.now().toISOString());
  const app = await buildApp({ ctx, cookieSecret: loadOrCreateKey(config.dataDir, 'cookie'), webDist: o.webDist ?? null });
  const jobs = await startJobs(ctx);
  const address = await app.listen({ port: o.port ?? config.port, host: o.host ?? config.host });
  const port = Number(new URL(address).port);
  const shownHost = (o.host ?? config.host) === '0.0.0.0' ? 'localhost' : (o.host ?? config.host);
  return {
    url: `http://${shownHost}:${port}`,
    app,
    ctx,
    seedResult,
    async close() {
      await jobs.stop();
      await app.close();
      await Promise.allSettled([...ctx.background]);
      await ctx.db.close();
    },
  };
}
