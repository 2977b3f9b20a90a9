import type { Readable } from 'node:stream';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { notFound } from '../../../errors';
import { markGuidanceRead, recipientCopy } from '../campaign.repository';

/** The party opens its copy: marked read (the first time), and the file returned. */
export async function guidanceFile(ctx: AppContext, actor: Actor, campaignId: string): Promise<{ stream: Readable; fileName: string }> {
  const d = await recipientCopy(ctx.db, actor.regionCode, campaignId, actor.entityUscc);
  if (!d || !can(actor, 'case.portal')) {
    throw notFound('文书');
  }
  await markGuidanceRead(ctx.db, actor.regionCode, campaignId, d.entityId, ctx.now().toISOString());
  return { stream: ctx.blobs.open(d.fileSha256), fileName: d.fileName };
}
