/**
 * The entries of a ZIP file (an .xlsx workbook) found through its central directory, each opened as a stream
 * of its inflated bytes. exceljs's streaming reader parses the archive in one pass instead, and that pass can
 * lose entries: unzipper's `Parse` reports its end as soon as the last input byte is consumed, while entries it
 * has already found may still wait in its paused output — so when writing a worksheet to a temporary file is
 * slow, the shared strings after it in the archive are never read (the CI failure behind decision 0033). The
 * central directory names every entry whatever the order or the timing.
 *
 * The source is a file (an uploaded import, by its path in the blob store) or a buffer (a rules file); the
 * compressed bytes read are reported to `onRead` (an import's progress). ZIP64 archives are read too.
 */
import { open } from 'node:fs/promises';
import { PassThrough, pipeline, Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export type FileSource = { path: string } | { buffer: Buffer };

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  names(): string[];
  has(name: string): boolean;
  /** The inflated bytes of an entry (stored or deflated; any other method throws). */
  stream(name: string): Readable;
  close(): Promise<void>;
}

/** A malformed archive (the readers turn it into the user's sentence). */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

interface RandomAccess {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
  stream(start: number, length: number): Readable;
  close(): Promise<void>;
}

async function randomAccess(src: FileSource): Promise<RandomAccess> {
  if ('buffer' in src) {
    const b = src.buffer;
    return {
      size: b.length,
      read: async (position, length) => b.subarray(position, Math.min(b.length, position + length)),
      stream: (start, length) => Readable.from([b.subarray(start, start + length)]),
      close: async () => undefined,
    };
  }
  const fh = await open(src.path, 'r');
  const { size } = await fh.stat();
  return {
    size,
    async read(position, length) {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      const { bytesRead } = await fh.read(buf, 0, buf.length, position);
      return buf.subarray(0, bytesRead);
    },
    stream: (start, length) =>
      length === 0 ? Readable.from([]) : fh.createReadStream({ start, end: start + length - 1, autoClose: false }),
    close: () => fh.close(),
  };
}

function u64(b: Buffer, at: number): number {
  const v = b.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ZipFormatError('ZIP64 offset out of range');
  }
  return Number(v);
}

/** Where the central directory is and how many entries it lists (the ZIP64 record when the classic one overflows). */
async function centralDirectory(io: RandomAccess): Promise<{ count: number; size: number; offset: number }> {
  // The end record (22 bytes) followed by a comment of at most 65,535 bytes.
  const tailLen = Math.min(io.size, 22 + MAX16);
  const tailStart = io.size - tailLen;
  const tail = await io.read(tailStart, tailLen);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) {
    throw new ZipFormatError('not a ZIP file: no end of central directory record');
  }
  const count = tail.readUInt16LE(at + 10);
  const size = tail.readUInt32LE(at + 12);
  const offset = tail.readUInt32LE(at + 16);
  if (count !== MAX16 && size !== MAX32 && offset !== MAX32) {
    return { count, size, offset };
  }
  const locAt = tailStart + at - 20;
  const loc = locAt >= 0 ? await io.read(locAt, 20) : Buffer.alloc(0);
  if (loc.length < 20 || loc.readUInt32LE(0) !== EOCD64_LOCATOR) {
    throw new ZipFormatError('ZIP64 end of central directory locator missing');
  }
  const rec = await io.read(u64(loc, 8), 56);
  if (rec.length < 56 || rec.readUInt32LE(0) !== EOCD64) {
    throw new ZipFormatError('ZIP64 end of central directory record missing');
  }
  return { count: u64(rec, 32), size: u64(rec, 40), offset: u64(rec, 48) };
}

/** The ZIP64 extended information of a central header: the fields whose classic value overflowed, in order. */
function zip64Fields(extra: Buffer, e: { compressedSize: number; localHeaderOffset: number; uncompressedSize: number }) {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = u64(extra, q);
        q += 8;
        return v;
      };
      if (e.uncompressedSize === MAX32) {
        next();
      }
      if (e.compressedSize === MAX32) {
        e.compressedSize = next();
      }
      if (e.localHeaderOffset === MAX32) {
        e.localHeaderOffset = next();
      }
      return;
    }
    p += 4 + len;
  }
}

export async function openZip(src: FileSource, onRead: (bytes: number) => void = () => undefined): Promise<ZipArchive> {
  const io = await randomAccess(src);
  try {
    const cd = await centralDirectory(io);
    const dir = await io.read(cd.offset, cd.size);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let i = 0; i < cd.count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_HEADER) {
        throw new ZipFormatError('central directory damaged');
      }
      const nameLen = dir.readUInt16LE(p + 28);
      const extraLen = dir.readUInt16LE(p + 30);
      const commentLen = dir.readUInt16LE(p + 32);
      const e = {
        name: dir.toString('utf8', p + 46, p + 46 + nameLen),
        method: dir.readUInt16LE(p + 10),
        compressedSize: dir.readUInt32LE(p + 20),
        uncompressedSize: dir.readUInt32LE(p + 24),
        localHeaderOffset: dir.readUInt32LE(p + 42),
      };
      zip64Fields(dir.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), e);
      entries.set(e.name, e);
      p += 46 + nameLen + extraLen + commentLen;
    }
    onRead(cd.size);
    const live = new Set<PassThrough>();
    return {
      names: () => [...entries.keys()],
      has: (name) => entries.has(name),
      stream(name) {
        const e = entries.get(name);
        if (!e) {
          throw new ZipFormatError(`no entry ${name}`);
        }
        if (e.method !== 0 && e.method !== 8) {
          throw new ZipFormatError(`entry ${name}: compression method ${e.method} not supported`);
        }
        const out = new PassThrough();
        live.add(out);
        out.on('close', () => live.delete(out));
        // The local header's name and extra field lengths may differ from the central directory's.
        io.read(e.localHeaderOffset, 30).then(
          (local) => {
            if (out.destroyed) {
              return;
            }
            if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_HEADER) {
              out.destroy(new ZipFormatError(`entry ${name}: local header missing`));
              return;
            }
            const start = e.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
            const raw = io.stream(start, e.compressedSize);
            raw.on('data', (c: Buffer) => onRead(c.length));
            const done = (err: Error | null) => err && out.destroy(err);
            if (e.method === 8) {
              pipeline(raw, createInflateRaw(), out, done);
            } else {
              pipeline(raw, out, done);
            }
          },
          (err: unknown) => out.destroy(err as Error),
        );
        return out;
      },
      async close() {
        // An entry left half-read (the reader stopped early) is torn down before its file is closed.
        for (const s of live) {
          s.destroy();
        }
        await io.close();
      },
    };
  } catch (err) {
    await io.close();
    throw err;
  }
}

/**
 * The worksheet an import reads: the lowest-numbered `xl/worksheets/sheetN.xml` (the first tab in the files
 * Excel, WPS and LibreOffice write), or null.
 */
export function firstWorksheet(names: readonly string[]): { name: string; sheetNo: number } | null {
  let best: { name: string; sheetNo: number } | null = null;
  for (const name of names) {
    const m = name.match(/^xl\/worksheets\/sheet(\d+)\.xml$/);
    if (m && (best === null || Number(m[1]) < best.sheetNo)) {
      best = { name, sheetNo: Number(m[1]) };
    }
  }
  return best;
}
