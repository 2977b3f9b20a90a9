import type { CaseDetail, DeliveryProofInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, notFound, refused, validationError } from '../../errors';
import { lockDelivery, markDelivered } from '../delivery.repository';
import { isStaff } from '../scope';
import { caseNote } from '../steps/case-note';
import { fileMaterial } from '../steps/file-material';
import { storeUpload } from '../steps/store-upload';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';
import { getCase } from './get-case';

/**
 * 常政办发〔2025〕5号 第七项 (及时送达): the officer records a delivery made in person, left at the premises, by post or by public
 * notice, with the proof (the signed 送达回证, the postal receipt, the notice) as an optional file.
 */
export async function recordDeliveryProof(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  deliveryId: string,
  input: DeliveryProofInput,
  file: { data: Buffer; fileName: string } | null,
): Promise<CaseDetail> {
  const caseId = await ctx.db.transaction(async (tx) => {
    const d = await lockDelivery(tx, actor.regionCode, deliveryId);
    if (!d) {
      throw notFound('送达记录');
    }
    const row = await visibleCase(tx, actor, d.caseId, true);
    if (!isStaff(actor) || actor.departmentId !== row.departmentId) {
      throw forbidden('送达情况须由本部门执法人员记录');
    }
    if (row.state === 'archived') {
      throw refused('CASE.ARCHIVED', '案件已归档，不能再作任何处理', 'delivery');
    }
    if (d.deliveredOn) {
      throw refused('CASE.DELIVERED', '该文书已经送达', 'delivery');
    }
    if (d.method === 'electronic') {
      throw refused('CASE.ELECTRONIC_RECEIPT', '电子送达以当事人在企业端签收为准，不能由执法人员代为记录', 'delivery');
    }
    if (input.deliveredOn > today(ctx)) {
      throw validationError([{ path: 'deliveredOn', message: '送达日期不能晚于今天' }]);
    }
    const stored = file ? await storeUpload(ctx, file) : null;
    await markDelivered(tx, actor.regionCode, deliveryId, input.deliveredOn, input.recipient);
    await fileMaterial(tx, ctx, actor, {
      caseId: row.id,
      measureId: d.measureId,
      item: d.proofItem,
      source: 'delivery',
      fileSha256: stored?.sha256,
      fileName: stored?.fileName,
      mediaType: stored?.mediaType,
      size: stored?.size,
      note: `${d.documentNo}于${input.deliveredOn}送达，签收人：${input.recipient}${input.note ? `；${input.note}` : ''}`,
    });
    await caseNote(tx, ctx, actor, meta, row, 'case.delivered', { deliveryId, method: d.method, ...input }, stored ? [stored.sha256] : []);
    return row.id;
  });
  return getCase(ctx, actor, caseId);
}
