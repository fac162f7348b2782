// Type-checked by tsconfig.web.json (no Node types): imports only vitest and the source files.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleFields, ArticleSummary } from '../../../shared/article';
import { encodeBridgeMessage } from '../../../shared/errors';
import type { RecoveryPut } from '../../../shared/recovery';
import { Autosave } from '../editor/autosave';
import { RecoveryJournal } from './recovery-journal';

const articleId = '11111111-1111-4111-8111-111111111111';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 0, 1, 9, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

type Call = { kind: 'put'; entry: RecoveryPut; at: number } | { kind: 'clear'; at: number; done?: number };

/**
 * A real Autosave over a store stand-in that keeps a revision (and can be made stale), and
 * a journal whose calls are recorded with the time they started and finished.
 */
function setup(options: { saveDelayMs?: number; saveLatencyMs?: number; callLatencyMs?: number } = {}) {
  let revision = 1;
  const screen: ArticleFields = { headline: '', body: { type: 'doc', content: [] } };
  const save = vi.fn(async (base: number, patch: Record<string, unknown>): Promise<ArticleSummary> => {
    await new Promise((resolve) => setTimeout(resolve, options.saveLatencyMs ?? 20));
    if (base !== revision) throw new Error(encodeBridgeMessage({ code: 'conflict', message: 'changed elsewhere' }));
    revision++;
    return {
      id: articleId,
      kicker: '',
      headline: String(patch.headline ?? ''),
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
      createdAt: 0,
      updatedAt: Date.now(),
      firstPublishedAt: null,
      revision,
    };
  });
  const autosave = new Autosave({ revision, save, onState: () => undefined, delayMs: options.saveDelayMs ?? 600 });
  const calls: Call[] = [];
  const latency = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, options.callLatencyMs ?? 5));
  const journal = new RecoveryJournal({
    articleId,
    source: autosave,
    read: () => structuredClone(screen),
    put: async (entry) => {
      const call: Call = { kind: 'put', entry, at: Date.now() };
      calls.push(call);
      await latency();
    },
    clear: async () => {
      const call: Call = { kind: 'clear', at: Date.now() };
      calls.push(call);
      await latency();
      call.done = Date.now();
    },
  });
  /** Types into the headline as a user would: the screen changes, then the autosave hears. */
  const type = (headline: string): void => {
    screen.headline = headline;
    autosave.change({ headline });
  };
  return {
    autosave,
    journal,
    calls,
    type,
    screen,
    save,
    staleStore: () => {
      revision += 5;
    },
  };
}

const puts = (calls: Call[]): RecoveryPut[] => calls.flatMap((call) => (call.kind === 'put' ? [call.entry] : []));

describe('RecoveryJournal', () => {
  it('writes while typing goes on, at most every 250 ms, before the autosave has saved anything', async () => {
    const { calls, type, save } = setup({ saveDelayMs: 10_000 });
    for (let i = 1; i <= 10; i++) {
      type('x'.repeat(i));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).not.toHaveBeenCalled();
    // Typing at 0, 100, ... 900 ms: written at 250, 550 and 850 ms, each time what was on screen.
    const written = (): (string | undefined)[] => puts(calls).map((entry) => entry.fields.headline);
    expect(written()).toEqual(['xxx', 'xxxxxx', 'xxxxxxxxx']);
    await vi.advanceTimersByTimeAsync(250);
    expect(written()).toEqual(['xxx', 'xxxxxx', 'xxxxxxxxx', 'xxxxxxxxxx']);
    expect(calls.every((call) => call.kind === 'put')).toBe(true);
  });

  it('records the revision the edits are based on and the fields as they were on screen', async () => {
    const { calls, type, screen } = setup();
    screen.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body' }] }] };
    type('Headline');
    await vi.advanceTimersByTimeAsync(250);
    expect(puts(calls)).toEqual([{ articleId, baseRevision: 1, fields: { headline: 'Headline', body: screen.body } }]);
  });

  it('clears the entry once the save is acknowledged, after the write before it has finished', async () => {
    const { calls, type, autosave } = setup({ callLatencyMs: 400 });
    type('Saved soon');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(autosave.unsaved).toBe(false);
    expect(calls.map((call) => call.kind)).toEqual(['put', 'clear']);
    // The put started at 250 ms and took 400 ms; the clear could only start after it.
    expect(calls[1]!.at).toBeGreaterThanOrEqual(calls[0]!.at + 400);
  });

  it('writes the next edits with the new base revision after a save', async () => {
    const { calls, type } = setup();
    type('first');
    await vi.advanceTimersByTimeAsync(1_000);
    type('second');
    await vi.advanceTimersByTimeAsync(250);
    expect(puts(calls).map((entry) => [entry.baseRevision, entry.fields.headline])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
  });

  it('sends no clear when it never wrote (the save beat the journal)', async () => {
    const { calls, type, autosave } = setup({ saveDelayMs: 50, saveLatencyMs: 10 });
    type('quick');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(autosave.unsaved).toBe(false);
    expect(calls).toEqual([]);
  });

  it('keeps journaling through a conflict and never clears while the text is unsaved', async () => {
    const { calls, type, staleStore } = setup();
    staleStore();
    type('mine');
    await vi.advanceTimersByTimeAsync(1_000); // conflict
    type('mine, still typing');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.every((call) => call.kind === 'put')).toBe(true);
    expect(puts(calls).at(-1)).toMatchObject({ baseRevision: 1, fields: { headline: 'mine, still typing' } });
  });

  it('flush writes at once what is unsaved, without waiting for the timer', async () => {
    const { calls, type, journal } = setup();
    type('closing');
    const flushed = journal.flush();
    await vi.advanceTimersByTimeAsync(0); // microtasks only: no timer has run
    expect(puts(calls).map((entry) => entry.fields.headline)).toEqual(['closing']);
    await vi.advanceTimersByTimeAsync(5);
    await flushed;
    expect(puts(calls).map((entry) => entry.fields.headline)).toEqual(['closing']);
    await vi.advanceTimersByTimeAsync(100);
    expect(puts(calls)).toHaveLength(1); // the pending timer was cancelled
  });

  it('forget clears the entry and stops writing', async () => {
    const { calls, type, journal } = setup({ saveDelayMs: 10_000 });
    type('to be discarded');
    await vi.advanceTimersByTimeAsync(300);
    const forgotten = journal.forget();
    await vi.advanceTimersByTimeAsync(10);
    await forgotten;
    type('after');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.map((call) => call.kind)).toEqual(['put', 'clear']);
  });

  it('keeps going when a write fails', async () => {
    const { autosave } = setup();
    let attempts = 0;
    const journal = new RecoveryJournal({
      articleId,
      source: autosave,
      read: () => ({ headline: 'x' }),
      put: () => {
        attempts++;
        return Promise.reject(new Error('[store_unavailable] down'));
      },
      clear: () => Promise.resolve(),
    });
    autosave.change({ headline: 'x' });
    await vi.advanceTimersByTimeAsync(250);
    autosave.change({ headline: 'xy' });
    await journal.flush();
    expect(attempts).toBe(2);
    journal.dispose();
  });
});
