/**
 * The synthetic-data generator: `node --import tsx bench/generate.ts --count N --database-url URL
 * [--region 430482] [--seed 1]` writes N realistic entities straight into the `entities` table of a
 * migrated database with COPY; `writeEntitiesCsv` writes them as an import file instead.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createEntityGenerator } from '@rouxing/domain';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { newId } from '../packages/server/src/records/ids';
import { BAD_ROW_KINDS, csvLine, entityCells, IMPORT_HEADER, spoil } from './entity-format';

export interface GenerateOptions {
  seed?: number;
  regionCodes?: readonly string[];
}

/** Writes an import file of `count` rows (plus the header); `badRowRatio` of them deliberately wrong, spread evenly. */
export async function writeEntitiesCsv(
  path: string,
  count: number,
  opts: GenerateOptions = {},
  bad: { badRowRatio?: number } = {},
): Promise<{ bad: number }> {
  const gen = createEntityGenerator(opts.seed ?? 1, { regionCodes: opts.regionCodes });
  const out = createWriteStream(path);
  const every = bad.badRowRatio ? Math.round(1 / bad.badRowRatio) : 0;
  let badRows = 0;
  let chunk = `\uFEFF${csvLine(IMPORT_HEADER)}`;
  for (let i = 1; i <= count; i++) {
    let cells = entityCells(gen.next());
    if (every && i % every === 0) {
      cells = spoil(cells, BAD_ROW_KINDS[badRows % BAD_ROW_KINDS.length] as (typeof BAD_ROW_KINDS)[number]);
      badRows++;
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
  return { bad: badRows };
}

const esc = (v: string | null) =>
  v === null ? '\\N' : v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));

/** COPYs `count` entities into `entities` (personal data left empty: it is encrypted by the platform's key). */
export async function copyEntities(client: pg.Client, count: number, opts: GenerateOptions = {}): Promise<void> {
  const gen = createEntityGenerator(opts.seed ?? 1, { regionCodes: opts.regionCodes });
  const now = new Date().toISOString();
  async function* lines() {
    let chunk = '';
    for (let i = 0; i < count; i++) {
      const e = gen.next();
      chunk += `${e.regionCode}\t${newId()}\t${e.uscc}\t${esc(e.name)}\t${e.entityType}\t${esc(e.legalRepresentative)}\t${e.industryCode}\t${esc(e.address)}\t${esc(e.establishedOn)}\t${e.newBusinessForm ? 't' : 'f'}\t${esc(`${e.name} ${e.uscc} ${e.legalRepresentative}`)}\t${now}\t${now}\n`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  await pipeline(
    Readable.from(lines()),
    client.query(
      copyFrom(
        'COPY entities (region_code, id, uscc, name, entity_type, legal_representative, industry_code, address, established_on, new_business_form, search_text, created_at, updated_at) FROM STDIN',
      ),
    ),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const count = Number(arg('--count') ?? 10000);
  const url = arg('--database-url') ?? process.env.DATABASE_URL;
  const region = arg('--region');
  const csv = arg('--csv');
  const seed = Number(arg('--seed') ?? 1);
  if (csv) {
    await writeEntitiesCsv(csv, count, { seed, regionCodes: region ? [region] : undefined }, { badRowRatio: Number(arg('--bad') ?? 0) });
    process.stdout.write(`wrote ${count} rows to ${csv}\n`);
  } else if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const t = performance.now();
    await copyEntities(client, count, { seed, regionCodes: region ? [region] : undefined });
    await client.end();
    process.stdout.write(`copied ${count} entities in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  } else {
    process.stderr.write(
      '用法: node --import tsx bench/generate.ts --count N (--database-url URL | --csv FILE [--bad 0.01]) [--region 430482] [--seed 1]\n',
    );
    process.exitCode = 2;
  }
}
