/**
 * Reading the catalogue and list files that agencies exchange (.xlsx or UTF-8 .csv, first row Chinese
 * headers): rows as records keyed by header, every problem named `第N行.列名`, nothing written unless
 * every row is good (row-level errors reported, nothing half-imported).
 */
import { Readable } from 'node:stream';
import { AppError, type FieldError, validationError } from '../../errors';
import { readCsvRows, readXlsxRows } from '../../imports/row-readers';
import { detectFormat } from '../../imports/run-entity-import';

/** Rule files are small: a few thousand rows at most. */
export const MAX_RULE_FILE_BYTES = 10 * 1024 * 1024;

export interface TableRow {
  rowNo: number;
  get(header: string): string;
}

export async function readRuleFile(file: Buffer, requiredHeaders: readonly string[]): Promise<TableRow[]> {
  if (file.length > MAX_RULE_FILE_BYTES) {
    throw new AppError('UPLOAD.TOO_LARGE', '文件超过10 MB的大小限制', [{ path: 'file', message: '文件超过10 MB' }]);
  }
  const format = file.length === 0 ? null : detectFormat(file.subarray(0, 8192));
  if (!format) {
    const message = '文件类型不受支持：请上传.xlsx文件或UTF-8编码的.csv文件';
    throw new AppError('UPLOAD.UNSUPPORTED_TYPE', message, [{ path: 'file', message }]);
  }
  const reader = format === 'xlsx' ? readXlsxRows({ buffer: file }) : readCsvRows(Readable.from([file]));
  let headers: string[] | null = null;
  const rows: TableRow[] = [];
  for await (const r of reader) {
    const cells = r.cells.map((c) => c.replace(/^\uFEFF/, '').trim());
    if (!headers) {
      headers = cells;
      const missing = requiredHeaders.filter((h) => !cells.includes(h));
      if (missing.length > 0) {
        throw validationError(missing.map((h) => ({ path: `第1行.${h}`, message: `缺少列“${h}”，请使用导入模板` })));
      }
      continue;
    }
    if (cells.every((c) => c === '')) {
      continue;
    }
    const index = new Map(headers.map((h, i) => [h, i]));
    rows.push({ rowNo: r.rowNo, get: (h) => cells[index.get(h) ?? -1] ?? '' });
  }
  if (!headers || rows.length === 0) {
    throw validationError([{ path: 'file', message: '文件中没有数据行' }]);
  }
  return rows;
}

/** 是/否 (also Y/N, 1/0, true/false); '' is `fallback`. */
export function yesNo(v: string, fallback = false): boolean | null {
  const s = v.trim().toLowerCase();
  if (s === '') {
    return fallback;
  }
  if (['是', 'y', 'yes', '1', 'true', '√'].includes(s)) {
    return true;
  }
  if (['否', 'n', 'no', '0', 'false', '×'].includes(s)) {
    return false;
  }
  return null;
}

/** An optional whole number; NaN when present but not one. */
export function optionalInt(v: string): number | null {
  const s = v.trim().replace(/,/g, '');
  if (s === '') {
    return null;
  }
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

/** Zod issues of one row, as `第N行.列名` (the column found from the schema path by `columnOf`). */
export function rowProblems(
  rowNo: number,
  issues: { path: PropertyKey[]; message: string }[],
  columnOf: (path: string) => string,
): FieldError[] {
  return issues.map((i) => ({ path: `第${rowNo}行.${columnOf(i.path.map(String).join('.'))}`, message: i.message }));
}

/** The column of a schema path through `map` (a nested path falls back to its first segment). */
export const columnOf =
  (map: Record<string, string>) =>
  (path: string): string =>
    map[path] ?? map[path.split('.')[0] ?? ''] ?? path;
