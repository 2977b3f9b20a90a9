/** A material the party uploads for a repair or an objection (证明材料): kept in the content-addressed store. */
import { Readable } from 'node:stream';
import type { StoredFile } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { AppError } from '../../errors';
import { ownEntity } from '../steps/credit-views';

export const MAX_MATERIAL_BYTES = 10 * 1024 * 1024;
const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export async function storeCreditMaterial(ctx: AppContext, actor: Actor, file: Buffer, fileName: string): Promise<StoredFile> {
  await ownEntity(ctx, actor);
  const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
  const mediaType = TYPES[ext];
  if (!mediaType) {
    throw new AppError('VALIDATION', 'file：材料应为PDF、JPG、PNG或DOCX文件', [
      { path: 'file', message: '材料应为PDF、JPG、PNG或DOCX文件' },
    ]);
  }
  const stored = await ctx.blobs.put(Readable.from([file]));
  return { sha256: stored.sha256, fileName, mediaType };
}
