// Type-checked by tsconfig.web.json (no Node types): imports only vitest and the source files.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PauseSnapshots } from './pause-snapshots';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(fail = 0) {
  let failures = fail;
  const snapshot = vi.fn(async () => {
    if (failures-- > 0) throw new Error('store unavailable');
  });
  return { snapshot, pauses: new PauseSnapshots({ snapshot, pauseMs: 10_000 }) };
}

describe('PauseSnapshots', () => {
  it('keeps one version after a pause that follows saved changes, not one per keystroke', async () => {
    const { snapshot, pauses } = setup();
    for (let i = 0; i < 50; i++) {
      pauses.typed();
      await vi.advanceTimersByTimeAsync(200);
      if (i % 5 === 4) pauses.saved();
    }
    expect(snapshot).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(snapshot).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(snapshot).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(snapshot).toHaveBeenCalledTimes(1);
  });

  it('keeps nothing when nothing was saved', async () => {
    const { snapshot, pauses } = setup();
    pauses.typed();
    await vi.advanceTimersByTimeAsync(60_000);
    await pauses.flush();
    expect(snapshot).not.toHaveBeenCalled();
  });

  it('keeps another version after the next pause that follows new changes', async () => {
    const { snapshot, pauses } = setup();
    pauses.saved();
    await vi.advanceTimersByTimeAsync(10_000);
    pauses.typed();
    pauses.saved();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(snapshot).toHaveBeenCalledTimes(2);
  });

  it('owes nothing after a version kept another way', async () => {
    const { snapshot, pauses } = setup();
    pauses.saved();
    pauses.kept();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(snapshot).not.toHaveBeenCalled();
  });

  it('tries again at the next pause when keeping a version failed', async () => {
    const { snapshot, pauses } = setup(1);
    pauses.saved();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(snapshot).toHaveBeenCalledTimes(1);
    pauses.typed();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(snapshot).toHaveBeenCalledTimes(2);
  });

  it('keeps an owed version at once on flush, and stops after dispose', async () => {
    const { snapshot, pauses } = setup();
    pauses.saved();
    await pauses.flush();
    expect(snapshot).toHaveBeenCalledTimes(1);
    pauses.dispose();
    pauses.saved();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(snapshot).toHaveBeenCalledTimes(1);
  });
});

describe('PauseSnapshots.resume', () => {
  it('works again after dispose', async () => {
    const { snapshot, pauses } = setup();
    pauses.dispose();
    pauses.resume();
    pauses.saved();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(snapshot).toHaveBeenCalledTimes(1);
  });
});
