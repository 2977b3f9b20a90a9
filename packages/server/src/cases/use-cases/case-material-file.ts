import type { Readable } from 'node:stream';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { findMaterialFile } from '../case-material.repository';
import { isParty } from '../scope';
import { visibleCase } from '../steps/visible-case';

/** A material's file; the party gets what was served on it and its own records, not the officers' uploads. */
export async function caseMaterialFile(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  materialId: string,
): Promise<{ stream: Readable; fileName: string; mediaType: string }> {
  const row = await visibleCase(ctx.db, actor, caseId);
  const m = await findMaterialFile(ctx.db, row.regionCode, caseId, materialId);
  if (!m?.fileSha256 || (isParty(actor, row) && m.source === 'upload')) {
    throw notFound('材料');
  }
  return { stream: ctx.blobs.open(m.fileSha256), fileName: m.fileName ?? 'material', mediaType: m.mediaType ?? 'application/octet-stream' };
}
