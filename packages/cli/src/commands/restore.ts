import { BackupError, DatabaseInUseError, loadConfig, restoreFrom } from '@rouxing/server';

/**
 * `rouxing restore --from DIR [--force]`: checks every file of the backup against its manifest, then restores
 * the database, the stored files and the keys. Without --force it refuses a database that is not empty or
 * keys that differ; an embedded database it replaces is moved aside, never deleted. Run `rouxing verify` after.
 */
export async function run(args: string[]): Promise<number> {
  const at = args.indexOf('--from');
  const from = at >= 0 ? args[at + 1] : undefined;
  if (!from) {
    process.stderr.write('用法：rouxing restore --from 备份目录 [--force]\n');
    return 2;
  }
  const config = loadConfig();
  try {
    const m = await restoreFrom({ dataDir: config.dataDir, databaseAdminUrl: config.databaseAdminUrl }, from, {
      force: args.includes('--force'),
    });
    process.stdout.write(`恢复完成：${from}（备份于 ${m.createdAt}）。请运行 rouxing verify 校验全部记录链。\n`);
    return 0;
  } catch (err) {
    if (err instanceof BackupError || err instanceof DatabaseInUseError) {
      process.stderr.write(`恢复失败：${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
