/**
 * Backup and restore (SECURITY.md "Availability"; docs/operations.md): the database — PostgreSQL by `pg_dump`
 * in its custom format, the embedded database by a consistent dump of its folder (PGlite's own, taken with
 * the folder held by this process) —, the stored files (content-addressed blobs) and the keys, in one
 * folder with a manifest of every file's SHA-256. A restore checks the manifest first, never overwrites a
 * database or keys that are there unless told to (`force`), and never deletes: an embedded database it
 * replaces is moved aside.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataFolder } from './open';

export const BACKUP_FORMAT = 'rouxing-backup/1';

export interface BackupTarget {
  dataDir: string;
  /** Owner connection of a PostgreSQL database; null: the embedded database in `<dataDir>/pglite`. */
  databaseAdminUrl: string | null;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: 'postgres' | 'pglite';
  /** Relative path → SHA-256 of every file of the backup but the manifest. */
  files: Record<string, string>;
}

export class BackupError extends Error {}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function filesUnder(root: string, skip: (rel: string) => boolean = () => false): string[] {
  if (!existsSync(root)) {
    return [];
  }
  const out: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const full = join(entry.parentPath, entry.name);
    if (entry.isFile() && !skip(relative(root, full))) {
      out.push(full);
    }
  }
  return out.sort();
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new BackupError(`${cmd} 执行失败：${r.error?.message ?? r.stderr.trim()}`);
  }
}

async function dumpDatabase(t: BackupTarget, to: string): Promise<string> {
  if (t.databaseAdminUrl) {
    const file = join(to, 'database.pgdump');
    run('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${t.databaseAdminUrl}`]);
    chmodSync(file, 0o600);
    return file;
  }
  const dir = join(t.dataDir, 'pglite');
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    throw new BackupError(`内嵌数据库 ${dir} 不存在`);
  }
  const unlock = lockDataFolder(dir);
  const db = await PGlite.create({ dataDir: dir });
  try {
    const dump = await db.dumpDataDir('gzip');
    const file = join(to, 'database.tar.gz');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    return file;
  } finally {
    await db.close();
    unlock();
  }
}

/** Writes a backup of `t` into the empty or new folder `to`; returns its manifest. */
export async function backupTo(t: BackupTarget, to: string, now = new Date()): Promise<BackupManifest> {
  if (existsSync(to) && readdirSync(to).length > 0) {
    throw new BackupError(`备份目录 ${to} 不是空目录`);
  }
  mkdirSync(to, { recursive: true, mode: 0o700 });
  await dumpDatabase(t, to);
  for (const sub of ['blobs', 'keys']) {
    const from = join(t.dataDir, sub);
    for (const file of filesUnder(from, (rel) => rel.startsWith('tmp'))) {
      const dest = join(to, sub, relative(from, file));
      mkdirSync(dirname(dest), { recursive: true, mode: 0o700 });
      copyFileSync(file, dest);
    }
  }
  const files = Object.fromEntries(filesUnder(to).map((f) => [relative(to, f), sha256(f)]));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: now.toISOString(),
    database: t.databaseAdminUrl ? 'postgres' : 'pglite',
    files,
  };
  writeFileSync(join(to, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** The backup's manifest, every file checked against it. */
export function checkBackup(from: string): BackupManifest {
  const path = join(from, 'manifest.json');
  if (!existsSync(path)) {
    throw new BackupError(`${from} 不是平台备份（缺少 manifest.json）`);
  }
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) {
    throw new BackupError(`备份格式 ${String(manifest.format)} 不受支持`);
  }
  for (const [rel, hash] of Object.entries(manifest.files)) {
    const file = join(from, rel);
    if (!existsSync(file) || sha256(file) !== hash) {
      throw new BackupError(`备份文件 ${rel} 缺失或已被改动（SHA-256 不符）`);
    }
  }
  return manifest;
}

async function postgresHasTables(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
    return (r.rows[0]?.n ?? 0) > 0;
  } finally {
    await c.end();
  }
}

async function restoreDatabase(t: BackupTarget, from: string, m: BackupManifest, force: boolean, now: Date): Promise<void> {
  if (m.database === 'postgres') {
    if (!t.databaseAdminUrl) {
      throw new BackupError('这是 PostgreSQL 的备份：请设置 DATABASE_URL（及 DATABASE_ADMIN_URL）指向要恢复到的数据库');
    }
    if (!force && (await postgresHasTables(t.databaseAdminUrl))) {
      throw new BackupError('目标数据库不是空库；确认要以备份替换其内容时加 --force');
    }
    run('pg_restore', ['--clean', '--if-exists', '--exit-on-error', `--dbname=${t.databaseAdminUrl}`, join(from, 'database.pgdump')]);
    return;
  }
  if (t.databaseAdminUrl) {
    throw new BackupError('这是内嵌数据库的备份：恢复时不要设置 DATABASE_URL');
  }
  const dir = join(t.dataDir, 'pglite');
  lockDataFolder(dir)();
  if (existsSync(dir) && readdirSync(dir).some((f) => f !== 'rouxing.pid')) {
    if (!force) {
      throw new BackupError(`内嵌数据库 ${dir} 已存在；确认要以备份替换时加 --force（原目录将被移到一旁保留，不会删除）`);
    }
    renameSync(dir, `${dir}.replaced-${now.toISOString().replace(/[:.]/g, '-')}`);
  }
  const dump = new Blob([readFileSync(join(from, 'database.tar.gz'))]);
  const unlock = lockDataFolder(dir);
  try {
    const db = await PGlite.create({ dataDir: dir, loadDataDir: dump });
    await db.close();
  } finally {
    unlock();
  }
}

/** Refuses to replace keys that differ from the backup's (the data they encrypt would become unreadable). */
function checkKeys(t: BackupTarget, m: BackupManifest, force: boolean): void {
  for (const rel of Object.keys(m.files).filter((r) => r.startsWith('keys/'))) {
    const dest = join(t.dataDir, rel);
    if (existsSync(dest) && !force && sha256(dest) !== m.files[rel]) {
      throw new BackupError(`${dest} 与备份中的密钥不同；以备份替换会使现有加密数据无法读取，确认时加 --force`);
    }
  }
}

function restoreFiles(t: BackupTarget, from: string, m: BackupManifest): void {
  for (const rel of Object.keys(m.files).filter((r) => r.startsWith('blobs/') || r.startsWith('keys/'))) {
    const dest = join(t.dataDir, rel);
    mkdirSync(dirname(dest), { recursive: true, mode: 0o700 });
    if (!existsSync(dest) || statSync(dest).size === 0 || rel.startsWith('keys/')) {
      copyFileSync(join(from, rel), dest);
    }
  }
}

/** Restores the backup in `from` into `t`: files checked, database, stored files and keys. */
export async function restoreFrom(t: BackupTarget, from: string, opts: { force?: boolean; now?: Date } = {}): Promise<BackupManifest> {
  const manifest = checkBackup(from);
  const force = opts.force ?? false;
  checkKeys(t, manifest, force);
  await restoreDatabase(t, from, manifest, force, opts.now ?? new Date());
  restoreFiles(t, from, manifest);
  return manifest;
}
