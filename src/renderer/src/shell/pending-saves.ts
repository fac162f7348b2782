type Flush = () => Promise<unknown>;

const flushes = new Set<Flush>();

/** Registers an open editor's flush, so a quit can wait for it; returns the way to leave. */
export function registerPendingSaves(flush: Flush): () => void {
  flushes.add(flush);
  return () => void flushes.delete(flush);
}

/**
 * Saves everything pending in every open editor. A failed save does not stop the others:
 * its editor shows the failure (and the recovery journal keeps the text); the quit goes on.
 */
export async function flushPendingSaves(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
