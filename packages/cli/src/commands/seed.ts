import { seed } from '@rouxing/server';
import { withContext } from './db';

/** `rouxing seed`: the demo data (demo mode) or the administrator (production), only into an empty database. */
export async function run(): Promise<number> {
  return withContext(async (ctx) => {
    const r = await seed(ctx);
    process.stdout.write(r?.seeded === false ? '数据库已有数据，未重复写入。\n' : '已写入初始数据。\n');
    return 0;
  });
}
