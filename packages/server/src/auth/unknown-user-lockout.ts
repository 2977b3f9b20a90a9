/**
 * Failed logins naming no account, counted like an account's (SECURITY.md: 5 failures → 15 minutes), so
 * that a username that does not exist is answered exactly as one that does — same message, same status,
 * the same lock-out after the same number of tries — and the answers tell nobody which usernames exist
 * (issue 14, defect 8). Kept in memory per server: there is no row to count on, and a restart forgetting
 * a phantom lock-out reveals nothing.
 */
import type { AppContext } from '../context';

type Phantom = { failedLogins: number; lockedUntil: string | null };

/** At most this many usernames are remembered; the oldest are forgotten first. */
const MAX_REMEMBERED = 10_000;
const byContext = new WeakMap<AppContext, Map<string, Phantom>>();

function phantoms(ctx: AppContext): Map<string, Phantom> {
  let m = byContext.get(ctx);
  if (!m) {
    m = new Map();
    byContext.set(ctx, m);
  }
  return m;
}

/** The phantom lock-out's end for this unknown username, or null. */
export function unknownUserLockedUntil(ctx: AppContext, username: string): string | null {
  const p = phantoms(ctx).get(username);
  return p?.lockedUntil && new Date(p.lockedUntil) > ctx.now() ? p.lockedUntil : null;
}

/** One more failure for an unknown username, as `recordSourceFailure` counts an account's (per source address: the caller keys it so). */
export function recordUnknownUserFailure(
  ctx: AppContext,
  username: string,
  threshold: number,
  lockUntil: string,
): { failedLogins: number; lockedNow: boolean } {
  const m = phantoms(ctx);
  const k = username;
  const p = m.get(k) ?? { failedLogins: 0, lockedUntil: null };
  m.delete(k);
  const lockedNow = p.failedLogins + 1 >= threshold;
  const next = { failedLogins: lockedNow ? 0 : p.failedLogins + 1, lockedUntil: lockedNow ? lockUntil : p.lockedUntil };
  m.set(k, next);
  if (m.size > MAX_REMEMBERED) {
    const oldest = m.keys().next().value;
    if (oldest !== undefined) {
      m.delete(oldest);
    }
  }
  return { failedLogins: next.failedLogins, lockedNow };
}
