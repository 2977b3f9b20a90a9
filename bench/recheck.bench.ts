/**
 * `npm run bench -- recheck [--rows N]`: import and re-check of N issued penalty decisions (default
 * 1,000,000) from a CSV through the product's path (stored file → streaming parse → validation → the
 * decision engine once per distinct fact set → one transaction of COPY batches into the decisions, the
 * decisions on record, the credit records and the correction items, with events) on PostgreSQL. Two lines:
 * - against PostgreSQL's own `COPY` of the same file into a table of its columns with a unique 文号 index
 *   (the issue's anchor);
 * - against the floor of what the product must store: bare `COPY` of the very rows our path wrote into
 *   twins of the product's tables (same indexes, checks and foreign keys), one COPY per table, no
 *   parsing, validation or re-check — what is left of our time is the path's own.
 * Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a superuser URL; the bench creates and drops its own databases).
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DECISION_IMPORT_COLUMNS } from '@rouxing/contracts';
import { generateIssuedDecisions, issuedDecisionCells } from '@rouxing/domain';
import { importDecisionsFromFile, seed } from '@rouxing/server';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { benchContext } from './bench-db';
import { cpuSample } from './cpu';
import type { BenchResult } from './run';

/** The tables an import writes, in foreign-key order, with the rows of the import's job. */
const WRITTEN: { table: string; rows: string; fks: string[] }[] = [
  { table: 'issued_decisions', rows: 'import_job_id = $job', fks: [] },
  {
    table: 'sanction_records',
    rows: 'id IN (SELECT id FROM issued_decisions WHERE import_job_id = $job)',
    fks: ['(region_code, entity_id) REFERENCES entities (region_code, id)'],
  },
  {
    table: 'correction_items',
    rows: 'decision_id IN (SELECT id FROM issued_decisions WHERE import_job_id = $job)',
    fks: ['(region_code, decision_id) REFERENCES twin_issued_decisions (region_code, id)'],
  },
  {
    table: 'credit_records',
    rows: 'decision_id IN (SELECT id FROM issued_decisions WHERE import_job_id = $job)',
    fks: ['(region_code, decision_id) REFERENCES twin_issued_decisions (region_code, id)'],
  },
];

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

function dbUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

const CHUNK = 10_000;

/** N decisions (1% bad) against the seeded entities, written in chunks of 10,000. */
async function writeDecisionsCsv(file: string, rows: number, usccs: string[]): Promise<number> {
  const out = createWriteStream(file);
  const write = (s: string) => new Promise<void>((res) => (out.write(s) ? res() : out.once('drain', () => res())));
  await write(`${DECISION_IMPORT_COLUMNS.map((c) => c.header).join(',')}\n`);
  let bad = 0;
  for (let done = 0, chunk = 0; done < rows; done += CHUNK, chunk++) {
    const count = Math.min(CHUNK, rows - done);
    const g = generateIssuedDecisions({
      count,
      bad: Math.round(count / 100),
      usccs,
      seed: 1000 + chunk,
      violationCode: 'SC-FOOD-001',
      ordinary: { min: 600, max: 1400 },
      statutoryMax: 2000,
      documentPrefix: `常市监罚〔2026〕${chunk}-`,
      from: '2025-09-01',
      days: 400,
    });
    bad += g.bad.size;
    await write(g.decisions.map((d) => `${issuedDecisionCells(d).join(',')}\n`).join(''));
  }
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
  return bad;
}

async function runOurs(base: string, db: string, dir: string, csv: string, rows: number) {
  const ctx = await benchContext(dbUrl(base, db), dir);
  try {
    await seed(ctx);
    const usccs = (await ctx.db.query<{ uscc: string }>("SELECT uscc FROM entities WHERE region_code = '430482'")).rows.map((r) => r.uscc);
    process.stderr.write(`generating ${rows} decisions against ${usccs.length} entities…\n`);
    const bad = await writeDecisionsCsv(csv, rows, usccs);
    process.stderr.write(`CSV ${(statSync(csv).size / 1e6).toFixed(1)} MB, ${bad} bad\n`);
    const countItems = async () => (await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM correction_items')).rows[0]?.n ?? 0;
    // The demo seed brings correction items of its own: count what the import adds.
    const before = await countItems();
    const c0 = cpuSample();
    const t0 = performance.now();
    const r = await importDecisionsFromFile(ctx, 'officer', 'decisions.csv', createReadStream(csv));
    const seconds = (performance.now() - t0) / 1000;
    const c1 = cpuSample();
    const cpu = (a: number | null, b: number | null) => (a === null || b === null ? '?' : (b - a).toFixed(2));
    process.stderr.write(
      `CPU of the import: node ${cpu(c0.node, c1.node)} s, postgres ${cpu(c0.postgres, c1.postgres)} s, the machine ${cpu(c0.machineBusy, c1.machineBusy)} s of ${availableParallelism()} cores × ${seconds.toFixed(2)} s\n`,
    );
    if (r.rowsCommitted !== rows) {
      throw new Error(`import committed ${r.rowsCommitted} of ${rows} rows: ${r.message ?? ''}`);
    }
    const items = (await countItems()) - before;
    if (items !== bad) {
      throw new Error(`${items} correction items for ${bad} bad decisions`);
    }
    process.stderr.write(
      `import + re-check: ${rows} rows in ${seconds.toFixed(2)} s (${r.evaluations} engine evaluations, ${items} correction items)\n`,
    );
    return { seconds, jobId: r.jobId };
  } finally {
    await ctx.db.close();
  }
}

/** Bare COPY of the rows the import wrote into twins of its tables (LIKE … INCLUDING ALL, plus the foreign keys). */
async function runSchemaCopy(base: string, db: string, dir: string, jobId: string, rows: number): Promise<number> {
  const client = new pg.Client({ connectionString: dbUrl(base, db) });
  await client.connect();
  try {
    const job = `'${jobId.replace(/[^0-9a-f-]/g, '')}'::uuid`;
    for (const w of WRITTEN) {
      await pipeline(
        client.query(copyTo(`COPY (SELECT * FROM ${w.table} WHERE ${w.rows.replaceAll('$job', job)}) TO STDOUT`)),
        createWriteStream(join(dir, w.table)),
      );
      await client.query(`CREATE TABLE twin_${w.table} (LIKE ${w.table} INCLUDING ALL)`);
      for (const fk of w.fks) {
        await client.query(`ALTER TABLE twin_${w.table} ADD FOREIGN KEY ${fk}`);
      }
    }
    await client.query('ANALYZE');
    const t0 = performance.now();
    await client.query('BEGIN');
    const each: string[] = [];
    for (const w of WRITTEN) {
      const t = performance.now();
      await pipeline(createReadStream(join(dir, w.table)), client.query(copyFrom(`COPY twin_${w.table} FROM STDIN`)));
      each.push(`${w.table} ${((performance.now() - t) / 1000).toFixed(2)} s`);
    }
    await client.query('COMMIT');
    const seconds = (performance.now() - t0) / 1000;
    const n = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM twin_issued_decisions')).rows[0]?.n;
    if (n !== rows) {
      throw new Error(`the twin tables got ${n} of ${rows} decisions`);
    }
    const sizes = await client.query<{ t: string; n: number }>(
      `SELECT 'sanction' AS t, count(*)::int AS n FROM twin_sanction_records UNION ALL SELECT 'credit', count(*)::int FROM twin_credit_records
       UNION ALL SELECT 'correction', count(*)::int FROM twin_correction_items`,
    );
    process.stderr.write(
      `COPY of the same rows into the product's tables: ${rows} decisions (${sizes.rows.map((r) => `${r.n} ${r.t}`).join(', ')}) in ${seconds.toFixed(2)} s (${each.join(', ')})\n`,
    );
    return seconds;
  } finally {
    await client.end();
  }
}

async function runCopy(base: string, db: string, csv: string, rows: number): Promise<number> {
  const client = new pg.Client({ connectionString: dbUrl(base, db) });
  await client.connect();
  try {
    const cols = DECISION_IMPORT_COLUMNS.map((_, i) => `c${i} text`).join(', ');
    await client.query(`CREATE TABLE copy_target (${cols})`);
    await client.query('CREATE UNIQUE INDEX ON copy_target (c0)');
    const t1 = performance.now();
    await client.query('BEGIN');
    await pipeline(createReadStream(csv), client.query(copyFrom('COPY copy_target FROM STDIN WITH (FORMAT csv, HEADER true)')));
    await client.query('COMMIT');
    const seconds = (performance.now() - t1) / 1000;
    const n = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM copy_target')).rows[0]?.n;
    if (n !== rows) {
      throw new Error(`COPY loaded ${n} of ${rows} rows`);
    }
    process.stderr.write(`COPY: ${rows} rows in ${seconds.toFixed(2)} s\n`);
    return seconds;
  } finally {
    await client.end();
  }
}

export async function run(args: string[]): Promise<BenchResult[]> {
  const rows = arg(args, '--rows', 1_000_000);
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const dir = mkdtempSync(join(tmpdir(), 'rouxing-bench-recheck-'));
  const csv = join(dir, 'decisions.csv');
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const ours = `rouxing_bench_recheck_${process.pid}`;
  const anchor = `rouxing_bench_recheck_copy_${process.pid}`;
  try {
    for (const d of [ours, anchor]) {
      await admin.query(`DROP DATABASE IF EXISTS ${d}`);
      await admin.query(`CREATE DATABASE ${d}`);
    }
    const { seconds: oursSeconds, jobId } = await runOurs(base, ours, dir, csv, rows);
    const copySeconds = await runCopy(base, anchor, csv, rows);
    const floorSeconds = await runSchemaCopy(base, ours, dir, jobId, rows);
    return [
      {
        name: 'recheck',
        value: rows / oursSeconds,
        unit: 'rows/s',
        anchorName: 'postgres-copy',
        anchorValue: rows / copySeconds,
        anchorUnit: 'rows/s',
        ratio: copySeconds / oursSeconds,
      },
      {
        name: 'recheck-vs-schema-copy',
        value: rows / oursSeconds,
        unit: 'rows/s',
        anchorName: 'copy-into-product-tables',
        anchorValue: rows / floorSeconds,
        anchorUnit: 'rows/s',
        ratio: floorSeconds / oursSeconds,
      },
    ];
  } finally {
    for (const d of [ours, anchor]) {
      await admin.query(`DROP DATABASE IF EXISTS ${d} WITH (FORCE)`).catch(() => undefined);
    }
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}
