/** The type of an uploaded import file, by its content (magic bytes), never by its name. */
export type ImportFormat = 'xlsx' | 'csv';

/** .xlsx is a ZIP; CSV is UTF-8 text; anything else (UTF-16, GBK, binary) is refused. */
export function detectFormat(head: Buffer): ImportFormat | null {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return 'xlsx';
  }
  const text = head.subarray(0, Math.min(head.length, 4096));
  if (text.includes(0)) {
    return null;
  }
  // A UTF-8 decoder that refuses bad bytes; `stream` lets a character cut at the end of the sample pass.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(text, { stream: true });
    return 'csv';
  } catch {
    return null;
  }
}
