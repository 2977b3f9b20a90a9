import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { appendAudit } from '../../records/audit.repository';
import { revokeSession } from '../session.repository';

/** Ends the session on the server (a copied cookie opens nothing afterwards) and audits it; without one, nothing to do. */
export async function logout(
  ctx: AppContext,
  auth: { actor: Actor; sessionId: string; regionCode: string } | null,
  meta: RequestMeta,
): Promise<void> {
  if (!auth) {
    return;
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await revokeSession(tx, auth.regionCode, auth.sessionId, now);
    await appendAudit(tx, {
      regionCode: auth.regionCode,
      actor: { id: auth.actor.userId, name: auth.actor.displayName },
      action: 'auth.logout',
      objectType: 'user',
      objectId: auth.actor.userId,
      result: 'success',
      sourceIp: meta.sourceIp,
      occurredAt: now,
    });
  });
}
