/**
 * Streaming reader of .xlsx files (the CSV reader is in csv-rows.ts): rows as arrays of strings, the
 * worksheet never held in memory.
 */
import type { Readable } from 'node:stream';
import type { Row } from 'exceljs';
import ExcelJS from './exceljs';
import { type FileSource, firstWorksheet, openZip } from './zip-entries';

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

/** What of exceljs's streaming workbook reader is driven here, entry by entry (see `readXlsxRows`). */
interface ExcelJsWorkbookReader {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Generator<{ eventType: string; value: AsyncIterable<Row> }>;
}

/**
 * Rows of the first worksheet (`firstWorksheet`). The archive is read through its central directory
 * (zip-entries.ts), and exceljs's parsers are given the entries in the order they depend on each other —
 * relationships, workbook, shared strings, styles, then the worksheet, row by row — whatever their order in
 * the file: its own single pass over the archive can lose the entries after a worksheet (decision 0033).
 */
export async function* readXlsxRows(file: FileSource, onRead?: (bytes: number) => void): AsyncGenerator<SheetRow> {
  const zip = await openZip(file, onRead);
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as unknown as Readable, {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      worksheets: 'emit',
      entries: 'ignore',
    }) as unknown as ExcelJsWorkbookReader;
    if (zip.has('xl/_rels/workbook.xml.rels')) {
      await reader._parseRels(zip.stream('xl/_rels/workbook.xml.rels'));
    }
    if (zip.has('xl/workbook.xml')) {
      await reader._parseWorkbook(zip.stream('xl/workbook.xml'));
    }
    if (zip.has('xl/sharedStrings.xml')) {
      for await (const _ of reader._parseSharedStrings(zip.stream('xl/sharedStrings.xml'))) {
        // 'cache': the strings are kept on the reader; nothing is yielded.
      }
    }
    if (zip.has('xl/styles.xml')) {
      await reader._parseStyles(zip.stream('xl/styles.xml'));
    }
    const sheet = firstWorksheet(zip.names());
    if (!sheet) {
      return;
    }
    for (const { value: worksheet } of reader._parseWorksheet(zip.stream(sheet.name), String(sheet.sheetNo))) {
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) {
          cells.push(cellText(values[i]));
        }
        yield { rowNo: row.number, cells };
      }
    }
  } finally {
    await zip.close();
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
