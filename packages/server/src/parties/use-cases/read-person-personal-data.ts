import type { PersonPersonalData } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, notFound } from '../../errors';
import { appendAudit } from '../../records/audit.repository';
import { findPerson } from '../person.repository';

/**
 * Unmasks a natural person's 公民身份号码 and phone: the same permission as an entity's personal data
 * (`entity.personal_data.read`), and every read writes an audit row (SECURITY.md "Data").
 */
export async function readPersonPersonalData(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
  meta: RequestMeta,
): Promise<PersonPersonalData> {
  const p = await findPerson(ctx.db, actor.regionCode, id);
  if (!p) {
    throw notFound('当事人');
  }
  if (!can(actor, 'entity.personal_data.read')) {
    throw forbidden('无权查看完整的个人信息');
  }
  await appendAudit(ctx.db, {
    regionCode: p.regionCode,
    actor: { id: actor.userId, name: actor.displayName },
    action: 'person.personal_data.read',
    objectType: 'person',
    objectId: p.id,
    result: 'success',
    sourceIp: meta.sourceIp,
    details: { fields: ['idNumber', 'phone'], reason },
    occurredAt: ctx.now().toISOString(),
  });
  return { idNumber: ctx.fieldCrypto.decrypt(p.idNumberEnc), phone: p.phoneEnc ? ctx.fieldCrypto.decrypt(p.phoneEnc) : null };
}
