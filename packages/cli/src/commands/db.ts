/** Shared by commands that open the database outside the server (verify, migrate, seed, import). */
import { ConfigError, createContext, DatabaseInUseError, loadConfig } from '@rouxing/server';

export type Context = Awaited<ReturnType<typeof createContext>>;

export async function withContext(fn: (ctx: Context) => Promise<number>): Promise<number> {
  let ctx: Context;
  try {
    ctx = await createContext({ config: { ...loadConfig(), logLevel: 'warn' } });
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DatabaseInUseError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  try {
    return await fn(ctx);
  } finally {
    await ctx.db.close();
  }
}
