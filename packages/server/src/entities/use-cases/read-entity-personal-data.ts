import { type Actor, can, canSeeEntity } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, notFound } from '../../errors';
import { appendAudit } from '../../records/audit.repository';
import { findEntity } from '../entity.repository';

/** Unmasks an entity's personal data: needs the permission and a reason, and every read writes an audit row with it (SECURITY.md "Data"). */
export async function readEntityPersonalData(ctx: AppContext, actor: Actor, id: string, reason: string, meta: RequestMeta) {
  const row = await findEntity(ctx.db, actor.regionCode, id);
  if (!row || !canSeeEntity(actor, row)) {
    throw notFound('市场主体');
  }
  if (!can(actor, 'entity.personal_data.read')) {
    throw forbidden('无权查看完整的个人信息');
  }
  await appendAudit(ctx.db, {
    regionCode: row.regionCode,
    actor: { id: actor.userId, name: actor.displayName },
    action: 'entity.personal_data.read',
    objectType: 'entity',
    objectId: row.id,
    result: 'success',
    sourceIp: meta.sourceIp,
    details: { uscc: row.uscc, fields: ['legalRepresentativeIdNo', 'contactPhone'], reason },
    occurredAt: ctx.now().toISOString(),
  });
  return {
    legalRepresentativeIdNo: row.legalRepresentativeIdNoEnc ? ctx.fieldCrypto.decrypt(row.legalRepresentativeIdNoEnc) : null,
    contactPhone: row.contactPhoneEnc ? ctx.fieldCrypto.decrypt(row.contactPhoneEnc) : null,
  };
}
