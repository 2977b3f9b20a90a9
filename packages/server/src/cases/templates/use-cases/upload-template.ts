import { Readable } from 'node:stream';
import type { TemplateUploaded } from '@rouxing/contracts';
import { type Actor, DOCUMENT_TYPE_KEYS } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { PLACEHOLDERS } from '../../../documents/gongwen';
import { templateTags } from '../../../documents/render';
import { AppError, validationError } from '../../../errors';
import { newId } from '../../../records/ids';
import { recordChange } from '../../../records/record-change';
import { requireReviewer } from '../../scope';
import { deactivateTemplates, insertTemplateVersion, nextTemplateVersion } from '../document-template.repository';

/** The placeholders of a .docx, or 415 when it is not one or its placeholders are malformed. */
function placeholdersOf(data: Buffer): string[] {
  try {
    return templateTags(data);
  } catch (err) {
    if (err instanceof AppError) {
      throw err;
    }
    throw new AppError('UPLOAD.UNSUPPORTED_TYPE', '模板须为Word（.docx）文件，且占位符格式正确（如{partyName}）', [
      { path: 'file', message: '无法读取模板' },
    ]);
  }
}

/**
 * 常政办发〔2025〕5号 第十项 (文书规范): a reviewer uploads a new version of a template — a .docx whose placeholders are all known
 * ones (an unknown `{tag}` would print literally) — which becomes the department's template of that type.
 */
export async function uploadTemplate(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  docType: string,
  file: { data: Buffer; fileName: string },
): Promise<TemplateUploaded> {
  const departmentId = requireReviewer(actor, '上传文书模板');
  if (!(DOCUMENT_TYPE_KEYS as readonly string[]).includes(docType)) {
    throw validationError([{ path: 'docType', message: '文书类型不正确' }]);
  }
  const unknown = placeholdersOf(file.data).filter((t) => !(t in PLACEHOLDERS));
  if (unknown.length > 0) {
    throw validationError([{ path: 'file', message: `模板中有未定义的占位符：${unknown.map((t) => `{${t}}`).join('、')}` }]);
  }
  const stored = await ctx.blobs.put(Readable.from([file.data]));
  const id = newId();
  const now = ctx.now().toISOString();
  const version = await ctx.db.transaction(async (tx) => {
    const next = await nextTemplateVersion(tx, actor.regionCode, departmentId, docType);
    await deactivateTemplates(tx, actor.regionCode, departmentId, docType);
    await insertTemplateVersion(tx, {
      regionCode: actor.regionCode,
      id,
      departmentId,
      docType,
      version: next,
      fileSha256: stored.sha256,
      fileName: file.fileName.slice(0, 200),
      uploadedBy: actor.userId,
      uploadedByName: actor.displayName,
      uploadedAt: now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'document_template',
      aggregateId: `${departmentId}:${docType}`,
      type: 'document_template.uploaded',
      payload: { docType, version: next, sha256: stored.sha256 },
      attachments: [stored.sha256],
    });
    return next;
  });
  return { id, docType, version };
}
