/**
 * Opens the database named by the configuration, migrated, connected as the application role:
 * PGlite in `<data dir>/pglite` by default, a PostgreSQL server when DATABASE_URL is set.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { APP_ROLE, type Database, openPglite, openPostgres } from './database';
import { migratePgliteDb, migratePostgresDb } from './migrate';

export class DatabaseInUseError extends Error {}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * PGlite keeps its data folder in one process. A second process (say `rouxing verify` while the server
 * runs) is refused plainly rather than allowed to corrupt it.
 */
export function lockDataFolder(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'rouxing.pid');
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    if (pid && pid !== process.pid && pidAlive(pid)) {
      throw new DatabaseInUseError(
        `内嵌数据库 ${dir} 正被进程 ${pid} 使用（例如正在运行的平台服务）。PGlite 只能由一个进程打开：请先停止该进程，或改用 PostgreSQL（DATABASE_URL）。`,
      );
    }
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

export interface OpenOptions {
  dataDir: string;
  databaseUrl: string | null;
  databaseAdminUrl?: string | null;
  /** PGlite only: start from a dump instead of the folder (tests). */
  loadDataDir?: Blob;
  /** PGlite only: keep the database in memory. */
  inMemory?: boolean;
}

export async function openDatabase(o: OpenOptions): Promise<Database> {
  if (o.databaseUrl) {
    // Migrate as the owner on one connection, one migrator at a time per database.
    const admin = new pg.Client({ connectionString: o.databaseAdminUrl ?? o.databaseUrl, options: '-c TimeZone=UTC' });
    await admin.connect();
    let connectedAs: string | undefined;
    try {
      await admin.query('SELECT pg_advisory_lock(727274)');
      await migratePostgresDb(admin);
      await admin.query('SELECT pg_advisory_unlock(727274)');
      connectedAs = (await admin.query<{ u: string }>('SELECT current_user AS u')).rows[0]?.u;
    } finally {
      await admin.end();
    }
    return openPostgres({ url: o.databaseUrl, role: connectedAs === APP_ROLE ? null : APP_ROLE });
  }
  const dir = join(o.dataDir, 'pglite');
  const unlock = o.inMemory ? () => undefined : lockDataFolder(dir);
  try {
    const db = await openPglite({ dataDir: o.inMemory ? undefined : dir, loadDataDir: o.loadDataDir });
    await migratePgliteDb(db.pglite);
    await db.pglite.exec(`SET ROLE ${APP_ROLE}`);
    const close = db.close;
    return {
      ...db,
      close: async () => {
        await close();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
