/**
 * The region's credit matrix (常政办发〔2025〕5号 第十三项: "依据市场主体不同领域特点和风险程度确定监管内容、方式和频次"):
 * read by every department, saved by the Judicial Bureau — validated by `matrixProblems`, each error naming its cell.
 */
import { type CreditMatrixInput, CreditMatrixSchema, type CreditMatrixView } from '@rouxing/contracts';
import { type Actor, can, matrixProblems } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, forbidden } from '../../errors';
import { recordChange } from '../../records/record-change';
import { saveMatrix } from '../credit-matrix.repository';
import { regionMatrix } from '../steps/entity-cell';

const RISK_NAMES: Readonly<Record<string, string>> = { high: '高', medium: '中', low: '低' };

/** A problem's message naming its cell in words ("信用等级A×风险高：…"), so that the operator finds it. */
function problemMessage(m: CreditMatrixInput, path: string, message: string): string {
  const [head, a, b] = path.split('.');
  if (head !== 'cells' || a === undefined) {
    return message;
  }
  if (!/^\d+$/.test(a)) {
    return `信用等级${a}×风险${RISK_NAMES[b ?? ''] ?? b}应恰有一项设置`;
  }
  const c = m.cells[Number(a)];
  return c ? `信用等级${c.grade}×风险${RISK_NAMES[c.risk] ?? c.risk}：${message}` : message;
}

export async function getCreditMatrix(ctx: AppContext, actor: Actor): Promise<CreditMatrixView> {
  if (!can(actor, 'entity.read') && !can(actor, 'inspection.read')) {
    throw forbidden('无权查看信用监管矩阵');
  }
  const m = await regionMatrix(ctx.db, actor.regionCode);
  return { ...m.matrix, grades: [...m.matrix.grades], cells: [...m.matrix.cells], saved: m.saved, updatedAt: m.updatedAt };
}

export async function saveCreditMatrix(ctx: AppContext, actor: Actor, body: unknown, meta: RequestMeta): Promise<CreditMatrixView> {
  if (!can(actor, 'credit.configure')) {
    throw forbidden('只有司法局可以设置信用监管矩阵');
  }
  const input = CreditMatrixSchema.parse(body);
  const problems = matrixProblems(input);
  if (problems.length > 0) {
    const fields = problems.map((p) => ({ path: p.path, message: problemMessage(input, p.path, p.message) }));
    throw new AppError('VALIDATION', `信用监管矩阵有${fields.length}处问题：${fields.map((f) => f.message).join('；')}`, fields);
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await saveMatrix(tx, actor.regionCode, input, actor.userId, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'credit_matrix',
      aggregateId: actor.regionCode,
      type: 'credit_matrix.saved',
      payload: { matrix: input },
    });
  });
  return getCreditMatrix(ctx, actor);
}
