/**
 * Once per test run: a migrated, demo-seeded template database. Each test file then starts from its own
 * copy — a PGlite clone of the dumped data folder, or a PostgreSQL database created from the template.
 * On Citus (project server-citus) there is no copy: one distributed database, reset before each file
 * (test/citus.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createFieldCrypto } from '../src/crypto/field-crypto';
import { openPglite } from '../src/db/database';
import { migratePgliteDb } from '../src/db/migrate';
import { openDatabase } from '../src/db/open';
import { seedDemo } from '../src/seed/demo-seed';
import { type CitusResetSql, prepareCitusDatabase } from './citus';
import { TEST_DEMO_PASSWORD, TEST_FIELD_KEY, TEST_NOW } from './constants';

export type TestDbKind = 'pglite' | 'postgres' | 'citus';

export default async function setup(project: TestProject) {
  // Each vitest project (server, server-pg, server-citus) runs this once; its `env` says which engine it tests.
  const env = project.config.env?.ROUXING_TEST_DB ?? process.env.ROUXING_TEST_DB;
  const kind: TestDbKind = env === 'postgres' || env === 'citus' ? env : 'pglite';
  if (kind === 'citus') {
    const url = process.env.CITUS_URL;
    if (!url) {
      throw new Error('CITUS_URL is not set');
    }
    project.provide('citusReset', await prepareCitusDatabase(url));
    return;
  }
  const dir = join(tmpdir(), `rouxing-test-${process.pid}-${kind}`);
  mkdirSync(dir, { recursive: true });
  const crypto = createFieldCrypto(TEST_FIELD_KEY);

  if (kind === 'pglite') {
    const db = await openPglite();
    await migratePgliteDb(db.pglite);
    await db.pglite.exec('SET ROLE rouxing_app');
    await seedDemo(db, crypto, TEST_DEMO_PASSWORD, TEST_NOW);
    await db.pglite.exec('RESET ROLE');
    const dump = await db.pglite.dumpDataDir('none');
    const file = join(dir, 'template.tar');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await db.close();
    project.provide('pgliteTemplate', file);
    return;
  }

  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error('TEST_DATABASE_URL is not set');
  }
  const template = `rouxing_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const tplUrl = withDatabase(url, template);
  const db = await openDatabase({ dataDir: dir, databaseUrl: tplUrl });
  await seedDemo(db, crypto, TEST_DEMO_PASSWORD, TEST_NOW);
  await db.close();
  project.provide('pgTemplate', template);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`).catch(() => undefined);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
    citusReset: CitusResetSql;
  }
}
