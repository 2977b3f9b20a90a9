import { DecisionInputSchema, DecisionResponseSchema } from '@rouxing/contracts';
import { can, decide, shanghaiToday } from '@rouxing/domain';
import { AppError } from '../errors';
import { requireActor } from '../http/request';
import { completeRequest, resolveRulesFor } from '../rules/use-cases/resolve-rules';
import { type Api, errorReplies, type RouteOptions } from './api';

/** Which optional parts the raw body left out (zod fills defaults before the handler sees the body). */
const OMITTED = Symbol('omitted');
type WithOmitted = { [OMITTED]?: { listEntries: boolean; benchmark: boolean } };

/**
 * The decision engine's HTTP door (shared/contracts/decision-api.md): the same function as the library
 * and `rouxing decide`; `decidedOn` defaults to today in Asia/Shanghai. When `violation.code` names an
 * item of the region's catalogue, the parts the request leaves out (list entries, benchmark, the item's
 * no-fault rule and limitation) are taken from the published records, as the contract allows.
 */
export function decisionRoutes(api: Api, { ctx }: RouteOptions): void {
  api.post(
    '/decisions/evaluate',
    {
      schema: {
        tags: ['决策引擎'],
        summary: '按行政处罚法和不予处罚清单判断处理结果（不予处罚、可以不予处罚、从轻减轻、罚款幅度、过罚不当提示）',
        body: DecisionInputSchema,
        response: { 200: DecisionResponseSchema, ...errorReplies },
      },
      preValidation: async (req) => {
        const raw = req.body as Record<string, unknown> | null;
        if (raw && typeof raw === 'object') {
          (req as unknown as WithOmitted)[OMITTED] = { listEntries: !('listEntries' in raw), benchmark: !('benchmark' in raw) };
        }
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'decision.evaluate')) {
        throw new AppError('AUTH.FORBIDDEN', '无权使用决策引擎');
      }
      const today = shanghaiToday(ctx.now());
      const decidedOn = req.body.decidedOn ?? today;
      let body = req.body;
      const omitted = (req as unknown as WithOmitted)[OMITTED];
      const code = body.violation?.code;
      if (code && omitted) {
        const resolved = await resolveRulesFor(ctx.db, actor.regionCode, code, decidedOn, today);
        if (resolved) {
          body = DecisionInputSchema.parse(completeRequest(body, resolved, omitted));
        }
      }
      return decide({ ...body, decidedOn });
    },
  );
}
