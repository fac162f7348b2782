import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/article';
import type { LibraryCount, LibraryPage, LibraryQueryInput, LibraryRow } from '../../../shared/library';
import { LibraryRows, pageSizeFor, type LibrarySource } from './library-rows';

const row = (n: number): LibraryRow => ({
  id: `id-${n}`,
  kicker: '',
  headline: `Story ${n}`,
  status: 'draft',
  statusBeforeSpike: null,
  section: '',
  bylines: [],
  language: 'en',
  wordCount: n,
  createdAt: n,
  updatedAt: n,
  embargoAt: null,
  revision: 1,
});

const counted = (total: number): LibraryCount => ({
  total,
  capped: false,
  byStatus: { draft: total, in_edit: 0, ready: 0, published: 0, spiked: 0 },
  byStatusCapped: false,
  rankedNewest: null,
  terms: [],
});

/** A source over `total` rows whose answers the test releases by hand. */
function fakeSource(total: number) {
  const pending: {
    kind: string;
    query: LibraryQueryInput;
    offset?: number;
    resolve: () => void;
    reject: (e: Error) => void;
  }[] = [];
  let rows = Array.from({ length: total }, (_, i) => row(i));
  const source: LibrarySource = {
    page: ({ query, offset, limit }) =>
      new Promise<LibraryPage>((resolve, reject) =>
        pending.push({
          kind: 'page',
          query,
          offset,
          resolve: () => resolve({ offset, rows: rows.slice(offset, offset + limit) }),
          reject,
        }),
      ),
    count: ({ query }) =>
      new Promise<LibraryCount>((resolve, reject) =>
        pending.push({ kind: 'count', query, resolve: () => resolve(counted(rows.length)), reject }),
      ),
  };
  const settle = async (): Promise<void> => {
    while (pending.length > 0) pending.shift()!.resolve();
    await new Promise((done) => setTimeout(done, 0));
  };
  return { source, pending, settle, replace: (next: LibraryRow[]) => void (rows = next) };
}

const summary = (n: number, headline: string): ArticleSummary =>
  ({
    ...row(n),
    headline,
    altHeadlines: { web: '', seo: '', social: '' },
    standfirst: '',
    slug: '',
    slugEdited: false,
    dateline: '',
    source: '',
    urgency: 5,
    editorsNote: '',
    embargo: null,
    firstPublishedAt: null,
  }) as ArticleSummary;

describe('LibraryRows', () => {
  it('fetches the first page for a query, then counts, then only pages not loaded', async () => {
    const fake = fakeSource(500);
    const rows = new LibraryRows(fake.source);
    rows.setQuery({});
    expect(fake.pending.map((p) => p.kind)).toEqual(['page', 'count']);
    await fake.settle();
    expect(rows.total).toBe(500);
    expect(rows.rowAt(0)?.id).toBe('id-0');
    expect(rows.rowAt(60)).toBeUndefined();
    rows.ensure(40, 120);
    rows.ensure(40, 120);
    expect(fake.pending.map((p) => p.offset)).toEqual([50, 100]);
    await fake.settle();
    expect(rows.rowAt(119)?.id).toBe('id-119');
    rows.ensure(0, 120);
    expect(fake.pending).toEqual([]);
  });

  it('asks nothing again for the same query, but starts afresh when another store opened', async () => {
    const fake = fakeSource(10);
    const rows = new LibraryRows(fake.source);
    rows.setQuery({}, 1);
    await fake.settle();
    rows.setQuery({}, 1);
    expect(fake.pending).toEqual([]);
    rows.setQuery({}, 2);
    expect(fake.pending.map((p) => p.kind)).toEqual(['page', 'count']);
    expect(rows.rowAt(0)).toBeUndefined();
  });

  it('asks for smaller pages with search words and drops answers to an older query', async () => {
    const fake = fakeSource(100);
    const rows = new LibraryRows(fake.source);
    rows.setQuery({});
    const stale = fake.pending.splice(0);
    rows.setQuery({ text: 'harbour' });
    expect(fake.pending.find((p) => p.kind === 'page')).toMatchObject({ offset: 0, query: { text: 'harbour' } });
    for (const answer of stale) answer.resolve();
    await fake.settle();
    expect(rows.total).toBe(100);
    rows.ensure(0, 60);
    expect(fake.pending.map((p) => p.offset)).toEqual([pageSizeFor(true), pageSizeFor(true) * 2]);
  });

  it('shows a saved story at once: at the top when last edited comes first, in place otherwise', async () => {
    const fake = fakeSource(10);
    const rows = new LibraryRows(fake.source);
    rows.setQuery({});
    await fake.settle();
    rows.saved(summary(5, 'Edited'));
    expect([rows.rowAt(0)?.headline, rows.rowAt(5)?.id]).toEqual(['Edited', 'id-4']);
    rows.saved(summary(99, 'Brand new'));
    expect([rows.rowAt(0)?.headline, rows.total]).toEqual(['Brand new', 11]);
    rows.setQuery({ sort: 'headline' });
    await fake.settle();
    rows.saved(summary(3, 'Renamed'));
    expect([rows.rowAt(3)?.headline, rows.total]).toEqual(['Renamed', 10]);
  });

  it('keeps the old rows on screen while a refresh is on its way', async () => {
    const fake = fakeSource(10);
    const rows = new LibraryRows(fake.source);
    rows.setQuery({});
    await fake.settle();
    fake.replace([row(42), ...Array.from({ length: 10 }, (_, i) => row(i))]);
    rows.refresh();
    expect(rows.rowAt(0)?.id).toBe('id-0');
    await fake.settle();
    expect([rows.rowAt(0)?.id, rows.total]).toEqual(['id-42', 11]);
  });

  it('says what went wrong when a call fails', async () => {
    const fake = fakeSource(10);
    const rows = new LibraryRows(fake.source);
    rows.setQuery({});
    fake.pending.find((p) => p.kind === 'page')!.reject(new Error('[store_unavailable] The disk is full.'));
    await new Promise((done) => setTimeout(done, 0));
    expect(rows.error).toBe('The disk is full.');
  });
});
