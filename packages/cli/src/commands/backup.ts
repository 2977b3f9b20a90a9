import { BackupError, backupTo, DatabaseInUseError, loadConfig } from '@rouxing/server';

/**
 * `rouxing backup --to DIR`: the database (PostgreSQL: pg_dump custom format; embedded: a consistent dump of
 * its folder — stop the server first), the stored files and the keys, with a manifest of SHA-256 sums.
 */
export async function run(args: string[]): Promise<number> {
  const at = args.indexOf('--to');
  const to = at >= 0 ? args[at + 1] : undefined;
  if (!to) {
    process.stderr.write('用法：rouxing backup --to 备份目录\n');
    return 2;
  }
  const config = loadConfig();
  try {
    const m = await backupTo({ dataDir: config.dataDir, databaseAdminUrl: config.databaseAdminUrl }, to);
    const blobs = Object.keys(m.files).filter((f) => f.startsWith('blobs/')).length;
    process.stdout.write(
      `备份完成：${to}（${m.database === 'postgres' ? 'PostgreSQL' : '内嵌数据库'}，文件 ${blobs} 个，含密钥；请将备份与密钥妥善保管）。\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof BackupError || err instanceof DatabaseInUseError) {
      process.stderr.write(`备份失败：${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
