import type { ArticleSummary } from '../../../shared/article';
import type { DocNode } from '../../../shared/doc';
import type { HeroImage } from '../../../shared/hero-image';
import { asLedeError, type LedeError } from '../../../shared/errors';

/** What the editor changes; the body is read lazily, once per save, not per keystroke. */
export interface Edits {
  headline?: string;
  standfirst?: string;
  byline?: string;
  body?: () => DocNode;
  hero?: HeroImage | null;
}

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

  get unsaved(): boolean {
    return this.hasPending || this.inFlight !== undefined;
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
  }

  /** Stops timers; pending edits stay readable through `flush` until then. */
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
    const patch: Record<string, unknown> = {};
    if (edits.headline !== undefined) patch.headline = edits.headline;
    if (edits.standfirst !== undefined) patch.standfirst = edits.standfirst;
    if (edits.byline !== undefined) patch.byline = edits.byline;
    if (edits.body !== undefined) patch.body = edits.body();
    if (edits.hero !== undefined) patch.hero = edits.hero;
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
      });
    this.inFlight = attempt;
    return attempt;
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
