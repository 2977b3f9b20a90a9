/**
 * Streaming reader of .xlsx files (the CSV reader is in csv-rows.ts): rows as arrays of strings, the
 * file never held in memory.
 */
import type { Readable } from 'node:stream';
import type { Row } from 'exceljs';
import ExcelJS from './exceljs';

export interface SheetRow {
  /** 1-based row number as a spreadsheet shows it. */
  rowNo: number;
  cells: string[];
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A cell value as text; dates as YYYY-MM-DD (Excel dates carry no zone: read as UTC). */
function cellText(v: unknown): string {
  if (v === null || v === undefined) {
    return '';
  }
  if (typeof v === 'string') {
    return v;
  }
  if (typeof v === 'number') {
    return Number.isInteger(v) ? String(v) : String(v);
  }
  if (typeof v === 'boolean') {
    return v ? '是' : '否';
  }
  if (v instanceof Date) {
    return `${v.getUTCFullYear()}-${two(v.getUTCMonth() + 1)}-${two(v.getUTCDate())}`;
  }
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (o.richText) {
      return o.richText.map((t) => t.text).join('');
    }
    if (o.result !== undefined) {
      return cellText(o.result);
    }
    if (o.text !== undefined) {
      return cellText(o.text);
    }
    if (o.error) {
      return '';
    }
  }
  return String(v);
}

/** Rows of the first worksheet. */
export async function* readXlsxRows(source: Readable): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<Row>) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) {
        cells.push(cellText(values[i]));
      }
      yield { rowNo: row.number, cells };
    }
    return;
  }
}

export { readCsvRows } from './csv-rows';
