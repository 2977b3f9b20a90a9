#!/usr/bin/env node
// `npm test`: every suite, one stage after another so that two cores are not oversubscribed.
// Stage 1: domain, contracts, CLI and server suites (PGlite; PostgreSQL too when TEST_DATABASE_URL is set).
// Stage 2: browser tests against the real built app in Debian Chromium.
import { spawnSync } from 'node:child_process';

const vitest = (projects) => {
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), ...process.argv.slice(2)];
  const r = spawnSync('npx', args, { stdio: 'inherit' });
  return r.status ?? 1;
};

const unit = ['domain', 'web', 'server', ...(process.env.TEST_DATABASE_URL ? ['server-pg'] : [])];
const first = vitest(unit);
if (first !== 0) {
  process.exit(first);
}
process.exit(vitest(['e2e']));
