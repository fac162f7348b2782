import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listIds, openLibraryStore, story, type LibraryStore } from '../../../../tests/support/library-store';
import { LibraryQuery } from '../../../shared/library';
import { SavedSearchCreate } from '../../../shared/saved-search';

let store: LibraryStore;
beforeEach(() => {
  store = openLibraryStore();
});
afterEach(() => store.close());

const query = (input: object) => LibraryQuery.parse(input);

describe('saved searches', () => {
  it('keeps a named query that re-runs on the stories as they are now', () => {
    const saved = store.savedSearches.create(
      'Sport drafts',
      query({ text: 'final ', filters: { sections: ['Sport'] } }),
    );
    expect(store.savedSearches.list()).toEqual([saved]);
    expect(listIds(store, saved.query)).toEqual([]);
    const later = story(store, { headline: 'Cup final', section: 'Sport', text: 'x' });
    expect(listIds(store, store.savedSearches.list()[0]!.query)).toEqual([later]);
  });

  it('lists in the order they were saved, renames and replaces queries, and removes', () => {
    const a = store.savedSearches.create('Alpha', query({}));
    store.tick();
    const b = store.savedSearches.create('Beta', query({ view: 'trash' }));
    expect(store.savedSearches.list().map((s) => s.name)).toEqual(['Alpha', 'Beta']);
    store.tick();
    const renamed = store.savedSearches.update(a.id, { name: 'Gamma', query: query({ text: 'x' }) });
    expect(renamed).toMatchObject({ name: 'Gamma', query: { text: 'x' }, updatedAt: store.now() });
    expect(store.savedSearches.remove(b.id)).toEqual({ id: b.id });
    expect(store.savedSearches.list().map((s) => s.name)).toEqual(['Gamma']);
  });

  it('refuses a name already used, in any case, and a saved search that is gone', () => {
    const a = store.savedSearches.create('Politics', query({}));
    store.savedSearches.create('Other', query({}));
    expect(() => store.savedSearches.create('POLITICS', query({}))).toThrow(/already a saved search called “POLITICS”/);
    expect(() => store.savedSearches.update(a.id, { name: 'other' })).toThrow(/already a saved search/);
    expect(store.savedSearches.update(a.id, { name: 'politics' }).name).toBe('politics');
    expect(() => store.savedSearches.update(999, { name: 'x' })).toThrow(/no longer exists/);
    expect(() => store.savedSearches.remove(999)).toThrow(/no longer exists/);
  });

  it('opens a query stored in a shape this version cannot read as the plain library', () => {
    const saved = store.savedSearches.create('Odd', query({}));
    store.db.prepare(`UPDATE saved_searches SET query = '{"sort":"sideways"}' WHERE id = ?`).run(saved.id);
    expect(store.savedSearches.list()[0]!.query).toEqual(query({}));
  });

  it('tidies names and refuses empty ones at the contract', () => {
    expect(SavedSearchCreate.parse({ name: '  My   search ', query: {} }).name).toBe('My search');
    expect(SavedSearchCreate.safeParse({ name: '   ', query: {} }).success).toBe(false);
  });
});
