import type { AnswerSupervisionTask, SupervisionTaskDetail } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import { storeUpload } from '../../cases/steps/store-upload';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, forbidden } from '../../errors';
import { newId } from '../../records/ids';
import { requirePermission } from '../access';
import { visibleTask } from '../steps/load-task';
import { takeSupervisionStep } from '../steps/take-step';
import { countSupervisionAnswers, insertSupervisionMaterial } from '../supervision-task.repository';
import { getSupervisionTask } from './get-task';

/** Files one answer may carry, and their size (held in memory while checked). */
export const MAX_ANSWER_FILES = 5;
export const MAX_ANSWER_FILE_BYTES = 20 * 1024 * 1024;

/** The department answers a task (first time, or again after a return) with text and materials. */
export async function answerSupervisionTask(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: AnswerSupervisionTask,
  files: { data: Buffer; fileName: string }[],
  meta: RequestMeta,
): Promise<SupervisionTaskDetail> {
  requirePermission(actor, 'supervision.answer', '督导事项须由本部门负责人或法制审核人员答复');
  if (files.some((f) => f.data.length > MAX_ANSWER_FILE_BYTES)) {
    throw new AppError('UPLOAD.TOO_LARGE', `每个材料不能超过${MAX_ANSWER_FILE_BYTES / 1024 / 1024}MB`, [
      { path: 'file', message: '文件过大' },
    ]);
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const task = await visibleTask(tx, actor, id, true);
    if (actor.departmentId !== task.departmentId) {
      throw forbidden('督导事项须由被督导部门答复');
    }
    const answerNo = (await countSupervisionAnswers(tx, actor.regionCode, id)) + 1;
    const stored = [];
    for (const f of files) {
      stored.push(await storeUpload(ctx, f));
    }
    for (const s of stored) {
      await insertSupervisionMaterial(tx, actor.regionCode, id, {
        id: newId(),
        answerNo,
        fileSha256: s.sha256,
        fileName: s.fileName,
        mediaType: s.mediaType,
        size: s.size,
        uploadedAt: now,
        uploadedBy: actor.userId,
      });
    }
    await takeSupervisionStep(
      tx,
      actor,
      meta,
      now,
      task,
      'answer',
      { text: body.text, answerNo, files: stored.map((s) => ({ sha256: s.sha256, fileName: s.fileName })) },
      stored.map((s) => s.sha256),
    );
  });
  return getSupervisionTask(ctx, actor, id);
}
