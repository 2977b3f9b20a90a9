import type { CaseApplicationInput, CaseDetail } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, notFound, validationError } from '../../errors';
import { departmentExists, findPartyByUscc } from '../case-context.repository';
import { fileMaterial } from '../steps/file-material';
import { openCase } from '../steps/open-case';
import { today } from '../today';
import { getCase } from './get-case';

/** 依申请 (常政办发〔2025〕5号 第六项): the party applies through the portal; its application is the first material of the file. */
export async function applyForCase(ctx: AppContext, actor: Actor, meta: RequestMeta, input: CaseApplicationInput): Promise<CaseDetail> {
  if (!can(actor, 'case.portal') || !actor.entityUscc) {
    throw forbidden('依申请启动柔性执法须由当事人通过企业端提出申请');
  }
  const uscc = actor.entityUscc;
  const id = await ctx.db.transaction(async (tx) => {
    const entity = await findPartyByUscc(tx, actor.regionCode, uscc);
    if (!entity) {
      throw notFound('企业');
    }
    if (!(await departmentExists(tx, actor.regionCode, input.departmentId))) {
      throw validationError([{ path: 'departmentId', message: '执法部门不存在' }]);
    }
    const caseId = await openCase(tx, ctx, actor, meta, {
      departmentId: input.departmentId,
      party: { kind: 'entity', ...entity },
      origin: 'on_application',
      facts: input.facts,
      legalBasis: '《常宁市人民政府办公室关于全面推行柔性执法工作的指导意见》（常政办发〔2025〕5号）常政办发〔2025〕5号 第六项',
      violationItemId: null,
    });
    await fileMaterial(tx, ctx, actor, {
      caseId,
      measureId: null,
      item: 'application',
      source: 'record',
      note: `当事人于${today(ctx)}通过企业端申请：${input.facts}`,
    });
    return caseId;
  });
  return getCase(ctx, actor, id);
}
