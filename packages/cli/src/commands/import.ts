import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { importEntitiesFromFile } from '@rouxing/server';
import { withContext } from './db';

/** `rouxing import entities FILE [--as USERNAME]`: the same import path as the web page, run to its end. */
export async function run(args: string[]): Promise<number> {
  const [kind, file] = args;
  const asIdx = args.indexOf('--as');
  const username = asIdx >= 0 ? args[asIdx + 1] : 'officer';
  if (kind !== 'entities' || !file) {
    process.stderr.write('用法: rouxing import entities FILE [--as USERNAME]\n');
    return 2;
  }
  if (!existsSync(file)) {
    process.stderr.write(`文件不存在：${file}\n`);
    return 2;
  }
  return withContext(async (ctx) => {
    const r = await importEntitiesFromFile(ctx, username ?? 'officer', basename(file), createReadStream(file));
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return r.status === 'done' ? 0 : 1;
  });
}
