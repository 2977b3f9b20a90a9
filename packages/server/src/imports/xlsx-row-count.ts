/**
 * The number of rows of the worksheet an import reads, found quickly before the import starts so that the
 * progress bar can follow rows (bytes say little about an .xlsx: its worksheet is compressed). Inflates the
 * sheet's entry and counts `<row` tags.
 */
import { firstWorksheet, openZip } from './zip-entries';

/** Rows (header included) of the first worksheet, or null when the file cannot be read this way. */
export async function countXlsxRows(path: string): Promise<number | null> {
  let zip: Awaited<ReturnType<typeof openZip>> | null = null;
  try {
    zip = await openZip({ path });
    const sheet = firstWorksheet(zip.names());
    if (!sheet) {
      return null;
    }
    const tag = Buffer.from('<row ');
    let rows = 0;
    let carry: Buffer = Buffer.alloc(0);
    for await (const chunk of zip.stream(sheet.name) as AsyncIterable<Buffer>) {
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
    await zip?.close();
  }
}
