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
  doc.render(data);
  return doc.toBuffer({ compression: 'DEFLATE' });
}
