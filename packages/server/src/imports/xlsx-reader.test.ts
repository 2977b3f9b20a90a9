import fs, { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from './exceljs';
import { readXlsxRows, type SheetRow } from './row-readers';
import { countXlsxRows } from './xlsx-row-count';
import { firstWorksheet, openZip } from './zip-entries';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/libreoffice-calc-entities.xlsx');

async function all(rows: AsyncGenerator<SheetRow>): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const r of rows) {
    out.push(r);
  }
  return out;
}

async function workbook(rows: string[][], zip?: { forceZip64: boolean }): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, zip } as never);
  const ws = wb.addWorksheet('主体');
  for (const r of rows) {
    ws.addRow(r).commit();
  }
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

const realOpen = fs.open;

describe('[ENTITY][IMPORT] .xlsx reader (central directory)', () => {
  afterEach(() => {
    fs.open = realOpen;
  });

  // The CI failure of 2026-12-05: LibreOffice stores the worksheet before the shared strings; exceljs's one pass
  // wrote the worksheet to a temporary file, and when that was slow the entries after it were lost and the
  // header read as `[object Object]` (表头缺少必填列). A disk that takes 50 ms to open a file made it happen every time.
  it('reads the shared strings stored after the worksheet however slowly the disk answers', async () => {
    fs.open = ((...args: Parameters<typeof fs.open>) => {
      setTimeout(() => (realOpen as (...a: unknown[]) => void)(...args), 50);
    }) as typeof fs.open;
    const zip = await openZip({ path: FIXTURE });
    const names = zip.names();
    await zip.close();
    expect(names.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(names.indexOf('xl/sharedStrings.xml'));
    for (const file of [{ path: FIXTURE }, { buffer: readFileSync(FIXTURE) }]) {
      const rows = await all(readXlsxRows(file));
      expect(rows).toHaveLength(16);
      expect(rows[0]?.cells.slice(0, 3)).toEqual(['统一社会信用代码', '名称', '主体类型']);
      expect(rows.find((r) => r.cells[1] === '常宁市宜阳镇福旺餐馆')).toBeDefined();
    }
    expect(await countXlsxRows(FIXTURE)).toBe(16);
  });

  it('reads a ZIP64 workbook (written with ZIP64 headers) the same as a classic one', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`常宁市测试${i}号商行`, '个体工商户', String(i)]);
    const classic = await workbook(rows);
    const zip64 = await workbook(rows, { forceZip64: true });
    // The ZIP64 end of central directory record is there.
    expect(zip64.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    expect(classic.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(false);
    const a = await all(readXlsxRows({ buffer: classic }));
    const b = await all(readXlsxRows({ buffer: zip64 }));
    expect(a.map((r) => r.cells)).toEqual(rows);
    expect(b).toEqual(a);
  });

  it('reads an entry whose sizes and offset are in its ZIP64 extra field', async () => {
    const data = Buffer.from('常宁市柔性执法');
    const name = Buffer.from('a.txt');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 6);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(28, 30);
    central.writeUInt32LE(0xffffffff, 42);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(data.length), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    extra.writeBigUInt64LE(0n, 20);
    const cdOffset = local.length + name.length + data.length;
    const cdSize = central.length + name.length + extra.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(cdSize, 12);
    end.writeUInt32LE(cdOffset, 16);
    const zip = await openZip({ buffer: Buffer.concat([local, name, data, central, name, extra, end]) });
    const got: Buffer[] = [];
    for await (const c of zip.stream('a.txt')) {
      got.push(c as Buffer);
    }
    expect(Buffer.concat(got).toString()).toBe('常宁市柔性执法');
    await zip.close();
  });

  it('counts the compressed bytes it reads, and refuses what is not a ZIP archive', async () => {
    let bytes = 0;
    const size = readFileSync(FIXTURE).length;
    await all(readXlsxRows({ path: FIXTURE }, (n) => (bytes += n)));
    expect(bytes).toBeGreaterThan(size / 2);
    expect(bytes).toBeLessThanOrEqual(size);
    await expect(all(readXlsxRows({ buffer: Buffer.from('统一社会信用代码,名称\n') }))).rejects.toThrow(/end of central directory/);
  });

  it('takes the lowest-numbered worksheet', () => {
    expect(firstWorksheet(['xl/worksheets/sheet10.xml', 'xl/worksheets/sheet2.xml', 'xl/styles.xml'])).toEqual({
      name: 'xl/worksheets/sheet2.xml',
      sheetNo: 2,
    });
    expect(firstWorksheet(['xl/workbook.xml'])).toBeNull();
  });
});
