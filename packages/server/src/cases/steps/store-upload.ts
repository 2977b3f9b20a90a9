import { Readable } from 'node:stream';
import type { AppContext } from '../../context';
import { AppError } from '../../errors';

/** What a case file may hold (SECURITY.md: uploads checked by content, not by name). */
const MEDIA_TYPES: { type: string; at: number; magic: Buffer }[] = [
  { type: 'image/jpeg', at: 0, magic: Buffer.from([0xff, 0xd8, 0xff]) },
  { type: 'image/png', at: 0, magic: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  { type: 'application/pdf', at: 0, magic: Buffer.from('%PDF-') },
  { type: 'video/mp4', at: 4, magic: Buffer.from('ftyp') },
  { type: 'audio/mpeg', at: 0, magic: Buffer.from('ID3') },
  { type: 'audio/wav', at: 0, magic: Buffer.from('RIFF') },
  // .docx / .xlsx (electronic data, signed documents scanned to PDF are above).
  { type: 'application/zip', at: 0, magic: Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
];
export const MAX_MATERIAL_BYTES = 200 * 1024 * 1024;

export function materialTypeOf(data: Buffer): string | null {
  return MEDIA_TYPES.find((t) => data.subarray(t.at, t.at + t.magic.length).equals(t.magic))?.type ?? null;
}

/** Stores an uploaded material by its hash once its size and content type pass. */
export async function storeUpload(ctx: AppContext, file: { data: Buffer; fileName: string }) {
  if (file.data.length > MAX_MATERIAL_BYTES) {
    throw new AppError('UPLOAD.TOO_LARGE', `文件不能超过${MAX_MATERIAL_BYTES / 1024 / 1024}MB`, [{ path: 'file', message: '文件过大' }]);
  }
  const mediaType = materialTypeOf(file.data);
  if (!mediaType) {
    throw new AppError('UPLOAD.UNSUPPORTED_TYPE', '只能上传照片（JPEG、PNG）、PDF、音视频（MP4、MP3、WAV）或Office文件', [
      { path: 'file', message: '文件类型不支持' },
    ]);
  }
  const stored = await ctx.blobs.put(Readable.from([file.data]));
  return { ...stored, mediaType, fileName: file.fileName.slice(0, 200) };
}
