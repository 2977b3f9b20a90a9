import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_HEADER } from './entity-format';
import { writeEntitiesCsv } from './generate';

describe('[BENCH] synthetic import files', () => {
  it('writes the header and N rows, with the asked share of bad rows', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rx-gen-')), 'e.csv');
    const r = await writeEntitiesCsv(file, 1000, { seed: 5, regionCodes: ['430482'] }, { badRowRatio: 0.01 });
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(`\uFEFF${IMPORT_HEADER.join(',')}`);
    expect(lines).toHaveLength(1001);
    expect(r.bad).toBe(10);
  });
});
