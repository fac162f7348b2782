import type { ArticleSummary } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import type { LibraryCount, LibraryPage, LibraryQueryInput, LibraryRow } from '../../../shared/library';

/** The calls the rows need; `window.lede.library` in the app, a stand-in in unit tests. */
export interface LibrarySource {
  page(input: { query: LibraryQueryInput; offset: number; limit: number }): Promise<LibraryPage>;
  count(input: { query: LibraryQueryInput }): Promise<LibraryCount>;
}

/** Rows asked for at a time; fewer with search words, whose rows carry passages. */
export const pageSizeFor = (searching: boolean): number => (searching ? 25 : 50);

const summaryRow = (summary: ArticleSummary): LibraryRow => ({
  id: summary.id,
  kicker: summary.kicker,
  headline: summary.headline,
  status: summary.status,
  statusBeforeSpike: summary.statusBeforeSpike,
  section: summary.section,
  bylines: summary.bylines,
  language: summary.language,
  wordCount: summary.wordCount,
  createdAt: summary.createdAt,
  updatedAt: summary.updatedAt,
  embargoAt: summary.embargo?.at ?? null,
  revision: summary.revision,
});

/** The whole library, last edited first: no search words, filters or trash. */
export const isPlain = (query: LibraryQueryInput): boolean =>
  (query.text ?? '').trim() === '' &&
  (query.view ?? 'library') === 'library' &&
  (query.sort ?? 'updated') === 'updated' &&
  Object.values(query.filters ?? {}).every(
    (value) => value === undefined || (Array.isArray(value) && value.length === 0),
  );

/**
 * The library's rows for one query, fetched a page at a time as the list scrolls and kept
 * in a sparse array, with the count beside them. A new query starts afresh; `refresh`
 * (something was saved) asks again for the count and the pages in view while the old rows
 * stay on screen. Answers to an older query or refresh are dropped. Subscribe to hear of
 * changes; `version` goes up with each.
 */
export class LibraryRows {
  private listeners = new Set<() => void>();
  private key = '';
  private query: LibraryQueryInput = {};
  private generation = 0;
  private rows: (LibraryRow | undefined)[] = [];
  private loading = new Set<number>();
  private range: [number, number] = [0, 0];
  private pageSize = pageSizeFor(false);
  version = 0;
  count: LibraryCount | undefined;
  error: string | undefined;

  constructor(private readonly source: LibrarySource) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private emit(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** How many rows the list holds: the count once known, else what has arrived. */
  get total(): number {
    return this.count?.total ?? this.rows.length;
  }

  rowAt(index: number): LibraryRow | undefined {
    return this.rows[index];
  }

  /**
   * Shows what `query` finds. The same query again changes nothing, unless `store` (which
   * counts the stores opened) differs: a store opened or restored since holds other rows.
   */
  setQuery(query: LibraryQueryInput, store = 0): void {
    const key = `${store}:${JSON.stringify(query)}`;
    if (key === this.key) return;
    this.key = key;
    this.query = query;
    this.generation++;
    this.rows = [];
    this.loading = new Set();
    this.pageSize = pageSizeFor((query.text ?? '').trim() !== '');
    this.range = [0, this.pageSize];
    this.count = undefined;
    this.error = undefined;
    // The first rows before the count: the worker answers in order, and rows are what shows.
    this.fetchPage(0, this.generation, this.rows);
    this.fetchCount(this.generation);
    this.emit();
  }

  refresh(): void {
    const generation = ++this.generation;
    this.loading = new Set();
    const rows: (LibraryRow | undefined)[] = [];
    const [start, end] = this.range;
    const pages: Promise<void>[] = [];
    for (let page = Math.floor(start / this.pageSize); page * this.pageSize < Math.max(end, 1); page++) {
      pages.push(this.fetchPage(page, generation, rows, false));
    }
    void Promise.all([this.fetchCount(generation, false), ...pages]).then(() => {
      if (generation !== this.generation) return;
      this.rows = rows;
      this.emit();
    });
  }

  /** Loads rows `start` to `end` (exclusive) unless they are loaded or on their way. */
  ensure(start: number, end: number): void {
    this.range = [start, end];
    const last = Math.min(end, this.total);
    for (let page = Math.floor(start / this.pageSize); page * this.pageSize < last; page++) {
      if (this.loading.has(page)) continue;
      const from = page * this.pageSize;
      const to = Math.min(from + this.pageSize, this.total);
      for (let i = from; i < to; i++) {
        if (this.rows[i] === undefined) {
          this.fetchPage(page, this.generation, this.rows);
          break;
        }
      }
    }
  }

  /** A story was saved or created here: show it at once, before the list is asked again. */
  saved(summary: ArticleSummary): void {
    const at = this.rows.findIndex((row) => row?.id === summary.id);
    const plain = isPlain(this.query);
    if (at >= 0) {
      const row = { ...this.rows[at], ...summaryRow(summary) };
      // Last edited first: a saved story moves to the top.
      if (plain) {
        this.rows.splice(at, 1);
        this.rows.unshift(row);
      } else this.rows[at] = row;
    } else if (plain && summary.status !== 'spiked') {
      this.rows.unshift(summaryRow(summary));
      if (this.count) this.count = { ...this.count, total: this.count.total + 1 };
    } else return;
    this.emit();
  }

  private fetchCount(generation: number, apply = true): Promise<void> {
    return this.source.count({ query: this.query }).then(
      (count) => {
        if (generation !== this.generation) return;
        this.count = count;
        if (apply) this.emit();
      },
      (caught: unknown) => this.fail(generation, caught),
    );
  }

  private fetchPage(page: number, generation: number, into: (LibraryRow | undefined)[], apply = true): Promise<void> {
    this.loading.add(page);
    return this.source.page({ query: this.query, offset: page * this.pageSize, limit: this.pageSize }).then(
      (result) => {
        if (generation !== this.generation) return;
        this.loading.delete(page);
        result.rows.forEach((row, i) => (into[result.offset + i] = row));
        this.error = undefined;
        if (apply) this.emit();
      },
      (caught: unknown) => {
        if (generation === this.generation) this.loading.delete(page);
        this.fail(generation, caught);
      },
    );
  }

  private fail(generation: number, caught: unknown): void {
    if (generation !== this.generation) return;
    this.error = asLedeError(caught).message;
    this.emit();
  }
}
