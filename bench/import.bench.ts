/**
 * `npm run bench -- import [--rows N]`: the registry import of N entities (default 1,000,000) from a
 * CSV through the product's import path (stored file → streaming parse → validation → batched
 * transactions with events), on PostgreSQL, against PostgreSQL's own `COPY` of the same file into an
 * identical table as the anchor. Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a superuser URL on
 * this machine; the bench creates and drops its own databases).
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { importEntitiesFromFile, seed } from '@rouxing/server';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { benchContext } from './bench-db';
import { writeEntitiesCsv } from './generate';
import type { BenchResult } from './run';

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

function dbUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function run(args: string[]): Promise<BenchResult> {
  const rows = arg(args, '--rows', 1_000_000);
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const dir = mkdtempSync(join(tmpdir(), 'rouxing-bench-import-'));
  const csv = join(dir, 'entities.csv');
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const ours = `rouxing_bench_import_${process.pid}`;
  const anchor = `rouxing_bench_copy_${process.pid}`;
  try {
    process.stderr.write(`generating ${rows} rows…\n`);
    await writeEntitiesCsv(csv, rows, { regionCodes: ['430482'], seed: 42 }, { badRowRatio: 0 });
    process.stderr.write(`CSV ${(statSync(csv).size / 1e6).toFixed(1)} MB\n`);

    for (const d of [ours, anchor]) {
      await admin.query(`DROP DATABASE IF EXISTS ${d}`);
      await admin.query(`CREATE DATABASE ${d}`);
    }
    // Ours: the platform's own import path on a migrated, seeded database.
    const ctx = await benchContext(dbUrl(base, ours), dir);
    await seed(ctx);
    const t0 = performance.now();
    const r = await importEntitiesFromFile(ctx, 'officer', 'entities.csv', createReadStream(csv));
    const oursSeconds = (performance.now() - t0) / 1000;
    await ctx.db.close();
    if (r.rowsCommitted !== rows) {
      throw new Error(`import committed ${r.rowsCommitted} of ${rows} rows: ${r.message ?? ''}`);
    }
    process.stderr.write(`import: ${rows} rows in ${oursSeconds.toFixed(2)} s\n`);

    // Anchor: PostgreSQL's COPY of the same file into a table of the file's columns with the registry's
    // indexes (unique code per region, industry, name), in one transaction.
    const client = new pg.Client({ connectionString: dbUrl(base, anchor) });
    await client.connect();
    await client.query(`CREATE TABLE copy_target (uscc text NOT NULL, name text NOT NULL, entity_type text, legal_representative text,
      id_no text, phone text, industry_code text, address text, region_code text NOT NULL, established_on date, new_business_form text,
      UNIQUE (region_code, uscc))`);
    await client.query('CREATE INDEX ON copy_target (region_code, industry_code)');
    await client.query('CREATE INDEX ON copy_target (region_code, name)');
    const t1 = performance.now();
    await client.query('BEGIN');
    const copy = client.query(copyFrom('COPY copy_target FROM STDIN WITH (FORMAT csv, HEADER true)'));
    await pipeline(createReadStream(csv), copy);
    await client.query('COMMIT');
    const copySeconds = (performance.now() - t1) / 1000;
    const n = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM copy_target')).rows[0]?.n;
    await client.end();
    if (n !== rows) {
      throw new Error(`COPY loaded ${n} of ${rows} rows`);
    }
    process.stderr.write(`COPY: ${rows} rows in ${copySeconds.toFixed(2)} s\n`);
    const oursRate = rows / oursSeconds;
    const copyRate = rows / copySeconds;
    return {
      name: 'import',
      value: oursRate,
      unit: 'rows/s',
      anchorName: 'postgres-copy',
      anchorValue: copyRate,
      anchorUnit: 'rows/s',
      ratio: oursRate / copyRate,
    };
  } finally {
    for (const d of [ours, anchor]) {
      await admin.query(`DROP DATABASE IF EXISTS ${d} WITH (FORCE)`).catch(() => undefined);
    }
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}
