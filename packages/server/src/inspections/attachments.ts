/** The evidence a complaint may carry: JPEG, PNG or PDF, judged by content, at most 10 MB each (SECURITY.md). */
import { AppError } from '../errors';

const ATTACHMENT_TYPES: Record<string, Buffer> = {
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  'application/pdf': Buffer.from('%PDF-'),
};
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function attachmentTypeOf(data: Buffer): string | null {
  for (const [type, magic] of Object.entries(ATTACHMENT_TYPES)) {
    if (data.subarray(0, magic.length).equals(magic)) {
      return type;
    }
  }
  return null;
}

/** Refuses the first attachment too large (413) or of a type not accepted (415), naming it. */
export function checkAttachments(files: readonly { data: Buffer; fileName: string }[]): void {
  for (const [i, f] of files.entries()) {
    if (f.data.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError('UPLOAD.TOO_LARGE', `附件${f.fileName}超过10 MB`, [{ path: `attachments.${i}`, message: '附件超过10 MB' }]);
    }
    if (!attachmentTypeOf(f.data)) {
      throw new AppError('UPLOAD.UNSUPPORTED_TYPE', `附件${f.fileName}类型不受支持：只接受JPEG、PNG图片或PDF`, [
        { path: `attachments.${i}`, message: '只接受JPEG、PNG图片或PDF' },
      ]);
    }
  }
}
