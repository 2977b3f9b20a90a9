/**
 * The number of rows of the first worksheet of an .xlsx file, found quickly before the import starts so
 * that the progress bar can follow rows (the exceljs reader buffers the compressed file, so bytes read
 * say nothing). Reads the ZIP central directory, inflates the sheet's entry and counts `<row` tags.
 */
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

async function readEntries(path: string): Promise<{ entries: ZipEntry[]; fh: Awaited<ReturnType<typeof open>> }> {
  const fh = await open(path, 'r');
  const { size } = await fh.stat();
  const tailLen = Math.min(size, 65_557);
  const tail = Buffer.alloc(tailLen);
  await fh.read(tail, 0, tailLen, size - tailLen);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) {
    await fh.close();
    throw new Error('not a ZIP file');
  }
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  const cd = Buffer.alloc(cdSize);
  await fh.read(cd, 0, cdSize, cdOffset);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count && p + 46 <= cd.length; i++) {
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    entries.push({
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      localHeaderOffset: cd.readUInt32LE(p + 42),
      name: cd.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, fh };
}

/** Rows (header included) of the first worksheet, or null when the file cannot be read this way. */
export async function countXlsxRows(path: string): Promise<number | null> {
  let fh: Awaited<ReturnType<typeof open>> | null = null;
  try {
    const r = await readEntries(path);
    fh = r.fh;
    const sheet = r.entries
      .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
      .sort((a, b) => Number(a.name.replace(/\D/g, '')) - Number(b.name.replace(/\D/g, '')))[0];
    if (!sheet || (sheet.method !== 8 && sheet.method !== 0)) {
      return null;
    }
    const local = Buffer.alloc(30);
    await fh.read(local, 0, 30, sheet.localHeaderOffset);
    const start = sheet.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const stream = fh.createReadStream({ start, end: start + sheet.compressedSize - 1, autoClose: false });
    const source = sheet.method === 8 ? stream.pipe(createInflateRaw()) : stream;
    const tag = Buffer.from('<row ');
    let rows = 0;
    let carry: Buffer = Buffer.alloc(0);
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const buf: Buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      let i = buf.indexOf(tag);
      while (i >= 0) {
        rows++;
        i = buf.indexOf(tag, i + tag.length);
      }
      carry = buf.subarray(Math.max(0, buf.length - (tag.length - 1)));
    }
    return rows;
  } catch {
    return null;
  } finally {
    await fh?.close();
  }
}
