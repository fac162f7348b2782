import type { ArticleFields, ArticleSummary } from '../../../shared/article';
import type { DocNode } from '../../../shared/doc';
import { asLedeError, LedeError } from '../../../shared/errors';

/** What the editor changes; the body is read lazily, once per save, not per keystroke. */
export type Edits = Omit<ArticleFields, 'body'> & { body?: () => DocNode };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; message: string; retrying: boolean }
  | { kind: 'conflict'; message: string };

export interface AutosaveOptions {
  revision: number;
  save: (baseRevision: number, patch: Record<string, unknown>) => Promise<ArticleSummary>;
  onState: (state: SaveState) => void;
  onSaved?: (summary: ArticleSummary) => void;
  /** Quiet time after the last keystroke before saving; under a second. */
  delayMs?: number;
  /** First retry wait after a failure; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
}

/** Failures worth retrying by themselves: the disk or the store may come back. */
const retryable = new Set(['store_unavailable', 'internal']);

/**
 * Collects edits and saves them, one save at a time, each based on the revision the
 * last save returned. Unsaved edits are never dropped: a failed save folds them back
 * under any newer edits and retries; a conflict stops and waits for the user.
 */
export class Autosave {
  private revision: number;
  private pending: Edits = {};
  private hasPending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  /** The edits of the save in flight, until it settles. */
  private sending: Edits | undefined;
  private readonly listeners = new Set<() => void>();
  private retryWait: number;
  private stopped = false;
  private discarded = false;
  private conflicted = false;
  private readonly options: Required<Omit<AutosaveOptions, 'onSaved'>> & Pick<AutosaveOptions, 'onSaved'>;

  constructor(options: AutosaveOptions) {
    this.options = { delayMs: 600, retryMs: 1_000, maxRetryMs: 30_000, ...options };
    this.revision = options.revision;
    this.retryWait = this.options.retryMs;
  }

  /** Records an edit and (re)starts the quiet-time timer. */
  change(edits: Edits): void {
    Object.assign(this.pending, edits);
    this.hasPending = true;
    this.notify();
    if (this.conflicted) return;
    this.options.onState({ kind: 'pending' });
    this.schedule(this.options.delayMs);
  }

  /** Saves now whatever is pending; resolves when nothing is in flight. */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (this.hasPending && !this.conflicted) await this.run();
  }

  /** Saves what is pending and resolves once the store holds it; rejects when it could not. */
  async settle(): Promise<void> {
    await this.flush();
    if (this.conflicted) {
      throw new LedeError('conflict', 'This article was changed elsewhere; reload the newer version first.');
    }
    if (this.hasPending) {
      throw new LedeError(
        'store_unavailable',
        'Your latest edits are not saved yet, so nothing else was done. Try again once they are saved.',
      );
    }
  }

  /**
   * Runs another revisioned call (a status move, a restore) in the same chain as the
   * saves: pending edits are saved first, then `call` gets the current revision, and the
   * revision it returns is the base of the next save. Refuses, changing nothing, when the
   * edits could not be saved.
   */
  async exclusive<T extends { revision: number }>(call: (baseRevision: number) => Promise<T>): Promise<T> {
    await this.settle();
    const attempt = call(this.revision).then(
      (result) => {
        this.revision = result.revision;
        return result;
      },
      (caught: unknown) => {
        const error = asLedeError(caught);
        if (error.code === 'conflict') {
          this.conflicted = true;
          this.options.onState({ kind: 'conflict', message: error.message });
        }
        throw error;
      },
    );
    const settled: Promise<void> = attempt
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        if (this.inFlight === settled) this.inFlight = undefined;
        // Edits typed during the call waited for it; they are saved on its new revision.
        if (this.hasPending && !this.conflicted) this.schedule(this.options.delayMs);
      });
    this.inFlight = settled;
    return attempt;
  }

  get unsaved(): boolean {
    return this.hasPending || this.inFlight !== undefined;
  }

  /** The revision unsaved edits are based on: the last one a save returned. */
  get baseRevision(): number {
    return this.revision;
  }

  /**
   * Everything not yet acknowledged by the store, as a patch: the save in flight with the
   * edits made since on top. Empty when all is saved. Reads the body now.
   */
  unsavedPatch(): Record<string, unknown> {
    return toPatch({ ...this.sending, ...this.pending });
  }

  /** Names of the fields with unsaved edits; cheap, it does not read the body. */
  unsavedFields(): string[] {
    const edits: Record<string, unknown> = { ...this.sending, ...this.pending };
    return Object.keys(edits).filter((name) => edits[name] !== undefined);
  }

  /**
   * Calls `listener` after every edit and whenever a save settles, so others (the
   * recovery journal) can follow `unsaved` without polling. Returns the unsubscribe.
   */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Who hears about each saved revision (the list, to move the article to the top). */
  setOnSaved(listener: ((summary: ArticleSummary) => void) | undefined): void {
    this.options.onSaved = listener;
  }

  /** Drops pending edits and stops: for an article the user has just deleted. */
  discard(): void {
    this.discarded = true;
    this.pending = {};
    this.hasPending = false;
    this.dispose();
    this.notify();
  }

  /** Stops timers; pending edits stay readable through `flush` until then. */
  /**
   * Starts the timers again after `dispose`, unless the edits were discarded. React's
   * StrictMode runs an effect's cleanup and setup once more in development; without this
   * the first cleanup would leave the article saving only when it closes.
   */
  resume(): void {
    if (!this.discarded) this.stopped = false;
  }

  dispose(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.inFlight || !this.hasPending) return; // a running save reschedules; a stale retry has nothing to do
      void this.run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): Promise<void> {
    const edits = this.pending;
    this.pending = {};
    this.hasPending = false;
    const patch = toPatch(edits);
    this.sending = edits;
    this.options.onState({ kind: 'saving' });
    const attempt = this.options
      .save(this.revision, patch)
      .then(
        (summary) => {
          this.revision = summary.revision;
          this.retryWait = this.options.retryMs;
          this.options.onSaved?.(summary);
          if (this.hasPending) this.schedule(this.options.delayMs);
          else this.options.onState({ kind: 'saved', at: Date.now() });
        },
        (caught: unknown) => this.failed(edits, asLedeError(caught)),
      )
      .finally(() => {
        this.inFlight = undefined;
        this.sending = undefined;
        this.notify();
      });
    this.inFlight = attempt;
    return attempt;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private failed(edits: Edits, error: LedeError): void {
    if (this.discarded) return;
    // Newer edits win over the ones that failed to save.
    this.pending = { ...edits, ...this.pending };
    this.hasPending = true;
    if (error.code === 'conflict') {
      this.conflicted = true;
      this.options.onState({ kind: 'conflict', message: error.message });
      return;
    }
    const retrying = retryable.has(error.code) && !this.stopped;
    this.options.onState({ kind: 'failed', message: error.message, retrying });
    if (retrying) {
      this.schedule(this.retryWait);
      this.retryWait = Math.min(this.retryWait * 2, this.options.maxRetryMs);
    }
  }
}

/** The patch a save sends for `edits`; the body is read here, once. */
function toPatch(edits: Edits): Record<string, unknown> {
  const { body, ...fields } = edits;
  const patch: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) patch[name] = value;
  if (body !== undefined) patch.body = body();
  return patch;
}
