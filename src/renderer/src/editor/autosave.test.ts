// Type-checked by tsconfig.web.json (no Node types): imports only vitest and the source files.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../../shared/article';
import type { DocNode } from '../../../shared/doc';
import { encodeBridgeMessage, type ErrorInfo } from '../../../shared/errors';
import { Autosave, type AutosaveOptions, type SaveState } from './autosave';

const start = Date.UTC(2026, 0, 1, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

/** What the real service returns from a save, at `revision`. */
function summaryAt(revision: number, headline = ''): ArticleSummary {
  return {
    id: '3f2b8c1e-9d4a-4b6f-8e2d-1a2b3c4d5e6f',
    kicker: '',
    headline,
    altHeadlines: { web: '', seo: '', social: '' },
    standfirst: '',
    slug: 'untitled',
    slugEdited: false,
    bylines: [],
    dateline: '',
    section: '',
    source: '',
    language: 'en',
    urgency: 5,
    editorsNote: '',
    embargo: null,
    wordCount: 0,
    status: 'draft',
    statusBeforeSpike: null,
    createdAt: start,
    updatedAt: Date.now(),
    firstPublishedAt: null,
    revision,
  };
}

interface SaveCall {
  base: number;
  patch: Record<string, unknown>;
  at: number;
}

/**
 * Stands in for `window.lede.articles.update`: keeps a revision, refuses a stale base with
 * `conflict` like the real service, and fails the way the real bridge does, by rejecting
 * with `new Error(encodeBridgeMessage(info))`.
 */
function fakeStore(options: { revision?: number; latencyMs?: number } = {}) {
  let revision = options.revision ?? 1;
  const latencyMs = options.latencyMs ?? 50;
  const calls: SaveCall[] = [];
  /** Failures to answer the next calls with, in order; a string is thrown as a raw message. */
  const failures: (ErrorInfo | string)[] = [];
  let active = 0;
  let maxActive = 0;

  const save = vi.fn(async (base: number, patch: Record<string, unknown>): Promise<ArticleSummary> => {
    calls.push({ base, patch, at: Date.now() });
    active++;
    maxActive = Math.max(maxActive, active);
    try {
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      const failure = failures.shift();
      if (typeof failure === 'string') throw new Error(failure);
      if (failure) throw new Error(encodeBridgeMessage(failure));
      if (base !== revision) {
        throw new Error(
          encodeBridgeMessage({
            code: 'conflict',
            message: `This article was changed elsewhere (it is at revision ${revision}; this edit was based on ${base}).`,
          }),
        );
      }
      revision++;
      return summaryAt(revision, typeof patch.headline === 'string' ? patch.headline : '');
    } finally {
      active--;
    }
  });

  return {
    save,
    calls,
    failures,
    get revision() {
      return revision;
    },
    set revision(value: number) {
      revision = value;
    },
    get maxActive() {
      return maxActive;
    },
  };
}

function setup(overrides: Partial<AutosaveOptions> = {}, store = fakeStore()) {
  const states: SaveState[] = [];
  const saved: ArticleSummary[] = [];
  const autosave = new Autosave({
    revision: store.revision,
    save: store.save,
    onState: (state) => states.push(state),
    onSaved: (summary) => saved.push(summary),
    ...overrides,
  });
  return { autosave, store, states, saved, last: (): SaveState | undefined => states[states.length - 1] };
}

const doc = (text: string): DocNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('debouncing', () => {
  it('does not save before the quiet time, then saves once', async () => {
    const { autosave, store, states, last } = setup();
    autosave.change({ headline: 'Draft headline' });
    expect(states).toEqual([{ kind: 'pending' }]);
    expect(autosave.unsaved).toBe(true);

    await vi.advanceTimersByTimeAsync(599);
    expect(store.save).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(store.calls[0]).toEqual({ base: 1, patch: { headline: 'Draft headline' }, at: start + 600 });
    expect(last()).toEqual({ kind: 'saving' });

    await vi.advanceTimersByTimeAsync(50);
    expect(last()).toEqual({ kind: 'saved', at: start + 650 });
    expect(autosave.unsaved).toBe(false);
    expect(store.revision).toBe(2);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.save).toHaveBeenCalledTimes(1);
  });

  it('restarts the quiet time with every edit', async () => {
    const { autosave, store } = setup({ delayMs: 300 });
    autosave.change({ headline: 'a' });
    await vi.advanceTimersByTimeAsync(250);
    autosave.change({ headline: 'ab' });
    await vi.advanceTimersByTimeAsync(250);
    autosave.change({ headline: 'abc' });
    await vi.advanceTimersByTimeAsync(299);
    expect(store.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(store.calls).toEqual([{ base: 1, patch: { headline: 'abc' }, at: start + 800 }]);
  });

  it('coalesces many edits to several fields into one save with the latest values', async () => {
    const { autosave, store, saved } = setup();
    for (let i = 1; i <= 40; i++) {
      autosave.change({ headline: `headline ${i}` });
      if (i === 10) autosave.change({ bylines: ['By Someone'] });
      if (i === 20) autosave.change({ standfirst: 'Standfirst' });
      if (i === 30) autosave.change({ body: () => doc('body text') });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(store.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600 + 50);
    expect(store.calls.map((call) => call.patch)).toEqual([
      { headline: 'headline 40', bylines: ['By Someone'], standfirst: 'Standfirst', body: doc('body text') },
    ]);
    expect(saved.map((summary) => summary.revision)).toEqual([2]);
  });

  it('reads the body once per save, not once per keystroke', async () => {
    const { autosave, store } = setup();
    let text = '';
    const body = vi.fn(() => doc(text));
    for (const letter of 'hello') {
      text += letter;
      autosave.change({ body });
    }
    expect(body).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(650);
    expect(body).toHaveBeenCalledTimes(1);
    expect(store.calls[0]!.patch).toEqual({ body: doc('hello') });

    text += ' world';
    autosave.change({ body });
    autosave.change({ body });
    await vi.advanceTimersByTimeAsync(650);
    expect(body).toHaveBeenCalledTimes(2);
    expect(store.calls[1]!.patch).toEqual({ body: doc('hello world') });
  });

  it('never reads a body getter that a newer one replaced before the save', async () => {
    const { autosave } = setup();
    const older = vi.fn(() => doc('older'));
    const newer = vi.fn(() => doc('newer'));
    autosave.change({ body: older });
    autosave.change({ body: newer });
    await vi.advanceTimersByTimeAsync(650);
    expect(older).not.toHaveBeenCalled();
    expect(newer).toHaveBeenCalledTimes(1);
  });
});

describe('revisions', () => {
  it('bases each save on the revision the last save returned', async () => {
    const store = fakeStore({ revision: 7 });
    const { autosave, saved } = setup({}, store);
    for (const headline of ['one', 'two', 'three']) {
      autosave.change({ headline });
      await vi.advanceTimersByTimeAsync(650);
    }
    expect(store.calls.map((call) => call.base)).toEqual([7, 8, 9]);
    expect(saved.map((summary) => summary.revision)).toEqual([8, 9, 10]);
    expect(store.revision).toBe(10);
  });

  it('holds edits made during a save until it ends, then saves them on the new revision', async () => {
    const store = fakeStore({ latencyMs: 1_000 });
    const { autosave, last } = setup({}, store);
    autosave.change({ headline: 'first' });
    await vi.advanceTimersByTimeAsync(600); // save 1 starts at 600, ends at 1600
    await vi.advanceTimersByTimeAsync(100);
    autosave.change({ headline: 'second' }); // its quiet time ends at 1300, mid-save
    await vi.advanceTimersByTimeAsync(700);
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(autosave.unsaved).toBe(true);

    await vi.advanceTimersByTimeAsync(200); // save 1 ends at 1600; save 2 waits a quiet time
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(last()).not.toEqual(expect.objectContaining({ kind: 'saved' }));
    await vi.advanceTimersByTimeAsync(600);
    expect(store.calls.map(({ base, patch, at }) => ({ base, patch, at }))).toEqual([
      { base: 1, patch: { headline: 'first' }, at: start + 600 },
      { base: 2, patch: { headline: 'second' }, at: start + 2_200 },
    ]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(last()).toEqual({ kind: 'saved', at: start + 3_200 });
    expect(store.maxActive).toBe(1);
    expect(store.revision).toBe(3);
  });

  it('lets a new listener hear about later saves', async () => {
    const { autosave, saved } = setup();
    const later: number[] = [];
    autosave.change({ headline: 'a' });
    await vi.advanceTimersByTimeAsync(650);
    autosave.setOnSaved((summary) => later.push(summary.revision));
    autosave.change({ headline: 'b' });
    await vi.advanceTimersByTimeAsync(650);
    expect(saved.map((s) => s.revision)).toEqual([2]);
    expect(later).toEqual([3]);
  });
});

describe('failures', () => {
  it('keeps the edits after store_unavailable, says it is retrying, and retries with the merged edits (newer wins)', async () => {
    const { autosave, store, states, last, saved } = setup();
    store.failures.push({ code: 'store_unavailable', message: 'The store stopped unexpectedly.' });
    const oldBody = vi.fn(() => doc('body from before the failure'));
    autosave.change({ headline: 'old headline', standfirst: 'kept standfirst', body: oldBody });
    await vi.advanceTimersByTimeAsync(650);

    expect(store.save).toHaveBeenCalledTimes(1);
    expect(last()).toEqual({ kind: 'failed', message: 'The store stopped unexpectedly.', retrying: true });
    expect(autosave.unsaved).toBe(true);
    expect(store.revision).toBe(1);

    autosave.change({ headline: 'new headline' });
    expect(last()).toEqual({ kind: 'pending' });
    await vi.advanceTimersByTimeAsync(650);

    expect(store.save).toHaveBeenCalledTimes(2);
    expect(store.calls[1]).toMatchObject({
      base: 1,
      patch: { headline: 'new headline', standfirst: 'kept standfirst', body: doc('body from before the failure') },
    });
    expect(oldBody).toHaveBeenCalledTimes(2); // once per attempt
    expect(last()).toEqual({ kind: 'saved', at: start + 1_300 });
    expect(saved.map((s) => s.headline)).toEqual(['new headline']);
    expect(store.revision).toBe(2);
    expect(autosave.unsaved).toBe(false);
    expect(states.map((s) => s.kind)).toEqual(['pending', 'saving', 'failed', 'pending', 'saving', 'saved']);
  });

  it('lets an edit made while the failing save was in flight win over the failed one', async () => {
    const store = fakeStore({ latencyMs: 200 });
    const { autosave, last } = setup({}, store);
    store.failures.push({ code: 'store_unavailable', message: 'down' });
    autosave.change({ headline: 'typed first', dateline: 'only in the failed save' });
    await vi.advanceTimersByTimeAsync(600); // save 1 in flight until 800
    autosave.change({ headline: 'typed during the save' });
    await vi.advanceTimersByTimeAsync(200); // save 1 fails at 800
    expect(last()).toMatchObject({ kind: 'failed', retrying: true });
    expect(store.save).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.calls.map((call) => call.patch)).toEqual([
      { headline: 'typed first', dateline: 'only in the failed save' },
      { headline: 'typed during the save', dateline: 'only in the failed save' },
    ]);
    expect(last()).toMatchObject({ kind: 'saved' });
    expect(store.revision).toBe(2);
  });

  it('retries by itself after the retry wait when nothing else changes', async () => {
    const { autosave, store, last } = setup({ retryMs: 1_000 });
    store.failures.push({ code: 'store_unavailable', message: 'Disk full.' });
    autosave.change({ headline: 'x' });
    await vi.advanceTimersByTimeAsync(650);
    expect(last()).toMatchObject({ kind: 'failed', retrying: true });

    await vi.advanceTimersByTimeAsync(999);
    expect(store.save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.save).toHaveBeenCalledTimes(2);
    expect(store.calls[1]!.patch).toEqual({ headline: 'x' });
    await vi.advanceTimersByTimeAsync(50);
    expect(last()).toMatchObject({ kind: 'saved' });
    expect(store.revision).toBe(2);
  });

  it('doubles the retry wait up to the maximum, and resets it after a success', async () => {
    const store = fakeStore({ latencyMs: 0 });
    const { autosave } = setup({ delayMs: 600, retryMs: 100, maxRetryMs: 300 }, store);
    for (let i = 0; i < 5; i++) store.failures.push({ code: 'store_unavailable', message: 'down' });
    autosave.change({ headline: 'x' });
    await vi.advanceTimersByTimeAsync(10_000);
    const times = store.calls.map((call) => call.at - start);
    expect(times).toEqual([600, 700, 900, 1_200, 1_500, 1_800]);
    expect(store.revision).toBe(2);

    // A success resets the wait to retryMs.
    store.failures.push({ code: 'store_unavailable', message: 'down again' });
    autosave.change({ headline: 'y' });
    await vi.advanceTimersByTimeAsync(10_000);
    const again = store.calls.slice(6).map((call) => call.at - start);
    expect(again[1]! - again[0]!).toBe(100);
  });

  it("decodes a failure carrying Electron's 'Error invoking remote method' prefix", async () => {
    const { autosave, store, last } = setup();
    store.failures.push(
      `Error invoking remote method 'lede:articles.update': Error: ${encodeBridgeMessage({ code: 'store_unavailable', message: 'Busy.' })}`,
    );
    autosave.change({ headline: 'x' });
    await vi.advanceTimersByTimeAsync(650);
    expect(last()).toEqual({ kind: 'failed', message: 'Busy.', retrying: true });
    await vi.advanceTimersByTimeAsync(1_050);
    expect(last()).toMatchObject({ kind: 'saved' });
  });

  it('does not retry by itself after invalid_input, but keeps the edits for the next save', async () => {
    const { autosave, store, last } = setup();
    store.failures.push({ code: 'invalid_input', message: 'articles.update was refused: patch.headline: too long.' });
    autosave.change({ headline: 'too long' });
    await vi.advanceTimersByTimeAsync(650);
    expect(last()).toEqual({
      kind: 'failed',
      message: 'articles.update was refused: patch.headline: too long.',
      retrying: false,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(autosave.unsaved).toBe(true);

    autosave.change({ dateline: 'B' });
    await vi.advanceTimersByTimeAsync(650);
    expect(store.calls[1]!.patch).toEqual({ headline: 'too long', dateline: 'B' });
  });

  it('stops on a conflict: reports it, never retries, and keeps the edits', async () => {
    const store = fakeStore({ revision: 4 }); // someone else saved revisions 2-4
    const { autosave, last, saved } = setup({ revision: 1 }, store);
    autosave.change({ headline: 'mine' });
    await vi.advanceTimersByTimeAsync(650);
    expect(last()).toEqual({
      kind: 'conflict',
      message: 'This article was changed elsewhere (it is at revision 4; this edit was based on 1).',
    });
    expect(saved).toEqual([]);

    await vi.advanceTimersByTimeAsync(120_000);
    expect(store.save).toHaveBeenCalledTimes(1);

    const statesBefore = last();
    autosave.change({ headline: 'mine, more' });
    expect(last()).toBe(statesBefore); // no "pending" while conflicted
    await vi.advanceTimersByTimeAsync(120_000);
    await autosave.flush();
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(autosave.unsaved).toBe(true);
    expect(store.revision).toBe(4);
  });
});

describe('flush, discard and dispose', () => {
  it('flush saves at once and resolves when the save has finished', async () => {
    const { autosave, store, last } = setup();
    autosave.change({ headline: 'now' });
    const flushed = autosave.flush();
    expect(store.save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(50);
    await flushed;
    expect(last()).toMatchObject({ kind: 'saved' });
    expect(autosave.unsaved).toBe(false);
    // The cancelled quiet-time timer does not save again.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.save).toHaveBeenCalledTimes(1);
  });

  it('flush with nothing pending saves nothing', async () => {
    const { autosave, store } = setup();
    await autosave.flush();
    expect(store.save).not.toHaveBeenCalled();
  });

  it('flush during a save that fails retries at once and does not send an empty save later', async () => {
    const store = fakeStore({ latencyMs: 100 });
    const { autosave, last } = setup({}, store);
    store.failures.push({ code: 'store_unavailable', message: 'down' });
    autosave.change({ headline: 'keep me' });
    await vi.advanceTimersByTimeAsync(600); // save 1 in flight
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(100); // save 1 fails; flush saves again
    await vi.advanceTimersByTimeAsync(100);
    await flushed;
    expect(store.calls.map((call) => call.patch)).toEqual([{ headline: 'keep me' }, { headline: 'keep me' }]);
    expect(last()).toMatchObject({ kind: 'saved' });

    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.calls.map((call) => call.patch)).toEqual([{ headline: 'keep me' }, { headline: 'keep me' }]);
    expect(store.revision).toBe(2);
  });

  it('discard drops pending edits: nothing is saved', async () => {
    const { autosave, store, states } = setup();
    autosave.change({ headline: 'about to be deleted' });
    autosave.discard();
    expect(autosave.unsaved).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    await autosave.flush();
    expect(store.save).not.toHaveBeenCalled();
    expect(states).toEqual([{ kind: 'pending' }]);
  });

  it('discard during a save drops the edits made since, and nothing more is saved', async () => {
    const store = fakeStore({ latencyMs: 500 });
    const { autosave } = setup({}, store);
    autosave.change({ headline: 'saved' });
    await vi.advanceTimersByTimeAsync(600);
    autosave.change({ headline: 'dropped' });
    autosave.discard();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.calls.map((call) => call.patch)).toEqual([{ headline: 'saved' }]);
    expect(autosave.unsaved).toBe(false);
  });

  it('discard during a save that then fails does not bring the dropped edits back', async () => {
    const store = fakeStore({ latencyMs: 500 });
    const { autosave } = setup({}, store);
    store.failures.push({ code: 'store_unavailable', message: 'down' });
    autosave.change({ headline: 'to be deleted' });
    await vi.advanceTimersByTimeAsync(600); // the save is in flight
    autosave.discard();
    await vi.advanceTimersByTimeAsync(500); // it fails after the discard
    expect(autosave.unsaved).toBe(false);
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.calls).toHaveLength(1);
  });

  it('dispose stops the timer but flush still saves what is pending', async () => {
    const { autosave, store } = setup();
    autosave.change({ headline: 'last words' });
    autosave.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.save).not.toHaveBeenCalled();
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(50);
    await flushed;
    expect(store.calls.map((call) => call.patch)).toEqual([{ headline: 'last words' }]);
  });
});

describe('exclusive calls (status moves, restores)', () => {
  it('saves pending edits first, then runs the call on the saved revision and bases later saves on its result', async () => {
    const { autosave, store } = setup();
    autosave.change({ headline: 'typed', bylines: ['Amira'] });
    const order: string[] = [];
    const moved = autosave.exclusive(async (base) => {
      order.push(`call on ${base}, store at ${store.revision}`);
      store.revision++; // the status move is a revision too
      return summaryAt(store.revision);
    });
    await vi.advanceTimersByTimeAsync(50);
    await expect(moved).resolves.toMatchObject({ revision: 3 });
    expect(store.calls.map((call) => [call.base, call.patch])).toEqual([
      [1, { headline: 'typed', bylines: ['Amira'] }],
    ]);
    expect(order).toEqual(['call on 2, store at 2']);

    autosave.change({ headline: 'after the move' });
    await vi.advanceTimersByTimeAsync(650);
    expect(store.calls[1]?.base).toBe(3);
    expect(store.revision).toBe(4);
  });

  it('holds edits typed during the call and saves them on its new revision', async () => {
    const { autosave, store } = setup();
    let finish: (() => void) | undefined;
    const moved = autosave.exclusive(
      (base) =>
        new Promise<ArticleSummary>((resolve) => {
          finish = () => {
            store.revision = base + 1;
            resolve(summaryAt(base + 1));
          };
        }),
    );
    await vi.advanceTimersByTimeAsync(0);
    autosave.change({ headline: 'typed meanwhile' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(store.save).not.toHaveBeenCalled();
    finish!();
    await moved;
    await vi.advanceTimersByTimeAsync(650);
    expect(store.calls.map((call) => [call.base, call.patch])).toEqual([[2, { headline: 'typed meanwhile' }]]);
  });

  it('refuses to run while edits cannot be saved, and never runs the call', async () => {
    const { autosave, store } = setup();
    store.failures.push({ code: 'invalid_input', message: 'refused' });
    autosave.change({ headline: 'will fail' });
    const call = vi.fn(async () => summaryAt(9));
    const attempt = autosave.exclusive(call);
    const settled = attempt.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(50);
    const error = await settled;
    expect((error as Error).message).toMatch(/not saved yet/);
    expect(call).not.toHaveBeenCalled();
    expect(autosave.unsaved).toBe(true);
  });

  it('turns a conflict from the call into the conflict state', async () => {
    const { autosave, last } = setup();
    const attempt = autosave.exclusive(async () => {
      throw new Error(encodeBridgeMessage({ code: 'conflict', message: 'Changed elsewhere.' }));
    });
    await expect(attempt).rejects.toMatchObject({ code: 'conflict' });
    expect(last()).toEqual({ kind: 'conflict', message: 'Changed elsewhere.' });
  });
});

describe('resume', () => {
  it('saves on its own again after dispose then resume, as StrictMode’s extra effect cycle does', async () => {
    const { autosave, store } = setup();
    autosave.dispose();
    autosave.resume();
    autosave.change({ headline: 'still autosaved' });
    await vi.advanceTimersByTimeAsync(650);
    expect(store.calls.map((call) => call.patch)).toEqual([{ headline: 'still autosaved' }]);
  });

  it('stays stopped after a discard', async () => {
    const { autosave, store } = setup();
    autosave.discard();
    autosave.resume();
    autosave.change({ headline: 'deleted article' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.save).not.toHaveBeenCalled();
  });
});

describe('what others can follow: unsaved edits, their base, and notifications', () => {
  it('reports the unsaved patch: pending edits, then the save in flight, then nothing once saved', async () => {
    const store = fakeStore({ latencyMs: 100 });
    const { autosave } = setup({}, store);
    expect(autosave.unsavedPatch()).toEqual({});
    autosave.change({ headline: 'H1', body: () => doc('first') });
    expect(autosave.unsavedPatch()).toEqual({ headline: 'H1', body: doc('first') });

    await vi.advanceTimersByTimeAsync(600); // the save is in flight
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(autosave.unsavedPatch()).toEqual({ headline: 'H1', body: doc('first') });

    autosave.change({ headline: 'H2' }); // newer edit while saving wins
    expect(autosave.unsavedPatch()).toEqual({ headline: 'H2', body: doc('first') });

    await vi.advanceTimersByTimeAsync(100); // save 1 lands; H2 still pending
    expect(autosave.unsavedPatch()).toEqual({ headline: 'H2' });
    await vi.advanceTimersByTimeAsync(700);
    expect(autosave.unsaved).toBe(false);
    expect(autosave.unsavedPatch()).toEqual({});
  });

  it('moves the base revision with every acknowledged save', async () => {
    const { autosave } = setup({}, fakeStore({ revision: 7 }));
    expect(autosave.baseRevision).toBe(7);
    autosave.change({ headline: 'x' });
    await vi.advanceTimersByTimeAsync(650);
    expect(autosave.baseRevision).toBe(8);
  });

  it('keeps the patch after a failure and a conflict, where nothing was saved', async () => {
    const store = fakeStore({ revision: 3 });
    const { autosave } = setup({ revision: 1 }, store);
    autosave.change({ bylines: ['By me'] });
    await vi.advanceTimersByTimeAsync(650);
    expect(autosave.unsavedPatch()).toEqual({ bylines: ['By me'] });
    autosave.change({ standfirst: 'typed during the conflict' });
    expect(autosave.unsavedPatch()).toEqual({ bylines: ['By me'], standfirst: 'typed during the conflict' });
    expect(autosave.baseRevision).toBe(1);
  });

  it('notifies after every edit (even in a conflict) and when each save settles, with unsaved up to date', async () => {
    const store = fakeStore({ latencyMs: 100 });
    const { autosave } = setup({}, store);
    const seen: boolean[] = [];
    const unsubscribe = autosave.subscribe(() => seen.push(autosave.unsaved));
    autosave.change({ headline: 'a' });
    autosave.change({ headline: 'ab' });
    expect(seen).toEqual([true, true]);
    await vi.advanceTimersByTimeAsync(700);
    expect(seen).toEqual([true, true, false]); // the save settled and nothing is left

    store.revision = 9; // someone else saved
    autosave.change({ headline: 'abc' });
    await vi.advanceTimersByTimeAsync(700); // conflict
    autosave.change({ headline: 'abcd' });
    expect(seen).toEqual([true, true, false, true, true, true]);

    unsubscribe();
    autosave.change({ headline: 'abcde' });
    expect(seen).toHaveLength(6);
  });

  it('notifies on discard, with nothing unsaved', () => {
    const { autosave } = setup();
    const seen: boolean[] = [];
    autosave.subscribe(() => seen.push(autosave.unsaved));
    autosave.change({ headline: 'gone' });
    autosave.discard();
    expect(seen).toEqual([true, false]);
    expect(autosave.unsavedPatch()).toEqual({});
  });
});

describe('unsavedFields', () => {
  it('names pending and in-flight fields without reading the body', async () => {
    const { autosave } = setup({}, fakeStore({ latencyMs: 100 }));
    const body = vi.fn(() => doc('never read here'));
    autosave.change({ headline: 'h', body });
    expect(autosave.unsavedFields().sort()).toEqual(['body', 'headline']);
    expect(body).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600); // in flight
    autosave.change({ bylines: ['b'] });
    expect(autosave.unsavedFields().sort()).toEqual(['body', 'bylines', 'headline']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(autosave.unsavedFields()).toEqual([]);
  });
});
