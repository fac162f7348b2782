import type { ArticleFields } from '../../../shared/article';
import type { RecoveryPut } from '../../../shared/recovery';

/** What the journal follows: an Autosave, or anything shaped like one. */
export interface JournalSource {
  readonly unsaved: boolean;
  readonly baseRevision: number;
  subscribe(listener: () => void): () => void;
}

export interface RecoveryJournalOptions {
  articleId: string;
  source: JournalSource;
  /** The fields as they are on screen now. */
  read: () => ArticleFields;
  put: (entry: RecoveryPut) => Promise<unknown>;
  clear: (articleId: string) => Promise<unknown>;
  /** Longest stretch of typing that a crash can lose; writes happen at most this often. */
  delayMs?: number;
}

/**
 * Keeps the store's recovery journal in step with unsaved edits: while anything is
 * unsaved it writes the on-screen fields at most every `delayMs` (a throttle, not a
 * debounce, so steady typing is journaled too), and once the store acknowledges
 * everything it clears the entry. Calls go out one at a time, in order, so a clear never
 * overtakes the write before it. A failed write is not an error the user must see: the
 * save status already says when the store is unreachable.
 */
export class RecoveryJournal {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private written = false;
  private stopped = false;
  private readonly unsubscribe: () => void;
  private readonly delayMs: number;

  constructor(private readonly options: RecoveryJournalOptions) {
    this.delayMs = options.delayMs ?? 250;
    this.unsubscribe = options.source.subscribe(() => this.follow());
  }

  /** Writes what is unsaved at once: the page is hiding or the editor closing. */
  flush(): Promise<unknown> {
    this.clearTimer();
    if (this.options.source.unsaved) this.write();
    return this.queue;
  }

  /** Forgets the entry now (a discard, or the text went to a copy) and stops writing. */
  forget(): Promise<unknown> {
    this.dispose();
    this.written = false;
    return this.enqueue(() => this.options.clear(this.options.articleId));
  }

  /** Stops following edits; an entry already written stays for the next start. */
  dispose(): void {
    this.stopped = true;
    this.clearTimer();
    this.unsubscribe();
  }

  /** Resolves when every call sent so far has finished. */
  settled(): Promise<unknown> {
    return this.queue;
  }

  private follow(): void {
    if (this.stopped) return;
    if (this.options.source.unsaved) {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        if (!this.stopped && this.options.source.unsaved) this.write();
      }, this.delayMs);
      return;
    }
    this.clearTimer();
    if (this.written) {
      this.written = false;
      void this.enqueue(() => this.options.clear(this.options.articleId));
    }
  }

  private write(): void {
    // Read now, not when the call leaves the queue: the journal holds what was on screen.
    const entry: RecoveryPut = {
      articleId: this.options.articleId,
      baseRevision: this.options.source.baseRevision,
      fields: this.options.read(),
    };
    this.written = true;
    void this.enqueue(() => this.options.put(entry));
  }

  private enqueue(call: () => Promise<unknown>): Promise<unknown> {
    this.queue = this.queue.then(call).catch(() => undefined);
    return this.queue;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
