import type { Readable } from 'node:stream';
import type { TrainingSession } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import { storeUpload } from '../../cases/steps/store-upload';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, notFound } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { requirePermission } from '../access';
import { findTrainingSession, insertTrainingMaterial, listTrainingMaterials } from '../training.repository';
import { getTrainingSession } from './list-training';

/** Adds a material (slides, sign-in sheet, photos) to a session its recorder's department took part in. */
export async function addTrainingMaterial(
  ctx: AppContext,
  actor: Actor,
  id: string,
  file: { data: Buffer; fileName: string },
  meta: RequestMeta,
): Promise<TrainingSession> {
  requirePermission(actor, 'training.record', '只有部门法制审核人员或司法局可以上传培训材料');
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const row = await findTrainingSession(tx, actor.regionCode, id);
    const mine = actor.roles.includes('supervisor') || (actor.departmentId !== null && row?.departmentIds.includes(actor.departmentId));
    if (!row) {
      throw notFound('培训记录');
    }
    if (!mine) {
      throw forbidden('只能为本部门的培训上传材料');
    }
    const s = await storeUpload(ctx, file);
    await insertTrainingMaterial(tx, actor.regionCode, {
      sessionId: id,
      id: newId(),
      fileSha256: s.sha256,
      fileName: s.fileName,
      mediaType: s.mediaType,
      size: s.size,
      uploadedAt: now,
      uploadedBy: actor.userId,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'training_session',
      aggregateId: id,
      type: 'training_session.material_added',
      payload: { sha256: s.sha256, fileName: s.fileName },
      attachments: [s.sha256],
    });
  });
  return getTrainingSession(ctx, actor, id);
}

export async function trainingMaterialFile(
  ctx: AppContext,
  actor: Actor,
  id: string,
  materialId: string,
): Promise<{ stream: Readable; fileName: string; mediaType: string }> {
  await getTrainingSession(ctx, actor, id);
  const m = (await listTrainingMaterials(ctx.db, actor.regionCode, [id])).find((x) => x.id === materialId);
  if (!m) {
    throw notFound('材料');
  }
  return { stream: ctx.blobs.open(m.fileSha256), fileName: m.fileName, mediaType: m.mediaType };
}
