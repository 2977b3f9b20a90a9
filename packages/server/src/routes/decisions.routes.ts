import { DecisionInputSchema, DecisionResponseSchema } from '@rouxing/contracts';
import { can, decide, shanghaiToday } from '@rouxing/domain';
import { type BuildAppOptions, requireActor } from '../app';
import { AppError } from '../errors';
import { type Api, errorReplies } from './api';

/**
 * The decision engine's HTTP door (shared/contracts/decision-api.md): the same function as the library
 * and `rouxing decide`; `decidedOn` defaults to today in Asia/Shanghai.
 */
export function decisionRoutes(api: Api, { ctx }: BuildAppOptions): void {
  api.post(
    '/decisions/evaluate',
    {
      schema: {
        tags: ['决策引擎'],
        summary: '按行政处罚法和不予处罚清单判断处理结果（不予处罚、可以不予处罚、从轻减轻、罚款幅度、过罚不当提示）',
        body: DecisionInputSchema,
        response: { 200: DecisionResponseSchema, ...errorReplies },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'decision.evaluate')) {
        throw new AppError('AUTH.FORBIDDEN', '无权使用决策引擎');
      }
      return decide({ ...req.body, decidedOn: req.body.decidedOn ?? shanghaiToday(ctx.now()) });
    },
  );
}
