/**
 * Browser tests run against the real server and the real built web app: build the app when it is
 * missing or stale, start the server in-process on a free port with a fresh embedded database (demo
 * mode), and hand its address to the tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebBuild, WEB_DIST } from '@rouxing/cli';
import type { TestProject } from 'vitest/node';
import { calendarCovering } from './calendar-cover';

export const DEMO_PASSWORD = 'Rouxing@2026';

export default async function setup(project: TestProject) {
  if (!ensureWebBuild((line) => process.stdout.write(`${line}\n`))) {
    throw new Error('web build failed');
  }
  const { startServer } = await import('@rouxing/server');
  const dataDir = mkdtempSync(join(tmpdir(), 'rouxing-e2e-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    demo: true,
    demoPassword: DEMO_PASSWORD,
    webDist: WEB_DIST,
    logLevel: 'warn',
  });
  // Deadlines counted in working days from today (告知书, 纠正事项, 督导任务) need the calendar of the coming weeks.
  await calendarCovering(server.url, 60);
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
