import { DecisionInputSchema, DecisionResponseSchema } from '@rouxing/contracts';
import type { FastifyRequest } from 'fastify';
import { requireActor } from '../http/request';
import type { OmittedParts } from '../rules/steps/complete-request';
import { evaluateDecision } from '../rules/use-cases/decisions/evaluate-decision';
import { type Api, errorReplies, type RouteOptions } from './api';

/** Which optional parts the raw body left out (zod fills defaults before the handler sees the body). */
const OMITTED = Symbol('omitted');
type WithOmitted = FastifyRequest & { [OMITTED]?: OmittedParts };

/**
 * The decision engine's HTTP door (shared/contracts/decision-api.md): the same function as the library
 * and `rouxing decide`. The parts of the request left out are noted before validation, for the use case to
 * fill from the records.
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
          (req as WithOmitted)[OMITTED] = { listEntries: !('listEntries' in raw), benchmark: !('benchmark' in raw) };
        }
      },
    },
    async (req) => evaluateDecision(ctx, requireActor(req), req.body, (req as WithOmitted)[OMITTED]),
  );
}
