/**
 * Fixed crash points: the one hook by which the crash suite kills the server at a chosen line instead of at a
 * random moment (SECURITY.md "Reliability": kill -9 under write load leaves no half-done record; issue 13,
 * acceptance 3 — the crash suite shown failing with its control disabled; decision 0026).
 *
 * `ROUXING_CRASH_POINT=<name>` (read by `config.ts`, outside production mode only) makes the process kill
 * itself with SIGKILL — no cleanup, no rollback, no reply — when it reaches `crashPoint(config, <name>)`.
 * In production mode the setting is dropped when the configuration is read, and the hook checks the mode
 * again, so a production server never stops here.
 */
import type { Config } from './config';

/** The named crash points; a point is placed in the code by `crashPoint(config, name)`. */
export const CRASH_POINTS = [
  /** In a case start's transaction: the case row is written; its event (and hash chain entry) is not yet. */
  'case.start.after-case-row',
] as const;

export type CrashPointName = (typeof CRASH_POINTS)[number];

export function isCrashPointName(v: string): v is CrashPointName {
  return (CRASH_POINTS as readonly string[]).includes(v);
}

/** Kills this process with SIGKILL when `name` is the configured crash point (never in production mode). */
export function crashPoint(config: Pick<Config, 'mode' | 'crashPoint'>, name: CrashPointName): void {
  if (config.mode === 'production' || config.crashPoint !== name) {
    return;
  }
  process.kill(process.pid, 'SIGKILL');
}
