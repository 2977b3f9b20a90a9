import type { Readable } from 'node:stream';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { requirePermission } from '../access';
import { visibleTask } from '../steps/load-task';
import { listSupervisionMaterials } from '../supervision-task.repository';

/** A material of a task's answer, for those who see the task. */
export async function supervisionMaterialFile(
  ctx: AppContext,
  actor: Actor,
  taskId: string,
  materialId: string,
): Promise<{ stream: Readable; fileName: string; mediaType: string }> {
  requirePermission(actor, 'supervision.read', '无权查看督导事项');
  await visibleTask(ctx.db, actor, taskId);
  const m = (await listSupervisionMaterials(ctx.db, actor.regionCode, taskId)).find((x) => x.id === materialId);
  if (!m) {
    throw notFound('材料');
  }
  return { stream: ctx.blobs.open(m.fileSha256), fileName: m.fileName, mediaType: m.mediaType };
}
