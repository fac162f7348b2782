/**
 * The quit handshake: main asks each window's page to save what is pending and waits for
 * its answer (or for `timeoutMs`, so a hung page cannot keep Lede from quitting; its text
 * is still in the recovery journal). Electron-free, so the waiting is tested under Node.
 */
export interface FlushCoordinator {
  /** Asks one page to flush; resolves when it answers or the time is up. `send` false: the page is gone. */
  flush(send: (token: number) => boolean): Promise<'flushed' | 'timed-out' | 'gone'>;
  /** A page answered. Unknown or repeated tokens are ignored. */
  acknowledge(token: number): void;
}

export function createFlushCoordinator(
  timeoutMs: number,
  timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout },
): FlushCoordinator {
  let next = 1;
  const waiting = new Map<number, () => void>();
  return {
    flush(send) {
      const token = next++;
      return new Promise((resolve) => {
        const timer = timers.set(() => {
          waiting.delete(token);
          resolve('timed-out');
        }, timeoutMs);
        waiting.set(token, () => {
          timers.clear(timer);
          waiting.delete(token);
          resolve('flushed');
        });
        if (!send(token)) {
          timers.clear(timer);
          waiting.delete(token);
          resolve('gone');
        }
      });
    },
    acknowledge(token) {
      waiting.get(token)?.();
    },
  };
}
