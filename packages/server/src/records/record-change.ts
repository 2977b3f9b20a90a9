/** A change recorded twice in its transaction: an event on the aggregate's chain and a row of the audit log. */
import type { Actor } from '@rouxing/domain';
import type { RequestMeta } from '../context';
import { inTransaction, lockChainPair, type Queryable } from '../db/database';
import { type AuditInput, auditChainKey, auditChainOf, nextAudit } from './audit.repository';
import { changeHeads, insertChange } from './change.repository';
import { type EventInput, eventChainKey, nextEvent } from './event.repository';

export interface Change {
  aggregateType: string;
  aggregateId: string;
  type: string;
  fromState?: string | null;
  toState?: string | null;
  payload: Record<string, unknown>;
  /** SHA-256 of files the change filed in the content-addressed store (evidence, documents). */
  attachments?: string[];
  /** Audit details where they differ from the payload (kept short). */
  auditDetails?: Record<string, unknown>;
}

/** Records the change in the transaction given (or, given the database, in one of its own: both rows or neither). */
export function recordChange(q: Queryable, actor: Actor, meta: RequestMeta, now: string, c: Change): Promise<void> {
  return inTransaction(q, (tx) => recordChangeIn(tx, actor, meta, now, c));
}

async function recordChangeIn(tx: Queryable, actor: Actor, meta: RequestMeta, now: string, c: Change): Promise<void> {
  const actorRef = { id: actor.userId, name: actor.displayName };
  const event: EventInput = {
    regionCode: actor.regionCode,
    aggregateType: c.aggregateType,
    aggregateId: c.aggregateId,
    type: c.type,
    actor: actorRef,
    occurredAt: now,
    fromState: c.fromState ?? null,
    toState: c.toState ?? null,
    payload: c.payload,
    attachments: c.attachments,
  };
  const audit: AuditInput = {
    regionCode: actor.regionCode,
    actor: actorRef,
    action: c.type,
    objectType: c.aggregateType,
    objectId: c.aggregateId,
    result: 'success',
    sourceIp: meta.sourceIp,
    details: c.auditDetails ?? c.payload,
    occurredAt: now,
  };
  // Both chains locked in one round trip, the event's first (as when each append took its own): until the commit.
  // Then both heads read in one statement and both rows inserted in one (change.repository.ts).
  await lockChainPair(tx, eventChainKey(event), auditChainKey(audit));
  const { day, lane } = auditChainOf(audit);
  const heads = await changeHeads(tx, event, { regionCode: audit.regionCode, day, lane });
  await insertChange(tx, nextEvent(event, heads.event), nextAudit(audit, heads.audit));
}
