import { type CampaignInput, type CampaignSent, MAX_CAMPAIGN_ENTITIES } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import type { Queryable } from '../../../db/database';
import { issueDocument } from '../../../documents/issue-document';
import { forbidden, validationError } from '../../../errors';
import { newId } from '../../../records/ids';
import { recordChange } from '../../../records/record-change';
import { today } from '../../today';
import { type CampaignRecipient, insertCampaign, insertCampaignRecipient } from '../campaign.repository';
import { recipientsOf } from '../recipients';

/** Each recipient's own numbered document, filed against the campaign; the 文号 issued, in order. */
async function issueCopies(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  c: { id: string; departmentId: string; input: CampaignInput; on: string; now: string },
  recipients: CampaignRecipient[],
): Promise<string[]> {
  const documentNos: string[] = [];
  for (const e of recipients) {
    const doc = await issueDocument(
      tx,
      ctx,
      actor,
      {
        departmentId: c.departmentId,
        aggregateType: 'guidance_campaign',
        aggregateId: c.id,
        kind: c.input.measureType,
        issuedOn: c.on,
        data: {
          partyName: e.name,
          partyUscc: e.uscc,
          partyIdentifier: `统一社会信用代码：${e.uscc}`,
          partyAddress: e.address,
          legalRepresentative: e.legalRepresentative,
          facts: c.input.facts,
          legalBasis: c.input.legalBasis,
          content: c.input.content,
          deadline: '—',
          officers: actor.displayName,
          contact: actor.displayName,
        },
      },
      c.now,
    );
    documentNos.push(doc.documentNo);
    await insertCampaignRecipient(tx, actor.regionCode, c.id, e.id, doc.id);
  }
  return documentNos;
}

/**
 * 常政办发〔2025〕5号 第三项: 对某一类型易发违法违规行为，采用行政建议或行政提示等指导方式 — an officer sends one reminder, suggestion or
 * guidance to a class of entities (an industry, a town or street, a list, complaints, the department's cases);
 * each entity gets its own numbered document, which its portal shows.
 */
export async function sendCampaign(ctx: AppContext, actor: Actor, meta: RequestMeta, input: CampaignInput): Promise<CampaignSent> {
  if (!can(actor, 'case.handle') || !actor.departmentId) {
    throw forbidden('行政指导须由本部门执法人员作出');
  }
  const recipients = await recipientsOf(ctx, actor, input.target);
  if (recipients.length === 0) {
    throw validationError([{ path: 'target', message: '没有符合条件的市场主体' }]);
  }
  if (recipients.length > MAX_CAMPAIGN_ENTITIES) {
    throw validationError([{ path: 'target', message: `一次最多面向${MAX_CAMPAIGN_ENTITIES}个市场主体，请缩小范围` }]);
  }
  const c = { id: newId(), departmentId: actor.departmentId, input, on: today(ctx), now: ctx.now().toISOString() };
  await ctx.db.transaction(async (tx) => {
    await insertCampaign(tx, {
      regionCode: actor.regionCode,
      id: c.id,
      departmentId: c.departmentId,
      input,
      entityCount: recipients.length,
      createdBy: actor.userId,
      createdByName: actor.displayName,
      createdAt: c.now,
    });
    const documentNos = await issueCopies(tx, ctx, actor, c, recipients);
    await recordChange(tx, actor, meta, c.now, {
      aggregateType: 'guidance_campaign',
      aggregateId: c.id,
      type: 'guidance_campaign.sent',
      payload: {
        measureType: input.measureType,
        title: input.title,
        target: input.target,
        entities: recipients.length,
        first: documentNos[0],
        last: documentNos.at(-1),
      },
    });
  });
  return { id: c.id, entityCount: recipients.length };
}
