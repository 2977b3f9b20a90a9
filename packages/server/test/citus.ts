/**
 * The server suite on a Citus cluster (`CITUS_URL`, vitest project `server-citus`; docs/operations.md).
 *
 * Citus cannot copy a distributed database by `CREATE DATABASE … TEMPLATE`, so the run uses the one
 * database CITUS_URL names (on the coordinator, with the `citus` extension):
 * - once per run (`prepareCitusDatabase`): everything of a previous run is dropped, the migrations run,
 *   `distributeDatabase` (what `rouxing db distribute` runs) spreads the schema, the demo is seeded; the
 *   rows of two states — migrated ("empty") and seeded — are kept in local tables of a snapshot schema on
 *   the coordinator;
 * - before each test file (the harness runs the SQL `prepareCitusDatabase` returns; the files run one after
 *   another): the rows of every table of the public schema are deleted and those of the wanted state copied
 *   back from the snapshot, in foreign-key order, in one transaction; the job queue's jobs are emptied.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createFieldCrypto } from '../src/crypto/field-crypto';
import { distributeDatabase, foreignKeyOrder, readForeignKeys, readTables } from '../src/db/distribute';
import { JOBS_SCHEMA } from '../src/db/migrate';
import { openDatabase } from '../src/db/open';
import { seedDemo } from '../src/seed/demo-seed';
import { TEST_DEMO_PASSWORD, TEST_FIELD_KEY, TEST_NOW } from './constants';

/** Local tables of the coordinator holding the rows of each state (never distributed). */
const SNAPSHOT_SCHEMA = 'rouxing_test_snapshot';

export type CitusState = 'empty' | 'seeded';
/** The SQL that brings the database back to each state (one multi-statement string each, one transaction). */
export type CitusResetSql = Record<CitusState, string>;

const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

const query = (client: pg.Client, text: string) => client.query(text);

function queryable(client: pg.Client) {
  return {
    async query<R>(text: string, params?: readonly unknown[]) {
      const r = await client.query(text, params ? [...params] : undefined);
      return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
    },
  };
}

/** Drops what a previous run left: the application's tables, the migration journal, the queue, the snapshot. */
async function wipe(admin: pg.Client) {
  const tables = (await readTables(queryable(admin))).map((t) => `public.${ident(t.name)}`);
  if (tables.length > 0) {
    await query(admin, `DROP TABLE IF EXISTS ${tables.join(', ')} CASCADE`);
  }
  // Types and functions a migration may have created in public go with the tables' schema objects below.
  const leftovers = await query(
    admin,
    `SELECT format('DROP %s IF EXISTS %s CASCADE', CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, p.oid::regprocedure) AS sql
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
     UNION ALL
     SELECT format('DROP TYPE IF EXISTS %s CASCADE', t.oid::regtype) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' AND t.typtype IN ('e', 'c', 'd') AND t.typrelid = 0
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')`,
  );
  for (const r of leftovers.rows as { sql: string }[]) {
    await query(admin, r.sql);
  }
  // The queue and the snapshot are local to the coordinator (decision 0027): drop them there only.
  await query(admin, 'SET citus.enable_ddl_propagation TO off');
  await query(admin, `DROP SCHEMA IF EXISTS ${JOBS_SCHEMA} CASCADE`);
  await query(admin, `DROP SCHEMA IF EXISTS ${SNAPSHOT_SCHEMA} CASCADE`);
  await query(admin, 'DROP SCHEMA IF EXISTS drizzle CASCADE');
  await query(admin, 'RESET citus.enable_ddl_propagation');
}

/** Copies the rows of every non-empty public table into `<snapshot>."<state>.<table>"`; returns the tables copied. */
async function snapshot(admin: pg.Client, state: CitusState, tables: string[]): Promise<string[]> {
  const kept: string[] = [];
  await query(admin, 'SET citus.enable_ddl_propagation TO off');
  await query(admin, `CREATE SCHEMA IF NOT EXISTS ${SNAPSHOT_SCHEMA}`);
  for (const t of tables) {
    const n = (await query(admin, `SELECT count(*)::int AS n FROM public.${ident(t)}`)).rows[0] as { n: number };
    if (n.n > 0) {
      await query(admin, `CREATE TABLE ${SNAPSHOT_SCHEMA}.${ident(`${state}.${t}`)} AS SELECT * FROM public.${ident(t)}`);
      kept.push(t);
    }
  }
  await query(admin, 'RESET citus.enable_ddl_propagation');
  return kept;
}

function resetSql(state: CitusState, order: string[], kept: string[]): string {
  return [
    // The queue's jobs of the file before (its schedule and queues are recreated idempotently at start).
    `TRUNCATE ${JOBS_SCHEMA}.job, ${JOBS_SCHEMA}.archive`,
    // DELETE, children first, rather than TRUNCATE: a TRUNCATE of the 77 distributed tables truncates their
    // 2,464 shards one by one (62 s on the local cluster); DELETE of the same rows took 2 s.
    ...[...order].reverse().map((t) => `DELETE FROM public.${ident(t)}`),
    ...kept.map((t) => `INSERT INTO public.${ident(t)} SELECT * FROM ${SNAPSHOT_SCHEMA}.${ident(`${state}.${t}`)}`),
  ].join(';\n');
}

/** Once per run: a freshly migrated, distributed, seeded database, and the SQL that resets it per file. */
export async function prepareCitusDatabase(url: string): Promise<CitusResetSql> {
  const admin = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
  await admin.connect();
  try {
    const ext = await query(admin, "SELECT 1 FROM pg_extension WHERE extname = 'citus'");
    if (ext.rowCount === 0) {
      throw new Error(`CITUS_URL (${url}) is not a database with the citus extension (scripts/citus-local-cluster.sh start)`);
    }
    await wipe(admin);
    const dataDir = mkdtempSync(join(tmpdir(), 'rouxing-citus-'));
    await (await openDatabase({ dataDir, databaseUrl: url })).close();
    const d = await distributeDatabase(url, { dryRun: false });
    if (d.plan.conflicts.length > 0 || d.workers === 0) {
      throw new Error(`distribute: ${d.workers} workers, conflicts ${d.plan.conflicts.join('; ')}`);
    }
    const q = queryable(admin);
    const order = foreignKeyOrder(
      (await readTables(q)).map((t) => t.name),
      await readForeignKeys(q),
    );
    const keptEmpty = await snapshot(admin, 'empty', order);
    const db = await openDatabase({ dataDir, databaseUrl: url });
    await seedDemo(db, createFieldCrypto(TEST_FIELD_KEY), TEST_DEMO_PASSWORD, TEST_NOW);
    await db.close();
    const keptSeeded = await snapshot(admin, 'seeded', order);
    return { empty: resetSql('empty', order, keptEmpty), seeded: resetSql('seeded', order, keptSeeded) };
  } finally {
    await admin.end();
  }
}
