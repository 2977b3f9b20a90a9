import { ConfigError, DatabaseInUseError, DEMO_USERS, loadConfig, startServer } from '@rouxing/server';
import { WEB_DIST } from '../paths';
import { ensureWebBuild } from '../web-build';

/** `rouxing start`: migrate, seed (demo mode), build the web app when stale, serve API and web on one port. */
export async function run(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const say = (line: string) => process.stdout.write(`${line}\n`);
  // ROUXING_SKIP_WEB=1: the API alone, without building the web app (the crash suite).
  const webOk = process.env.ROUXING_SKIP_WEB === '1' ? false : ensureWebBuild(say);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ config, webDist: webOk ? WEB_DIST : null });
  } catch (err) {
    if (err instanceof DatabaseInUseError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  say('');
  say('柔性执法协同平台 rouxing 已启动');
  say(`  地址:     ${server.url}`);
  say(`  API文档:  ${server.url}/api/docs`);
  say(`  数据库:   ${config.databaseUrl ? 'PostgreSQL（DATABASE_URL）' : `PGlite 内嵌数据库（${config.dataDir}/pglite）`}`);
  say(`  模式:     ${config.mode === 'demo' ? '演示模式（含演示数据与演示账号）' : '生产模式'}`);
  if (config.mode === 'demo') {
    say('');
    say(`  演示账号（密码均为 ${config.demoPassword}，可用 ROUXING_DEMO_PASSWORD 修改；仅限演示）:`);
    for (const u of DEMO_USERS) {
      say(`    ${u.username.padEnd(11)} ${u.label}`);
    }
  }
  say('');
  say('  按 Ctrl+C 停止。');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  say('正在停止…');
  await server.close();
  return 0;
}
