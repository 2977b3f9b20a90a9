import { type Actor, permissionsOf } from '@rouxing/domain';
import type { AppContext } from '../context';
import { findSessionWithUser, parseSessionCookie, type SessionRow, touchSession } from './session.repository';
import type { UserRow } from './user.repository';

export interface Authenticated {
  actor: Actor;
  user: UserRow;
  session: SessionRow;
}

/** Only refresh `last_seen_at` once a minute: idle expiry does not need every request to write. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Resolves a session cookie to its actor, or null when the session is unknown, revoked, idle for longer
 * than the policy allows, past its absolute expiry, or its user is inactive.
 */
export async function authenticate(ctx: AppContext, cookieValue: string | undefined): Promise<Authenticated | null> {
  if (!cookieValue) {
    return null;
  }
  const parsed = parseSessionCookie(cookieValue);
  if (!parsed) {
    return null;
  }
  const found = await findSessionWithUser(ctx.db, parsed.regionCode, parsed.id);
  if (!found) {
    return null;
  }
  const { session, user } = found;
  const now = ctx.now();
  if (session.revokedAt || new Date(session.expiresAt) <= now) {
    return null;
  }
  const idleMs = ctx.config.security.sessionIdleMinutes * 60_000;
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > idleMs) {
    return null;
  }
  if (!user.active) {
    return null;
  }
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > TOUCH_EVERY_MS) {
    await touchSession(ctx.db, session.regionCode, session.id, now.toISOString());
  }
  return { actor: actorOf(user), user, session };
}

export function actorOf(user: UserRow): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    permissions: new Set(permissionsOf(user.roles)),
    regionCode: user.regionCode,
    departmentId: user.departmentId,
    entityUscc: user.entityUscc,
  };
}
