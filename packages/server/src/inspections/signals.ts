/**
 * Records a signal about an entity and a non-key item — a complaint from the public (投诉举报) or a monitoring
 * system's alert — with its evidence filed in the content-addressed store and an event on the signal's chain,
 * and applies the item's trigger rules in the same transaction.
 */
import { Readable } from 'node:stream';
import type { SignalInput, SignalRecorded } from '@rouxing/contracts';
import type { AppContext } from '../context';
import { validationError } from '../errors';
import { appendEvent } from '../records/event.repository';
import { newId } from '../records/ids';
import { checkAttachments } from './attachments';
import { activeEntityIdOfUscc } from './inspection-entity.repository';
import { publishedItemDepartment } from './inspection-item.repository';
import { insertSignal, type SignalSource } from './trigger.repository';
import { applyTriggerRules } from './trigger-rules';

export async function recordSignal(
  ctx: AppContext,
  regionCode: string,
  source: SignalSource,
  input: SignalInput,
  files: readonly { data: Buffer; fileName: string }[],
  actorRef: { id: string | null; name: string },
): Promise<SignalRecorded> {
  const entityId = await activeEntityIdOfUscc(ctx.db, regionCode, input.uscc);
  if (!entityId) {
    throw validationError([{ path: 'uscc', message: '未找到该统一社会信用代码对应的市场主体' }]);
  }
  const departmentId = await publishedItemDepartment(ctx.db, regionCode, input.itemId);
  if (!departmentId) {
    throw validationError([{ path: 'itemId', message: '投诉举报事项不存在' }]);
  }
  checkAttachments(files);
  const hashes: string[] = [];
  for (const f of files) {
    hashes.push((await ctx.blobs.put(Readable.from([f.data]))).sha256);
  }
  const receivedAt = ctx.now();
  const signalId = newId();
  return ctx.db.transaction(async (tx) => {
    await insertSignal(tx, {
      regionCode,
      id: signalId,
      source,
      entityId,
      itemId: input.itemId,
      content: input.content,
      contactEnc: input.contact ? ctx.fieldCrypto.encrypt(input.contact) : null,
      attachments: hashes,
      receivedAt: receivedAt.toISOString(),
    });
    await appendEvent(tx, {
      regionCode,
      aggregateType: 'signal',
      aggregateId: signalId,
      type: `signal.${source}`,
      actor: actorRef,
      occurredAt: receivedAt.toISOString(),
      payload: { entityId, itemId: input.itemId },
      attachments: hashes,
    });
    const outcome = await applyTriggerRules(tx, {
      regionCode,
      id: signalId,
      source,
      entityId,
      itemId: input.itemId,
      departmentId,
      receivedAt,
    });
    return { signalId, ...outcome };
  });
}
