import type { Readable } from 'node:stream';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { findCaseDocumentFile } from '../case-document.repository';
import { visibleCase } from '../steps/visible-case';

/** A document of a case (.docx), for the department's staff, the Judicial Bureau and the party it was issued to. */
export async function caseDocumentFile(ctx: AppContext, actor: Actor, documentId: string): Promise<{ stream: Readable; fileName: string }> {
  const d = await findCaseDocumentFile(ctx.db, actor.regionCode, documentId);
  if (!d) {
    throw notFound('文书');
  }
  await visibleCase(ctx.db, actor, d.caseId);
  return { stream: ctx.blobs.open(d.fileSha256), fileName: d.fileName };
}
