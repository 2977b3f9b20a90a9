/**
 * At most one write of an import running while the next batch is read: a write starts once the previous one has
 * ended, and a failed write surfaces at the next start or at `settle` (the registry import and the decision import).
 */
export interface WriteInFlight {
  /** Waits for the write in flight (throwing its failure), then starts this one. */
  start(write: () => Promise<void>): Promise<void>;
  /** Waits for the write in flight; throws its failure. */
  settle(): Promise<void>;
}

export function createWriteInFlight(): WriteInFlight {
  let inFlight: Promise<unknown> | null = null;
  const settle = async () => {
    if (inFlight) {
      const err = await inFlight;
      inFlight = null;
      if (err) {
        throw err;
      }
    }
  };
  return {
    settle,
    async start(write) {
      await settle();
      inFlight = write().then(
        () => null,
        (err: unknown) => err ?? new Error('write failed'),
      );
    },
  };
}
