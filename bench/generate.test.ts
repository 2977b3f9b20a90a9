import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntityInputSchema } from '@rouxing/contracts';
import { checkUscc, industryName } from '@rouxing/domain';
import { headerOf, mapHeader, rowToRawInput } from '@rouxing/server';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORT_HEADER } from './entity-format';
import { ENTITY_TABLE, writeEntitiesCsv } from './generate';

const dir = mkdtempSync(join(tmpdir(), 'rx-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The headers of the columns an import would reject in one row (schema, check character, industry). */
function rejectedColumns(cells: string[], positions: ReturnType<typeof mapHeader>['positions']): string[] {
  const parsed = EntityInputSchema.safeParse(rowToRawInput(cells, positions));
  if (!parsed.success) {
    return [...new Set(parsed.error.issues.map((i) => headerOf(i.path.join('.'))))];
  }
  const out: string[] = [];
  if (!checkUscc(parsed.data.uscc).valid) {
    out.push('统一社会信用代码');
  }
  if (industryName(parsed.data.industryCode) === null) {
    out.push('行业代码');
  }
  return out;
}

describe('[BENCH] synthetic import files', () => {
  it('writes the header and N rows, with exactly the asked share of bad rows, each wrong in its one column', async () => {
    const file = join(dir, 'e.csv');
    const r = await writeEntitiesCsv(file, 1000, { seed: 5, regionCodes: ['430482'] }, { badRowRatio: 0.03 });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('"');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(`\uFEFF${IMPORT_HEADER.join(',')}`);
    expect(lines).toHaveLength(1001);
    expect(r.bad).toBe(30);
    expect(r.badRows).toHaveLength(30);
    expect(new Set(r.badRows.map((b) => b.kind)).size).toBe(8);

    const { positions, missing } = mapHeader((lines[0] as string).split(','));
    expect(missing).toEqual([]);
    const bad = new Map(r.badRows.map((b) => [b.row, b.column]));
    lines.slice(1).forEach((line, i) => {
      const row = i + 2;
      const column = bad.get(row);
      expect(rejectedColumns(line.split(','), positions), `row ${row}: ${line}`).toEqual(column ? [column] : []);
    });
  });
  it.each([
    [0, 0],
    [0.001, 1],
    [0.29, 290],
    [1, 1000],
  ])('spoils round(N × %s) = %s rows of 1000', async (ratio, expected) => {
    const r = await writeEntitiesCsv(join(dir, `r${ratio}.csv`), 1000, { seed: 6 }, { badRowRatio: ratio });
    expect(r.bad).toBe(expected);
    expect(new Set(r.badRows.map((b) => b.row)).size).toBe(expected);
  });
  it('maps every column of the target table once, id and region first', () => {
    const columns = ENTITY_TABLE.columns.map(([c]) => c);
    expect(new Set(columns).size).toBe(columns.length);
    expect(columns.slice(0, 2)).toEqual(['region_code', 'id']);
  });
});
