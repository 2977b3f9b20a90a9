import type { CaseDetail, CaseStartInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { forbidden, validationError } from '../../errors';
import { resolvePerson } from '../../parties/steps/resolve-person';
import { findPartyById, violationItemExists } from '../case-context.repository';
import { isStaff } from '../scope';
import { type OpeningParty, openCase } from '../steps/open-case';
import { getCase } from './get-case';

/** 依职权 (常政办发〔2025〕5号 第六项): an officer of the department starts a case for an entity of the region or a natural person. */
export async function startCase(ctx: AppContext, actor: Actor, meta: RequestMeta, input: CaseStartInput): Promise<CaseDetail> {
  if (!isStaff(actor) || !actor.departmentId) {
    throw forbidden('依职权启动柔性执法须由本部门执法人员办理');
  }
  const departmentId = actor.departmentId;
  const id = await ctx.db.transaction(async (tx) => {
    const party = await partyOf(tx, ctx, actor, meta, input);
    if (input.violationItemId && !(await violationItemExists(tx, actor.regionCode, input.violationItemId))) {
      throw validationError([{ path: 'violationItemId', message: '违法行为事项不存在' }]);
    }
    return openCase(tx, ctx, actor, meta, {
      departmentId,
      party,
      origin: 'ex_officio',
      facts: input.facts,
      legalBasis: input.legalBasis,
      violationItemId: input.violationItemId,
    });
  });
  return getCase(ctx, actor, id);
}

/** The party: an entity of the region, or a natural person (entered, or found again by the 公民身份号码). */
async function partyOf(tx: Queryable, ctx: AppContext, actor: Actor, meta: RequestMeta, input: CaseStartInput): Promise<OpeningParty> {
  if (input.partyKind === 'person') {
    if (!input.person) {
      throw validationError([{ path: 'person', message: '请填写当事人（个人）的姓名和公民身份号码' }]);
    }
    const p = await resolvePerson(tx, ctx, actor, meta, input.person, 'person');
    return { kind: 'person', id: p.id, idNumberMasked: p.idNumberMasked };
  }
  const entity = input.entityId ? await findPartyById(tx, actor.regionCode, input.entityId) : undefined;
  if (!entity) {
    throw validationError([{ path: 'entityId', message: '当事人不存在或不在本辖区' }]);
  }
  return { kind: 'entity', ...entity };
}
