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

/** A file the reader could not make sense of (a damaged or hostile workbook): its message is for the user. */
export class UnreadableFileError extends Error {}

/**
 * The rows of `rows`, an error of the reader turned into a plain Chinese sentence: a parser's internal
 * message ("Cannot read properties of undefined…") is logged, never shown.
 */
export async function* readableRows(rows: AsyncGenerator<SheetRow>, format: 'xlsx' | 'csv'): AsyncGenerator<SheetRow> {
  try {
    yield* rows;
  } catch (err) {
    const what = format === 'xlsx' ? '不是有效的.xlsx工作簿，或已损坏' : '不是有效的UTF-8编码.csv文件，或已损坏';
    throw new UnreadableFileError(`文件无法读取：${what}。请用导入模板重新填写后上传`, { cause: err });
  }
}
