/**
 * 投诉举报 on the public portal (no login): a complaint about an entity and a published non-key item, with up
 * to three attachments; it may start or join a triggered inspection task (常政办发〔2025〕5号 第四项 触发式监管).
 */
import type { SignalInput } from '@rouxing/contracts';
import type { AppContext } from '../../context';
import { recordSignal } from '../signals';

export async function recordComplaint(
  ctx: AppContext,
  input: SignalInput,
  files: readonly { data: Buffer; fileName: string }[],
): Promise<{ received: true; signalId: string }> {
  const r = await recordSignal(ctx, ctx.config.regionCode, 'complaint', input, files, { id: null, name: '公众（投诉举报）' });
  return { received: true, signalId: r.signalId };
}
