import { DecisionInputSchema, type DecisionResponse } from '@rouxing/contracts';
import { type Actor, decide, shanghaiToday } from '@rouxing/domain';
import type { z } from 'zod';
import type { AppContext } from '../../../context';
import { requireDecisionEngine } from '../../access';
import { completeRequest, type OmittedParts } from '../../steps/complete-request';
import { resolveRulesFor } from '../../steps/resolve-rules-for';

/** A request as the door's schema gives it (defaults applied; `decidedOn` may be absent). */
type EngineRequest = z.output<typeof DecisionInputSchema>;

/**
 * The decision engine's HTTP door (shared/contracts/decision-api.md): the same function as the library
 * and `rouxing decide`; `decidedOn` defaults to today in Asia/Shanghai. When `violation.code` names an
 * item of the region's catalogue, the parts the request left out (`omitted`: list entries, benchmark; and
 * the item's no-fault rule and limitation) are taken from the published records, as the contract allows.
 */
export async function evaluateDecision(
  ctx: AppContext,
  actor: Actor,
  request: EngineRequest,
  omitted: OmittedParts | undefined,
): Promise<DecisionResponse> {
  requireDecisionEngine(actor);
  const today = shanghaiToday(ctx.now());
  const decidedOn = request.decidedOn ?? today;
  let body = request;
  const code = body.violation?.code;
  if (code && omitted) {
    const resolved = await resolveRulesFor(ctx.db, actor.regionCode, code, decidedOn, today);
    if (resolved) {
      // What the records hold is checked against the engine's contract like a request.
      body = DecisionInputSchema.parse(completeRequest(body, resolved, omitted));
    }
  }
  return decide({ ...body, decidedOn });
}
