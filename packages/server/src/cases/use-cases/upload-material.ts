import type { CaseDetail, MaterialFields } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, refused, validationError } from '../../errors';
import { isStaff } from '../scope';
import { caseNote } from '../steps/case-note';
import { fileMaterial } from '../steps/file-material';
import { storeUpload } from '../steps/store-upload';
import { visibleCase } from '../steps/visible-case';
import { getCase } from './get-case';

/** 全过程记录: an officer of the department files a photo, recording, scan or electronic data in the case file. */
export async function uploadMaterial(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: MaterialFields,
  file: { data: Buffer; fileName: string },
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    if (!isStaff(actor) || actor.departmentId !== row.departmentId) {
      throw forbidden('案卷材料须由本部门执法人员上传');
    }
    // 常政办发〔2025〕5号 第九项: archiving freezes the case file.
    if (row.state === 'archived') {
      throw refused('CASE.ARCHIVED', '案件已归档，案卷已冻结，不能再添加材料', 'file');
    }
    if (input.measureId && !row.snapshot.measures.some((m) => m.id === input.measureId)) {
      throw validationError([{ path: 'measureId', message: '本案没有该措施' }]);
    }
    const stored = await storeUpload(ctx, file);
    await fileMaterial(tx, ctx, actor, {
      caseId: row.id,
      measureId: input.measureId,
      item: input.item,
      source: 'upload',
      fileSha256: stored.sha256,
      fileName: stored.fileName,
      mediaType: stored.mediaType,
      size: stored.size,
      note: input.note,
    });
    await caseNote(
      tx,
      ctx,
      actor,
      meta,
      row,
      'case.material_added',
      { item: input.item, measureId: input.measureId, sha256: stored.sha256, fileName: stored.fileName },
      [stored.sha256],
    );
  });
  return getCase(ctx, actor, id);
}
