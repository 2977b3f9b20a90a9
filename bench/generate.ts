/**
 * The synthetic-data generator:
 *   node --import tsx bench/generate.ts --count N --database-url URL [--region 430482] [--seed 1] [--table entities] [--start 0]
 * writes N realistic entities straight into a migrated database's `entities` table with COPY;
 *   node --import tsx bench/generate.ts --count N --csv FILE [--bad 0.01] [--region 430482] [--seed 1]
 * writes them as an import file instead (`writeEntitiesCsv`), a share of them deliberately wrong.
 * `--region` takes county codes, a prefecture or 430000, comma-separated.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEntityGenerator, type SyntheticEntity } from '@rouxing/domain';
import { newId } from '@rouxing/server';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BAD_ROW_COLUMN, BAD_ROW_KINDS, type BadRowKind, csvLine, entityCells, IMPORT_HEADER, spoil } from './entity-format';

/**
 * The target table: each column COPY fills and how an entity fills it (null → SQL NULL). Columns not
 * named take their defaults (whitelisted, in_observation_period, credit_grade, risk_level, status,
 * version, created_at, updated_at). Personal data stays NULL: the platform encrypts it with its own key.
 */
export const ENTITY_TABLE = {
  table: 'entities',
  columns: [
    ['region_code', (e) => e.regionCode],
    ['id', (_e, id) => id],
    ['uscc', (e) => e.uscc],
    ['name', (e) => e.name],
    ['entity_type', (e) => e.entityType],
    ['legal_representative', (e) => e.legalRepresentative],
    ['legal_representative_id_no_enc', () => null],
    ['contact_phone_enc', () => null],
    ['industry_code', (e) => e.industryCode],
    ['address', (e) => e.address],
    ['established_on', (e) => e.establishedOn],
    ['new_business_form', (e) => (e.newBusinessForm ? 't' : 'f')],
    ['search_text', (e) => `${e.name} ${e.uscc} ${e.legalRepresentative}`],
  ] as ReadonlyArray<readonly [column: string, value: (e: SyntheticEntity, id: string) => string | null]>,
};

/** What to generate. */
export interface GenerateOptions {
  seed?: number;
  /** County codes, a prefecture or the province (default: every county of Hunan). */
  regionCodes?: readonly string[];
  /** Index of the first entity; a later run given the previous run's end adds without USCC clashes. */
  startIndex?: number;
  /** Latest establishment date (default 2025-12-31). */
  asOf?: string;
}

/** One deliberately wrong row: its number as a spreadsheet shows it (the header is row 1). */
export interface BadRow {
  row: number;
  kind: BadRowKind;
  /** The header of the spoiled column. */
  column: string;
}

const generatorFor = (opts: GenerateOptions) =>
  createEntityGenerator(opts.seed ?? 1, { regionCodes: opts.regionCodes, startIndex: opts.startIndex, asOf: opts.asOf });

/**
 * Writes an import file (UTF-8 with BOM, header row, then `count` rows). `badRowRatio` of the rows
 * (rounded to a whole number of rows) are spoiled, spread evenly, cycling through BAD_ROW_KINDS.
 */
export async function writeEntitiesCsv(
  path: string,
  count: number,
  opts: GenerateOptions = {},
  bad: { badRowRatio?: number } = {},
): Promise<{ rows: number; bad: number; badRows: BadRow[] }> {
  const ratio = bad.badRowRatio ?? 0;
  if (!(ratio >= 0 && ratio <= 1)) {
    throw new Error(`badRowRatio 应在 0 到 1 之间：${ratio}`);
  }
  const totalBad = Math.round(count * ratio);
  const gen = generatorFor(opts);
  const out = createWriteStream(path);
  const badRows: BadRow[] = [];
  let chunk = `\uFEFF${csvLine(IMPORT_HEADER)}`;
  for (let i = 1; i <= count; i++) {
    let cells = entityCells(gen.next());
    // Integer Bresenham: exactly totalBad rows, evenly spaced, the last one at row `count`.
    if (Math.floor((i * totalBad) / count) > Math.floor(((i - 1) * totalBad) / count)) {
      const kind = BAD_ROW_KINDS[badRows.length % BAD_ROW_KINDS.length] as BadRowKind;
      cells = spoil(cells, kind);
      badRows.push({ row: i + 1, kind, column: BAD_ROW_COLUMN[kind] });
    }
    chunk += csvLine(cells);
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) {
        await once(out, 'drain');
      }
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return { rows: count, bad: badRows.length, badRows };
}

/** COPY text format: backslash, tab and line breaks escaped, NULL as `\N`. */
const esc = (v: string | null) =>
  v === null
    ? '\\N'
    : /[\\\t\n\r]/.test(v)
      ? v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
      : v;

/** COPYs `count` synthetic entities into `opts.table` (default `entities`) over an open connection. */
export async function copyEntities(
  client: pg.ClientBase,
  count: number,
  opts: GenerateOptions & { table?: string } = {},
): Promise<{ rows: number; ms: number }> {
  const table = opts.table ?? ENTITY_TABLE.table;
  if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(table)) {
    throw new Error(`表名不合法：${table}`);
  }
  const gen = generatorFor(opts);
  const values = ENTITY_TABLE.columns.map(([, value]) => value);
  const started = performance.now();
  async function* lines() {
    let chunk = '';
    for (let i = 0; i < count; i++) {
      const e = gen.next();
      const id = newId();
      let line = '';
      for (let k = 0; k < values.length; k++) {
        line += (k === 0 ? '' : '\t') + esc((values[k] as (typeof values)[number])(e, id));
      }
      chunk += `${line}\n`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  const columns = ENTITY_TABLE.columns.map(([c]) => c).join(', ');
  await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)));
  return { rows: count, ms: performance.now() - started };
}

const USAGE =
  '用法: node --import tsx bench/generate.ts --count N (--database-url URL [--table entities] [--start 0] | --csv FILE [--bad 0.01]) [--region 430482] [--seed 1]\n';

async function main(): Promise<void> {
  const { values: a } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      'database-url': { type: 'string' },
      csv: { type: 'string' },
      bad: { type: 'string', default: '0' },
      region: { type: 'string' },
      seed: { type: 'string', default: '1' },
      table: { type: 'string', default: ENTITY_TABLE.table },
      start: { type: 'string', default: '0' },
    },
  });
  const count = Number(a.count);
  const opts: GenerateOptions = {
    seed: Number(a.seed),
    regionCodes: a.region ? a.region.split(',') : undefined,
    startIndex: Number(a.start),
  };
  if (!Number.isInteger(count) || count < 0) {
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  if (a.csv) {
    const t = performance.now();
    const r = await writeEntitiesCsv(a.csv, count, opts, { badRowRatio: Number(a.bad) });
    const s = (performance.now() - t) / 1000;
    process.stdout.write(`wrote ${r.rows} rows (${r.bad} bad) to ${a.csv} in ${s.toFixed(1)} s, ${Math.round(r.rows / s)} rows/s\n`);
    return;
  }
  const url = a['database-url'];
  if (!url) {
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await copyEntities(client, count, { ...opts, table: a.table });
    process.stdout.write(
      `copied ${r.rows} entities into ${a.table} in ${(r.ms / 1000).toFixed(1)} s, ${Math.round(r.rows / (r.ms / 1000))} rows/s\n`,
    );
  } finally {
    await client.end();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
