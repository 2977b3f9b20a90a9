import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths';

const BIN = join(REPO_ROOT, 'packages/cli/bin/rouxing.mjs');

function rouxing(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The command line works on the embedded database only (PGlite); the PostgreSQL and Citus runs of this project
// cover the server suites.
const embedded = process.env.ROUXING_TEST_DB !== 'postgres' && process.env.ROUXING_TEST_DB !== 'citus';
describe.runIf(embedded)('[RECORDS][CLI] rouxing verify', () => {
  it('passes on a seeded database, names the row changed directly in the database, and refuses a folder in use', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rouxing-verify-'));
    const env = { ROUXING_DATA_DIR: dataDir, ROUXING_DEMO_PASSWORD: 'Rouxing@2026' };
    const seeded = rouxing(['seed'], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    const ok = rouxing(['verify'], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('校验通过');

    // Tamper with one event row as someone with direct access to the data folder would.
    const db = await PGlite.create({ dataDir: join(dataDir, 'pglite') });
    await db.exec('ALTER TABLE events DISABLE TRIGGER events_append_only');
    const row = (await db.query<{ id: string }>("SELECT id FROM events WHERE type = 'system.demo_seeded'")).rows[0];
    await db.query(`UPDATE events SET payload = jsonb_set(payload, '{entities}', '401') WHERE id = $1`, [row?.id]);
    await db.exec('ALTER TABLE events ENABLE TRIGGER events_append_only');
    await db.close();
    const bad = rouxing(['verify'], env);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('校验失败');
    expect(bad.stdout).toContain(row?.id);

    // A data folder held by a running process is refused plainly.
    writeFileSync(join(dataDir, 'pglite', 'rouxing.pid'), String(process.pid));
    const busy = rouxing(['verify'], env);
    expect(busy.code).not.toBe(0);
    expect(busy.stderr).toContain('正被进程');
  }, 360_000);
});
