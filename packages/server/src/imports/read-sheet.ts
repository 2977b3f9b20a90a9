/**
 * What every file import shares (市场主体, 行政处罚决定): the stored file read as a stream with its bytes
 * counted for the progress bar, the reader's failures turned into a plain Chinese sentence, the header
 * mapped to the import's columns, blank rows skipped, and a progress tick at most every few hundred
 * milliseconds. What a row means and when rows are written is the import's own business.
 */
import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import type { ImportFormat } from './detect-format';
import { readableRows, readCsvRows, readXlsxRows, type SheetRow, UnreadableFileError } from './row-readers';
import type { FileSource } from './zip-entries';

export interface CountedSource {
  /** The rows of the file, as the reader yields them (an unreadable file throws `UnreadableFileError`). */
  rows: AsyncGenerator<SheetRow>;
  /** Bytes the reader has pulled so far. */
  bytes: () => number;
}

/** The stored file's rows, with the bytes the reader has pulled counted (the progress bar). */
export function openSheet(file: FileSource, format: ImportFormat): CountedSource {
  let bytes = 0;
  const count = (n: number) => {
    bytes += n;
  };
  if (format === 'xlsx') {
    return { rows: readableRows(readXlsxRows(file, count), format), bytes: () => bytes };
  }
  // A pipe, not a 'data' listener: that would start the flow before the reader is attached and lose the first chunks.
  const stream = ('path' in file ? createReadStream(file.path) : Readable.from([file.buffer])).pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        count(chunk.length);
        done(null, chunk);
      },
    }),
  );
  return { rows: readableRows(readCsvRows(stream), format), bytes: () => bytes };
}

export interface SheetVisitor<P> {
  /** The header row mapped to the import's columns; `missing` names the required columns not found. */
  header: (cells: readonly string[]) => { positions: P; missing: string[] };
  /** Each data row that is not blank, in file order. */
  row: (row: SheetRow, positions: P) => void | Promise<void>;
  /** Called every so often while rows are read (the job's progress). */
  progress: () => Promise<void>;
  progressEveryMs: number;
}

/**
 * Reads the header and then every row. Returns the message of a file that cannot be imported at all (no
 * header row, required columns missing), else null once every row has been visited.
 */
export async function visitSheet<P>(rows: AsyncGenerator<SheetRow>, v: SheetVisitor<P>): Promise<string | null> {
  let positions: P | null = null;
  let seen = 0;
  let lastProgressAt = Date.now();
  for await (const row of rows) {
    if (positions === null) {
      const header = v.header(row.cells);
      if (header.missing.length > 0) {
        return `表头缺少必填列：${header.missing.join('、')}。请使用导入模板。`;
      }
      positions = header.positions;
      continue;
    }
    if (row.cells.every((x) => x.trim() === '')) {
      continue;
    }
    await v.row(row, positions);
    seen++;
    if ((seen & 255) === 0 && Date.now() - lastProgressAt > v.progressEveryMs) {
      lastProgressAt = Date.now();
      await v.progress();
    }
  }
  return positions === null ? '文件为空：没有表头行' : null;
}

/** The job's message when an import stops on an unexpected failure: a reader's sentence is shown, anything else only logged. */
export function abortReason(err: unknown, jobId: string): string {
  return err instanceof UnreadableFileError ? err.message : `服务器处理出错（已记录，任务编号 ${jobId}）`;
}
