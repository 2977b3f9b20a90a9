import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRows } from './csv-rows';

async function rows(chunks: (string | Buffer)[]) {
  const out: { rowNo: number; cells: string[] }[] = [];
  for await (const r of readCsvRows(Readable.from(chunks))) {
    out.push(r);
  }
  return out;
}

describe('[ENTITY][IMPORT] CSV reader', () => {
  it('reads quoted cells, doubled quotes, line breaks in quotes, CRLF and a BOM', async () => {
    const text = '\uFEFF名称,地址\r\n"常宁市""老街""早餐店","宜阳街道\n建设路1号"\r\n简单,b\n\n最后,无换行';
    expect(await rows([text])).toEqual([
      { rowNo: 1, cells: ['名称', '地址'] },
      { rowNo: 2, cells: ['常宁市"老街"早餐店', '宜阳街道\n建设路1号'] },
      { rowNo: 4, cells: ['简单', 'b'] },
      { rowNo: 6, cells: ['最后', '无换行'] },
    ]);
  });

  it('gives the same rows however the bytes are split (multi-byte characters cut between chunks)', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('常宁市', '"引号"', 'a,b', '换\n行', ''));
    return fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.nat(40),
        async (table, cut) => {
          const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
          const text = table.map((r) => r.map(quote).join(',')).join('\r\n');
          const bytes = Buffer.from(text, 'utf8');
          const at = Math.min(cut, bytes.length);
          const whole = await rows([bytes]);
          const split = await rows([bytes.subarray(0, at), bytes.subarray(at)]);
          expect(split).toEqual(whole);
          expect(whole.map((r) => r.cells)).toEqual(table);
        },
      ),
    );
  });
});

describe('[ENTITY][IMPORT] file type by content', () => {
  it('takes UTF-8 text as CSV even when the sample cuts a character, and refuses other bytes', async () => {
    const { detectFormat } = await import('./run-entity-import');
    const text = Buffer.from(`\uFEFF${'常宁市'.repeat(2000)}`);
    for (const cut of [4095, 4096, 4097, 4098]) {
      expect(detectFormat(text.subarray(0, cut))).toBe('csv');
    }
    expect(detectFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('xlsx');
    expect(detectFormat(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBeNull();
    expect(detectFormat(Buffer.from([0xb3, 0xa3, 0xc4, 0xfe]))).toBeNull();
  });
});

describe('[ENTITY][IMPORT] large .xlsx', () => {
  it('reads Chinese text intact whatever the chunking of the compressed sheet (exceljs decoder fix)', async () => {
    const { default: ExcelJS } = await import('./exceljs');
    const { readXlsxRows } = await import('./row-readers');
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const ws = wb.addWorksheet('s');
    for (let i = 0; i < 20_000; i++) {
      ws.addRow([`常宁市测试${i}号商行`, '个体工商户', '否']).commit();
    }
    ws.commit();
    await wb.commit();
    let bad = 0;
    let n = 0;
    for await (const r of readXlsxRows({ buffer: Buffer.concat(chunks) })) {
      n++;
      if (r.cells[1] !== '个体工商户' || r.cells[2] !== '否' || r.cells[0]?.includes('\uFFFD')) {
        bad++;
      }
    }
    expect(n).toBe(20_000);
    expect(bad).toBe(0);
  });
});
