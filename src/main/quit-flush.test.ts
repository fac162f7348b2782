import { describe, expect, it, vi } from 'vitest';
import { createFlushCoordinator } from './quit-flush';

describe('the quit handshake', () => {
  it('waits for the page to answer with its token', async () => {
    const coordinator = createFlushCoordinator(5_000);
    let sent = -1;
    const done = coordinator.flush((token) => ((sent = token), true));
    let settled = false;
    void done.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    coordinator.acknowledge(sent + 1000); // someone else's token changes nothing
    await Promise.resolve();
    expect(settled).toBe(false);
    coordinator.acknowledge(sent);
    await expect(done).resolves.toBe('flushed');
  });

  it('gives up after the timeout, so a hung page cannot block the quit', async () => {
    vi.useFakeTimers();
    try {
      const coordinator = createFlushCoordinator(3_000);
      const done = coordinator.flush(() => true);
      vi.advanceTimersByTime(2_999);
      let settled = false;
      void done.then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      vi.advanceTimersByTime(1);
      await expect(done).resolves.toBe('timed-out');
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not wait for a page that is already gone', async () => {
    const coordinator = createFlushCoordinator(60_000);
    await expect(coordinator.flush(() => false)).resolves.toBe('gone');
  });

  it('gives each window its own token', async () => {
    const coordinator = createFlushCoordinator(5_000);
    const tokens: number[] = [];
    const a = coordinator.flush((token) => (tokens.push(token), true));
    const b = coordinator.flush((token) => (tokens.push(token), true));
    expect(new Set(tokens).size).toBe(2);
    coordinator.acknowledge(tokens[1]!);
    await expect(b).resolves.toBe('flushed');
    coordinator.acknowledge(tokens[0]!);
    await expect(a).resolves.toBe('flushed');
  });
});
