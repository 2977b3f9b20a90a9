/** Filling a .docx template's `{placeholders}` (docxtemplater) — default or uploaded by a department. */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { AppError } from '../errors';

/** The placeholders a template uses (to check an uploaded one before it is accepted). */
export function templateTags(template: Buffer): string[] {
  const doc = load(template);
  const text = doc.getFullText();
  // Any `{…}`: an unknown or misspelt name is reported by the caller rather than printed literally.
  return [...new Set([...text.matchAll(/\{([^{}]+)\}/g)].map((m) => (m[1] as string).trim()))];
}

function load(template: Buffer): Docxtemplater<PizZip> {
  try {
    return new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true, nullGetter: () => '' });
  } catch (err) {
    const detail = (err as { properties?: { errors?: { properties?: { explanation?: string } }[] } }).properties?.errors?.[0]?.properties
      ?.explanation;
    throw new AppError('VALIDATION', `模板文件无法解析${detail ? `：${detail}` : ''}`, [
      { path: 'file', message: '请上传有效的.docx模板，占位符形如{partyName}' },
    ]);
  }
}

/** The document: the template with every placeholder filled (a missing value leaves the place blank). */
export function renderDocx(template: Buffer, data: Record<string, string>): Buffer {
  const doc = load(template);
  doc.render(withoutDoubledPunctuation(doc.getFullText(), data));
  return doc.toBuffer({ compression: 'DEFLATE' });
}

const CLOSING = '。；，！？：.;,';
/**
 * A value ending in punctuation where the template puts its own right after the placeholder ("{facts}。")
 * loses its own, so that the document never reads "情节轻微。。" (GB/T 9704-2012: 标点符号 used once).
 */
export function withoutDoubledPunctuation(templateText: string, data: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const at = templateText.indexOf(`{${key}}`);
    let followed = false;
    for (let i = at; i >= 0; i = templateText.indexOf(`{${key}}`, i + 1)) {
      followed ||= CLOSING.includes(templateText.charAt(i + key.length + 2));
    }
    out[key] = followed ? value.replace(/[。；，！？：.;,\s]+$/u, '') : value;
  }
  return out;
}
