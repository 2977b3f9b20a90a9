/**
 * `npm start` serves the built web app and builds it when the build is missing or older than its
 * sources (DESIGN.md "Web").
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { WEB_DIST, WEB_ROOT } from './paths';

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) {
    return st.mtimeMs;
  }
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist') {
      continue;
    }
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) {
    return true;
  }
  const built = statSync(index).mtimeMs;
  const sources = [
    join(WEB_ROOT, 'src'),
    join(WEB_ROOT, 'index.html'),
    join(WEB_ROOT, 'vite.config.ts'),
    join(WEB_ROOT, '../contracts/src'),
  ];
  return sources.filter((p) => existsSync(p)).some((p) => newestMtime(p) > built);
}

/** Builds the web app if needed; returns false when the build failed. */
export function ensureWebBuild(log: (line: string) => void): boolean {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    log('未找到网页端源代码，仅提供API。');
    return false;
  }
  if (!webBuildIsStale()) {
    return true;
  }
  log('正在构建网页端（首次启动或源代码有更新）…');
  const require = createRequire(join(WEB_ROOT, 'package.json'));
  const viteBin = join(require.resolve('vite/package.json'), '..', 'bin', 'vite.js');
  // Always React's and Ant Design's production builds: a test runner's NODE_ENV=test would otherwise give their
  // development builds (several times slower in the browser, and `css-dev-only` class names).
  const r = spawnSync(process.execPath, [viteBin, 'build', WEB_ROOT, '--logLevel', 'warn'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return r.status === 0;
}
