import type { TemplateType } from '@rouxing/contracts';
import { type Actor, DOCUMENT_TYPE_KEYS, DOCUMENT_TYPES } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { forbidden } from '../../../errors';
import { isStaff } from '../../scope';
import { templateVersionsOf } from '../document-template.repository';

/** Every document type with the department's uploaded versions and the one in use (null: the default). */
export async function listTemplates(ctx: AppContext, actor: Actor): Promise<TemplateType[]> {
  if (!isStaff(actor) || !actor.departmentId) {
    throw forbidden('文书模板仅限执法部门');
  }
  const versions = await templateVersionsOf(ctx.db, actor.regionCode, actor.departmentId);
  return DOCUMENT_TYPE_KEYS.map((t) => ({
    docType: t,
    title: DOCUMENT_TYPES[t].title,
    versions: versions.filter((v) => v.docType === t),
    current: versions.find((v) => v.docType === t && v.active)?.version ?? null,
  }));
}
