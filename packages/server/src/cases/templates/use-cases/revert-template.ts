import type { TemplateReverted } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { DEFAULT_TEMPLATES } from '../../../documents/gongwen';
import { validationError } from '../../../errors';
import { recordChange } from '../../../records/record-change';
import { requireReviewer } from '../../scope';
import { deactivateTemplates } from '../document-template.repository';

/** Back to the default template that ships with the product (the uploaded versions stay on record). */
export async function revertTemplate(ctx: AppContext, actor: Actor, meta: RequestMeta, docType: string): Promise<TemplateReverted> {
  const departmentId = requireReviewer(actor, '恢复默认模板');
  if (!(docType in DEFAULT_TEMPLATES)) {
    throw validationError([{ path: 'docType', message: '文书类型不正确' }]);
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await deactivateTemplates(tx, actor.regionCode, departmentId, docType);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'document_template',
      aggregateId: `${departmentId}:${docType}`,
      type: 'document_template.reverted',
      payload: { docType },
    });
  });
  return { docType, version: null };
}
