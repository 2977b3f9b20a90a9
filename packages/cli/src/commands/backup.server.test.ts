/**
 * Backup → wipe → restore → verify, through the command line as an operator runs it (docs/operations.md):
 * on the embedded database, and on PostgreSQL when the suite runs against one. The restored platform has
 * the same records (row counts of the record tables, the chains verified) and the same stored files.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths';

const BIN = join(REPO_ROOT, 'packages/cli/bin/rouxing.mjs');
const TABLES = ['events', 'audit_log', 'entities', 'users', 'cases', 'inspection_plans', 'import_jobs'];
const CSV =
  '统一社会信用代码,名称,主体类型,法定代表人,行业代码,住所,行政区划代码\n91430482MA4PJ2KX3C,常宁市备份测试餐饮有限公司,企业,李建国,H62,常宁市宜阳街道建设路88号,430482\n';

function rouxing(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ROUXING_DEMO_PASSWORD: 'Rouxing@2026', ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every stored file (blobs and keys) by path → SHA-256. */
function storedFiles(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['blobs', 'keys']) {
    const root = join(dataDir, sub);
    if (!existsSync(root)) {
      continue;
    }
    for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
      const full = join(e.parentPath, e.name);
      if (e.isFile() && !relative(root, full).startsWith('tmp')) {
        out[relative(dataDir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
      }
    }
  }
  return out;
}

async function countsOf(query: (sql: string) => Promise<{ rows: { n: number }[] }>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    out[t] = (await query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]?.n ?? -1;
  }
  return out;
}

/** Seeds a platform in `env` and imports a file (so that there is a stored blob). */
function seedWithAFile(env: Record<string, string>, dataDir: string) {
  const seeded = rouxing(['seed'], env);
  expect(seeded.code, seeded.stderr).toBe(0);
  const csv = join(dataDir, '..', `import-${Date.now()}.csv`);
  writeFileSync(csv, CSV);
  const imported = rouxing(['import', 'entities', csv, '--as', 'officer'], env);
  expect(imported.code, imported.stderr + imported.stdout).toBe(0);
}

// Not on Citus (project server-citus): the embedded case is the PGlite run's, and `rouxing backup` on
// PostgreSQL is pg_dump of one database — of a Citus coordinator it holds no shard of a distributed table
// (a cluster is backed up node by node).
const embedded = process.env.ROUXING_TEST_DB !== 'postgres' && process.env.ROUXING_TEST_DB !== 'citus';
describe.runIf(embedded)('[RECORDS][CLI] rouxing backup / restore (embedded database)', () => {
  it('restores a wiped data folder to the same records and files, and verify passes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rouxing-backup-'));
    const dataDir = join(root, 'data');
    const env = { ROUXING_DATA_DIR: dataDir };
    seedWithAFile(env, dataDir);
    const countOf = async () => {
      const db = await PGlite.create({ dataDir: join(dataDir, 'pglite') });
      try {
        return await countsOf((sql) => db.query<{ n: number }>(sql));
      } finally {
        await db.close();
      }
    };
    const before = await countOf();
    const files = storedFiles(dataDir);
    expect(Object.keys(files).some((f) => f.startsWith('blobs/'))).toBe(true);

    const backup = rouxing(['backup', '--to', join(root, 'backup')], env);
    expect(backup.code, backup.stderr).toBe(0);
    expect(rouxing(['backup', '--to', join(root, 'backup')], env).code).toBe(1); // not over an earlier backup

    rmSync(dataDir, { recursive: true, force: true });
    const restored = rouxing(['restore', '--from', join(root, 'backup')], env);
    expect(restored.code, restored.stderr).toBe(0);
    const verified = rouxing(['verify'], env);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(await countOf()).toEqual(before);
    expect(storedFiles(dataDir)).toEqual(files);

    // A second restore over the restored database is refused without --force; a changed backup file always.
    expect(rouxing(['restore', '--from', join(root, 'backup')], env).code).toBe(1);
    writeFileSync(join(root, 'backup', 'database.tar.gz'), 'tampered');
    const tampered = rouxing(['restore', '--from', join(root, 'backup'), '--force'], env);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('SHA-256');
  }, 600_000);
});

const PG_URL = process.env.TEST_DATABASE_URL;
describe.runIf(process.env.ROUXING_TEST_DB === 'postgres' && PG_URL)('[RECORDS][CLI] rouxing backup / restore (PostgreSQL)', () => {
  it('restores a dropped database and a wiped data folder to the same records and files, and verify passes', async () => {
    const name = `rouxing_backup_${process.pid}`;
    const adminUrl = new URL(PG_URL as string);
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    const dbUrl = new URL(adminUrl);
    dbUrl.pathname = `/${name}`;
    const recreate = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    };
    await recreate();
    const root = mkdtempSync(join(tmpdir(), 'rouxing-backup-pg-'));
    const dataDir = join(root, 'data');
    const env = { ROUXING_DATA_DIR: dataDir, DATABASE_URL: dbUrl.toString() };
    const countOf = async () => {
      const c = new pg.Client({ connectionString: dbUrl.toString() });
      await c.connect();
      try {
        return await countsOf((sql) => c.query<{ n: number }>(sql));
      } finally {
        await c.end();
      }
    };
    try {
      seedWithAFile(env, dataDir);
      const before = await countOf();
      const files = storedFiles(dataDir);
      const backup = rouxing(['backup', '--to', join(root, 'backup')], env);
      expect(backup.code, backup.stderr).toBe(0);

      await recreate();
      rmSync(dataDir, { recursive: true, force: true });
      const restored = rouxing(['restore', '--from', join(root, 'backup')], env);
      expect(restored.code, restored.stderr).toBe(0);
      const verified = rouxing(['verify'], env);
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
      expect(await countOf()).toEqual(before);
      expect(storedFiles(dataDir)).toEqual(files);
      expect(rouxing(['restore', '--from', join(root, 'backup')], env).code).toBe(1); // not over a database in use without --force
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 600_000);
});
