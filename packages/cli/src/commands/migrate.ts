import { withContext } from './db';

/** `rouxing migrate`: opening the database migrates it. */
export async function run(): Promise<number> {
  return withContext(async () => {
    process.stdout.write('数据库迁移完成。\n');
    return 0;
  });
}
