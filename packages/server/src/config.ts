/**
 * Configuration, read from the environment once at boot (nothing else reads `process.env`).
 * A wrong value stops the start with a readable list of what is wrong.
 */
import { resolve } from 'node:path';
import type { SecurityPolicy } from '@rouxing/contracts';
import { z } from 'zod';
import { CRASH_POINTS, type CrashPointName, isCrashPointName } from './crash-point';

export const DEFAULT_DEMO_PASSWORD = 'Rouxing@2026';

const EnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  ROUXING_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url('DATABASE_URL 应为 postgres://… 形式的连接串').optional(),
  DATABASE_ADMIN_URL: z.string().url('DATABASE_ADMIN_URL 应为 postgres://… 形式的连接串').optional(),
  ROUXING_DEMO_PASSWORD: z.string().min(10, 'ROUXING_DEMO_PASSWORD 至少10位').default(DEFAULT_DEMO_PASSWORD),
  ROUXING_ADMIN_PASSWORD: z.string().min(10, 'ROUXING_ADMIN_PASSWORD 至少10位').optional(),
  ROUXING_REGION: z
    .string()
    .regex(/^\d{6}$/, 'ROUXING_REGION 应为6位行政区划代码')
    .default('430482'),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (comma-separated addresses or CIDR ranges). Unset:
   * none — the client address is the connection's, so a client cannot choose the address that rate limits
   * and the audit log see.
   */
  ROUXING_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((x) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(x)), 'ROUXING_TRUSTED_PROXIES 应为逗号分隔的IP地址或CIDR网段'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The crash suite's fixed crash point (`crash-point.ts`); ignored in production mode. */
  ROUXING_CRASH_POINT: z.string().optional(),
});

/** Security policy of SECURITY.md (its shape is the contract's `SecurityPolicy`), with its defaults. */
export const DEFAULT_SECURITY_POLICY: SecurityPolicy = {
  passwordMinLength: 10,
  passwordMinClasses: 3,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  passwordMaxAgeDays: 90,
};

export interface Config {
  mode: 'demo' | 'production';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  databaseAdminUrl: string | null;
  demoPassword: string;
  adminPassword: string | null;
  regionCode: string;
  logLevel: string;
  /** Proxies whose X-Forwarded-For is believed; empty: none. */
  trustedProxies: string[];
  security: SecurityPolicy;
  /**
   * Where the process kills itself (`crash-point.ts`, the crash suite); null or absent: nowhere. Always null
   * in production mode. Optional, so that configurations built by hand (tests, benches) need not name it.
   */
  crashPoint?: CrashPointName | null;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置有误：\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const mode = e.NODE_ENV === 'production' ? 'production' : 'demo';
  if (mode === 'production' && !e.ROUXING_ADMIN_PASSWORD) {
    throw new ConfigError('配置有误：\n  - ROUXING_ADMIN_PASSWORD: 生产模式（NODE_ENV=production）必须设置系统管理员初始密码');
  }
  // Production mode drops the crash point whatever it says: it is a test hook, not a setting.
  const crashPoint = mode === 'production' ? undefined : e.ROUXING_CRASH_POINT;
  if (crashPoint !== undefined && !isCrashPointName(crashPoint)) {
    throw new ConfigError(`配置有误：\n  - ROUXING_CRASH_POINT: 崩溃点应为 ${CRASH_POINTS.join('、')} 之一`);
  }
  return {
    mode,
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.ROUXING_DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    databaseAdminUrl: e.DATABASE_ADMIN_URL ?? e.DATABASE_URL ?? null,
    demoPassword: e.ROUXING_DEMO_PASSWORD,
    adminPassword: e.ROUXING_ADMIN_PASSWORD ?? null,
    regionCode: e.ROUXING_REGION,
    logLevel: e.LOG_LEVEL,
    trustedProxies: e.ROUXING_TRUSTED_PROXIES,
    security: { ...DEFAULT_SECURITY_POLICY },
    crashPoint: crashPoint ?? null,
  };
}
